// A crash at any step of setting (or removing) a passphrase never leaves the map silently in its old
// form: the child is killed at step 1, 2, 3, ... of the change until it finishes. After each kill the
// next open either finds nothing started (no journal), or finishes the change (map and every backup
// in the new form) or reports that it did not happen (map and every backup in the old form), and
// says which. Never a mix of plain and encrypted files.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPassphraseCodec, looksEncrypted, unlockPassphraseCodec } from '../../../electron/main/crypto';
import { backupFolderFor, createMapFile, isMapFileError, openMapStore, readMapFile } from '../../../electron/main/store';
import { journalPathFor } from '../../../electron/main/store/rekey-journal';
import { exists } from '../../../electron/main/store/quarantine';
import { nodeFs } from '../../../electron/main/store';
import { numberedMap, sequenceOf } from './helpers/maps';
import { runTs } from './helpers/spawn-ts';
import { useTempDirs } from './helpers/temp-dir';

const PASSPHRASE = 'lantern by the river';
const COST = { N: 2 ** 14, r: 8, p: 1 };

type Direction = 'encrypt' | 'decrypt';

describe('a crash while the passphrase changes', () => {
  const tempDir = useTempDirs();

  /** A map with two backups, plain or encrypted (each backup adds a few steps to walk through). */
  async function fixture(direction: Direction): Promise<{ path: string; backupDir: string }> {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'm.coalition.json');
    const backupDir = join(dir, 'backups');
    const codec = direction === 'decrypt' ? await createPassphraseCodec(PASSPHRASE, COST) : null;
    await createMapFile(path, numberedMap(0), { codec });
    const store = await openMapStore(path, { backupDir, backupIntervalMinutes: 0, maxBackups: 2, codec });
    for (let n = 1; n <= 3; n += 1) await store.save(numberedMap(n));
    await store.close();
    codec?.forget();
    return { path, backupDir };
  }

  async function storedForms(path: string, backupDir: string): Promise<boolean[]> {
    const folder = backupFolderFor(path, backupDir);
    const backups = (await readdir(folder)).filter((n) => n.endsWith('.json')).map((n) => join(folder, n));
    return Promise.all([path, ...backups].map(async (file) => looksEncrypted(await readFile(file))));
  }

  /** Opens as the app would after the crash: plain first, then with the passphrase when asked. */
  async function reopen(path: string, backupDir: string): Promise<{ warnings: string[]; encrypted: boolean }> {
    try {
      const store = await openMapStore(path, { backupDir });
      const warnings = [...store.openWarnings];
      expect(sequenceOf(store.map)).toBe(3);
      await store.close();
      return { warnings, encrypted: false };
    } catch (error) {
      if (!isMapFileError(error) || error.reason !== 'encrypted') throw error;
      const codec = await unlockPassphraseCodec(await readFile(path), PASSPHRASE, path);
      const store = await openMapStore(path, { backupDir, codec });
      expect(sequenceOf(store.map)).toBe(3);
      await store.close();
      // The note travels with the refusal, since the map could not open without its passphrase.
      return { warnings: error.message.split('\n').slice(1), encrypted: true };
    }
  }

  it.each<Direction>(['encrypt', 'decrypt'])('%s: killed at every step, the next open finishes or reports it, never a mix', { timeout: 600_000 }, async (direction) => {
    const [from, to] = direction === 'encrypt' ? [false, true] : [true, false];
    let finished = false;
    let journalsSeen = 0;
    /** Per kill step: o old form, no journal; p reported not done; c finished at open; n new form, no journal. */
    let outcomes = '';
    for (let killAt = 1; !finished && killAt < 200; killAt += 1) {
      const { path, backupDir } = await fixture(direction);
      const child = await runTs('test/unit/store/helpers/rekey-child.ts', [path, backupDir, String(killAt), direction, PASSPHRASE]);
      finished = /done after/.test(child.stdout);
      if (!finished) expect(child.code, child.stderr).toBeNull(); // killed, not failed
      const journal = await exists(nodeFs, journalPathFor(path));
      if (journal) journalsSeen += 1;
      const { warnings, encrypted } = await reopen(path, backupDir);
      const forms = await storedForms(path, backupDir);
      expect(forms.length).toBe(3);
      // All or nothing, whatever the step.
      expect(new Set(forms).size, `kill at step ${killAt}: ${forms.join(',')}`).toBe(1);
      expect(encrypted).toBe(forms[0]);
      if (journal) {
        expect(warnings.join(' '), `kill at step ${killAt}`).toMatch(encrypted === to ? /has now been finished/ : /before it took effect, so nothing was changed/);
        outcomes += encrypted === to ? 'c' : 'p';
      } else {
        expect(warnings).toEqual([]);
        outcomes += encrypted === from ? 'o' : 'n';
      }
      expect(await exists(nodeFs, journalPathFor(path))).toBe(false);
      const leftovers = [...(await readdir(join(path, '..'))), ...(await readdir(backupFolderFor(path, backupDir)))];
      expect(leftovers.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      if (finished) expect(encrypted).toBe(to);
      if (!encrypted) expect(sequenceOf(await readMapFile(path))).toBe(3);
    }
    expect(finished).toBe(true);
    expect(journalsSeen).toBeGreaterThan(5);
    // Old form with no journal only before the journal landed (nothing replaced yet); new form with
    // no journal only after the change was complete and the journal deleted.
    expect(outcomes).toMatch(/^o+p+c+n*$/);
  });
});
