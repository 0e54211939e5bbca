// The command line reads and writes encrypted maps with the passphrase from the environment:
// COALITION_PASSPHRASE, or a variable named with --passphrase-env. Refusals leave the map as it was.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { looksEncrypted, createPassphraseCodec } from '../../../electron/main/crypto';
import { createMapFile } from '../../../electron/main/store';
import { useTempDirs } from '../store/helpers/temp-dir';
import { canaryLeaks, canaryMap } from './helpers/canary';

const PASS = 'correct horse battery';

async function cli(argv: string[], env: Record<string, string>, cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env, cwd });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('CLI with encrypted maps', () => {
  const tempDir = useTempDirs();

  async function encryptedMap(): Promise<{ dir: string; path: string; before: Buffer }> {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'secret.coalition.json');
    await createMapFile(path, canaryMap(3), { codec: await createPassphraseCodec(PASS) });
    return { dir, path, before: await readFile(path) };
  }

  it('validates with the passphrase from COALITION_PASSPHRASE or a named variable', async () => {
    const { dir, path } = await encryptedMap();
    const byDefault = await cli(['validate', path], { COALITION_PASSPHRASE: PASS }, dir);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain('The map is valid.');
    const named = await cli(['validate', path, '--passphrase-env', 'MAP_KEY'], { MAP_KEY: PASS }, dir);
    expect(named.code).toBe(0);
  });

  it('analyzes an encrypted map with the passphrase, and refuses without it', async () => {
    const { dir, path, before } = await encryptedMap();
    const analyzed = await cli(['analyze', path, '--json'], { COALITION_PASSPHRASE: PASS }, dir);
    expect(analyzed.code).toBe(0);
    expect(JSON.parse(analyzed.stdout).summary.stakeholders).toBe(canaryMap(3).stakeholders.length);
    const refused = await cli(['analyze', path], {}, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/encrypted; set COALITION_PASSPHRASE/);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('says what is missing or wrong and leaves the map byte-identical', async () => {
    const { dir, path, before } = await encryptedMap();
    const none = await cli(['validate', path], {}, dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/encrypted; set COALITION_PASSPHRASE/);
    const wrong = await cli(['validate', path], { COALITION_PASSPHRASE: 'not the passphrase' }, dir);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/the passphrase is wrong or the file was changed/);
    const unset = await cli(['validate', path, '--passphrase-env', 'NOT_SET'], {}, dir);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/NOT_SET: that environment variable is not set/);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('imports into a new encrypted map and then into it again, leaving no canary in the data folder', async () => {
    const dataDir = await tempDir();
    const inputs = await tempDir();
    const csv = join(inputs, 'people.csv');
    await writeFile(csv, 'name,address,notes\nZZ-CANARY-NAME,ZZ-CANARY-ADDR,lived-experience: ZZ\n');
    const target = join(dataDir, 'maps', 'new.coalition.json');
    const env = { COALITION_PASSPHRASE: PASS, COALITION_DATA_DIR: dataDir };
    const first = await cli(['import', csv, '--into', target], env, inputs);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(looksEncrypted(await readFile(target))).toBe(true);
    const second = await cli(['import', csv, '--into', target], env, inputs);
    expect(second.code).toBe(0);
    const validated = await cli(['validate', target], env, inputs);
    // The same file imported again is reconciled with the map: nobody is added twice.
    expect(validated.stdout).toMatch(/stakeholders: {2}1 /);
    expect(await canaryLeaks(dataDir)).toEqual([]);
  });
});
