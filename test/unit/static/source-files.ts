// Reads the project's own source files for the static checks (no node_modules, no build output).
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.html']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'release', 'out', '.git']);

export interface SourceFile {
  /** Path from the project root, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** Every source file under the given top-level folders (those that do not exist are skipped). */
export function sourceFiles(...folders: string[]): SourceFile[] {
  const found: SourceFile[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
      } else if (entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name))) {
        found.push({ path: relative(PROJECT_ROOT, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  for (const folder of folders) walk(join(PROJECT_ROOT, folder));
  return found;
}

/** "path:line: text" for every line matching `pattern`, for failure messages that say where. */
export function findLines(files: readonly SourceFile[], pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const file of files) {
    file.text.split('\n').forEach((line, i) => {
      if (pattern.test(line)) hits.push(`${file.path}:${i + 1}: ${line.trim()}`);
    });
  }
  return hits;
}
