// The command line prints names from map files anyone may have written: escape codes in them never
// reach the terminal. A passphrase given for a map that is not encrypted is not silently ignored.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli';
import { stripControl } from '../../../electron/cli/terminal-safe';
import { createMapFile } from '../../../electron/main/store';
import { mapDocumentSchema } from '../../../shared/schema';
import { numberedMap } from '../store/helpers/maps';
import { useTempDirs } from '../store/helpers/temp-dir';

const HOSTILE = 'Evil\u001b]0;owned\u0007 Name\u001b[2J\u009b31m\u202eedoc';

async function cli(argv: string[], env: Record<string, string>, cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('terminal safety of the command line', () => {
  const tempDir = useTempDirs();
  afterEach(() => vi.restoreAllMocks());

  async function hostileMap(): Promise<{ dir: string; path: string }> {
    const dir = await tempDir();
    const path = join(dir, 'hostile.coalition.json');
    const base = numberedMap(1, 3);
    const map = mapDocumentSchema.parse({ ...base, stakeholders: base.stakeholders.map((s, i) => (i === 0 ? { ...s, name: HOSTILE } : s)) });
    await createMapFile(path, map);
    return { dir, path };
  }

  it('analyze prints a name without its escape codes, control characters or direction overrides', async () => {
    const { dir, path } = await hostileMap();
    for (const args of [['analyze', path], ['analyze', path, '--include-confidential'], ['validate', path]]) {
      const run = await cli(args, {}, dir);
      expect(run.code).toBe(0);
      // eslint-disable-next-line no-control-regex
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    const text = await cli(['analyze', path], {}, dir);
    expect(text.stdout).toContain('Evil Nameedoc');
  });

  it('keeps line breaks and tabs', () => {
    expect(stripControl('a\tb\nc\r\u001b[0m')).toBe('a\tb\nc');
  });

  it('says on standard error when a passphrase was given for a map that is not encrypted', async () => {
    const { dir, path } = await hostileMap();
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const run = await cli(['validate', path], { COALITION_PASSPHRASE: 'lantern by the river' }, dir);
    expect(run.code).toBe(0);
    expect(written.join('')).toMatch(/hostile\.coalition\.json is not encrypted, so the passphrase given was not used/);
    expect(run.stdout).not.toMatch(/not encrypted/);
    written.length = 0;
    await cli(['validate', path], {}, dir);
    expect(written.join('')).toBe('');
  });
});
