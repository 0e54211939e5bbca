// A damaged encrypted map has a way back: the problem screen is told its encrypted backups exist,
// the passphrase lists them, and restoring one with it brings the map back, still encrypted.
// Real temp folders and real files: the map is damaged on disk the two ways it can be.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import { looksEncrypted } from '../../../electron/main/crypto';
import type { OpenedMap } from '../../../shared/ipc';
import { useClockedBackends } from './clocked-backends';

const CANARY = 'Odalys Vantrecht';
const PASSPHRASE = 'lantern by the river';

describe('recovering a damaged encrypted map', () => {
  const { tempDir, launch, advance } = useClockedBackends('2025-04-02T12:00:00.000Z');

  /** An encrypted map with two encrypted backups; the last save renamed the canary's organisation. */
  async function encryptedMapWithBackups(dataDir: string): Promise<OpenedMap> {
    const backend = await launch(dataDir);
    const created = await backend.newMap({ name: 'Riverside Safety', template: 'sample' });
    const [first, ...rest] = created.map.stakeholders;
    if (!first) throw new Error('the sample has no stakeholders');
    // Encrypting moves it to a neutral file name; the map is then known by that path.
    const { movedTo } = await backend.setPassphrase({ current: null, next: PASSPHRASE });
    for (const hour of [1, 2, 3]) {
      advance(60 * 60_000);
      await backend.saveMap({ map: { ...created.map, stakeholders: [{ ...first, name: `${CANARY} ${hour}` }, ...rest] } });
    }
    await backend.close();
    return { ...created, file: movedTo ?? created.file };
  }

  async function restoreWithPassphrase(backend: Backend, path: string, stakeholders: number): Promise<OpenedMap> {
    await expect(backend.listBackups({ path, passphrase: 'not the passphrase' })).rejects.toThrow(/does not open any of the backups/);
    const listed = await backend.listBackups({ path, passphrase: PASSPHRASE });
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed[0]?.stakeholders).toBe(stakeholders);
    const newest = listed[0]?.id ?? '';
    await expect(backend.restoreBackup({ path, backupId: newest, passphrase: 'not the passphrase' })).rejects.toThrow(/does not open that backup/);
    const restored = await backend.restoreBackup({ path, backupId: newest, passphrase: PASSPHRASE });
    if (restored.status !== 'opened') throw new Error(`not restored: ${restored.message}`);
    expect(restored.encrypted).toBe(true);
    expect(restored.map.stakeholders.some((s) => s.name === `${CANARY} 2`)).toBe(true);
    // Restored encrypted, under the same passphrase: nothing readable on disk, and it edits on.
    const bytes = await readFile(path);
    expect(looksEncrypted(bytes)).toBe(true);
    expect(bytes.includes(Buffer.from(CANARY))).toBe(false);
    await backend.saveMap({ map: restored.map });
    return restored;
  }

  it('a cut-short map: moved aside, its encrypted backups counted, listed and restored with the passphrase', async () => {
    const dataDir = await tempDir();
    const created = await encryptedMapWithBackups(dataDir);
    const path = created.file.path;
    const whole = await readFile(path);
    await writeFile(path, whole.subarray(0, Math.floor(whole.length / 2)));

    const backend = await launch(dataDir);
    const problem = await backend.startSession({});
    if (problem.status !== 'problem') throw new Error('the damaged map opened');
    expect(problem.reason).toBe('unreadable');
    expect(problem.movedTo).not.toBeNull();
    expect(problem.backups).toEqual([]);
    expect(problem.encryptedBackups).toBeGreaterThanOrEqual(2);
    await restoreWithPassphrase(backend, path, created.map.stakeholders.length);
  });

  it('a map whose ciphertext changed: the passphrase is refused on it, and a backup restores with it; the file is set aside, not lost', async () => {
    const dataDir = await tempDir();
    const created = await encryptedMapWithBackups(dataDir);
    const path = created.file.path;
    const envelope = JSON.parse(await readFile(path, 'utf8'));
    const cipher = Buffer.from(envelope.ciphertext, 'base64');
    cipher[10] = (cipher[10] ?? 0) ^ 0xff;
    const damaged = JSON.stringify({ ...envelope, ciphertext: cipher.toString('base64') });
    await writeFile(path, damaged);

    const backend = await launch(dataDir);
    expect(await backend.startSession({})).toMatchObject({ status: 'problem', reason: 'encrypted' });
    const refused = await backend.unlockMap({ path, passphrase: PASSPHRASE });
    if (refused.status !== 'problem') throw new Error('the damaged map opened');
    expect(refused.reason).toBe('wrong-passphrase');
    expect(refused.encryptedBackups).toBeGreaterThanOrEqual(2);

    const restored = await restoreWithPassphrase(backend, path, created.map.stakeholders.length);
    const aside = restored.notices.find((n) => n.message.includes('moved aside'));
    expect(aside?.message).toMatch(/does not open, was moved aside unchanged/);
    const kept = (await readdir(dirname(path))).filter((n) => n.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(`${dirname(path)}/${kept[0]}`, 'utf8')).toBe(damaged);
  });
});
