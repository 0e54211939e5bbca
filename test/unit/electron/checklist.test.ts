// docs/security/electron-checklist.md maps Electron's 20 security recommendations to tests. This
// reads it and checks that the mapping still holds: 20 numbered items, each with a test or a reason
// it does not apply, and every named test file present with the named test in it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const DOC = 'docs/security/electron-checklist.md';

interface ChecklistItem {
  readonly number: number;
  readonly title: string;
  readonly tests: { readonly file: string; readonly title: string }[];
  readonly code: string[];
  notApplicable: boolean;
}

const TEST_LINE = /^-\s*Test:\s*`([^`]+)`\s*›\s*"([^"]+)"\s*$/;
const CODE_LINE = /^-\s*Code:\s*(.+)$/;

function parseChecklist(text: string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  let item: ChecklistItem | null = null;
  text.split('\n').forEach((line, index) => {
    const heading = /^##\s+(\d+)\.\s+(.+)$/.exec(line);
    if (heading) {
      item = { number: Number(heading[1]), title: heading[2] ?? '', tests: [], code: [], notApplicable: false };
      items.push(item);
      return;
    }
    if (/^-\s*Test:/.test(line)) {
      const test = TEST_LINE.exec(line);
      if (!test || !item) throw new Error(`${DOC}:${index + 1}: a Test line must read - Test: \`path\` › "title"`);
      item.tests.push({ file: test[1] ?? '', title: test[2] ?? '' });
    }
    const code = CODE_LINE.exec(line);
    // Backticked file paths; backticked settings in parentheses (`sandbox: true`) are not files.
    if (code && item) item.code.push(...[...(code[1] ?? '').matchAll(/`([\w.-]+(?:\/[\w.-]+)*\.\w+)`/g)].map((m) => m[1] ?? ''));
    if (/^-?\s*Does not apply:/.test(line) && item) item.notApplicable = true;
  });
  return items;
}

/** True when some `it(`, `test(` or `describe(` line (with modifiers such as .each or .runIf) carries the title. */
function hasTestTitled(source: string, title: string): boolean {
  return source.split('\n').some((line) => /^\s*(it|test|describe)\b[\w.]*(\([^)]*\))?\(/.test(line) && line.includes(title));
}

const items = parseChecklist(readFileSync(join(root, DOC), 'utf8'));

describe('the Electron security checklist document', () => {
  it('covers the 20 official recommendations, numbered 1 to 20 in order', () => {
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
  });

  it('gives every item at least one test, or says why it does not apply', () => {
    expect(items.filter((i) => i.tests.length === 0 && !i.notApplicable).map((i) => `${i.number}. ${i.title}`)).toEqual([]);
  });

  it('names only test files that exist and hold the named test', () => {
    const missing: string[] = [];
    for (const item of items) {
      for (const test of item.tests) {
        const path = join(root, test.file);
        if (!/\.(test|e2e)\.ts$/.test(test.file) || !existsSync(path)) missing.push(`${item.number}: no test file ${test.file}`);
        else if (!hasTestTitled(readFileSync(path, 'utf8'), test.title)) missing.push(`${item.number}: ${test.file} has no test "${test.title}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only code files that exist', () => {
    expect(items.every((i) => i.code.length > 0)).toBe(true);
    const missing = items.flatMap((i) => i.code.filter((file) => !existsSync(join(root, file))).map((file) => `${i.number}: ${file}`));
    expect(missing).toEqual([]);
  });

  it('catches a renamed test (the check itself works)', () => {
    const source = "describe('x', () => {\n  it(`${name}: leaving the app's origin is prevented`, () => {});\n});";
    expect(hasTestTitled(source, "leaving the app's origin is prevented")).toBe(true);
    expect(hasTestTitled(source, 'leaving the app is allowed')).toBe(false);
    expect(hasTestTitled("// leaving the app's origin is prevented", "leaving the app's origin is prevented")).toBe(false);
    expect(() => parseChecklist('## 1. Item\n- Test: test/unit/x.test.ts "no backticks"')).toThrow(/Test line must read/);
  });
});
