// The backend's survivor-safe channels against real temp folders: protecting a map with a
// passphrase (no canary left in any byte), relaunching to the unlock step, wrong passphrases,
// changing and removing it, locking, and retention purges with their audit entries.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import type { OpenedMap } from '../../../shared/ipc';
import { useClockedBackends } from './clocked-backends';

const CANARY = 'Zephyrine Quillfeather';
const PASSPHRASE = 'lantern by the river';

/** Every byte of every file under `dir`, as one buffer per path. */
async function allFiles(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if ((await stat(path)).isFile()) found.set(path, await readFile(path));
  }
  return found;
}

async function filesHolding(dir: string, text: string): Promise<string[]> {
  const needle = Buffer.from(text, 'utf8');
  return [...(await allFiles(dir))].filter(([, bytes]) => bytes.includes(needle)).map(([path]) => path);
}

async function auditActions(dataDir: string): Promise<string[]> {
  const text = await readFile(join(dataDir, 'audit.log'), 'utf8');
  return text.trim().split('\n').map((line) => (JSON.parse(line) as { action: string }).action);
}

describe('backend encryption and retention', () => {
  const { tempDir, launch, advance } = useClockedBackends('2025-04-02T12:00:00.000Z');

  /** A map with the canary in a confidential person's name, notes and contact, saved twice (so a backup exists). */
  async function mapWithCanary(backend: Backend): Promise<OpenedMap> {
    const created = await backend.newMap({ name: 'Riverside Safety', template: 'sample' });
    const [first, ...rest] = created.map.stakeholders;
    if (!first) throw new Error('the sample has no stakeholders');
    const marked = { ...first, name: CANARY, notes: `${CANARY} notes`, email: 'zq@example.org', confidential: true };
    await backend.saveMap({ map: { ...created.map, stakeholders: [marked, ...rest] } });
    advance(60 * 60_000);
    await backend.saveMap({ map: { ...created.map, stakeholders: [{ ...marked, phone: '555-0101' }, ...rest] } });
    return created;
  }

  it('protects a map and its backups: no canary in any byte of the data folder, and the map still edits', async () => {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    await mapWithCanary(backend);
    expect((await filesHolding(dataDir, CANARY)).length).toBeGreaterThan(0);

    const change = await backend.setPassphrase({ current: null, next: PASSPHRASE });
    // It also moved to a file name that does not show the coalition's (neutral-names.test.ts).
    expect(change).toEqual({ rewrittenBackups: 2, skippedBackups: 0, warnings: [], movedTo: { path: expect.any(String), fileName: expect.stringMatching(/^map-/) } });
    expect(await filesHolding(dataDir, CANARY)).toEqual([]);

    // Later saves and backups stay encrypted.
    advance(60 * 60_000);
    const again = await backend.startSession({});
    if (again.status !== 'opened') throw new Error('the map closed');
    expect(again.encrypted).toBe(true);
    await backend.saveMap({ map: { ...again.map, coalition: { ...again.map.coalition, mission: 'Quiet safety.' } } });
    expect(await filesHolding(dataDir, CANARY)).toEqual([]);
    expect(await backend.listBackups({ path: change.movedTo!.path })).toHaveLength(3);
    expect(await auditActions(dataDir)).toEqual(['passphrase-change']);
  });

  it('after a relaunch asks for the passphrase, refuses a wrong one without touching the file, and opens with the right one', async () => {
    const dataDir = await tempDir();
    const first = await launch(dataDir);
    await mapWithCanary(first);
    const path = (await first.setPassphrase({ current: null, next: PASSPHRASE })).movedTo!.path;
    await first.close();
    const before = await readFile(path);

    const second = await launch(dataDir);
    const start = await second.startSession({});
    expect(start).toMatchObject({ status: 'problem', reason: 'encrypted' });

    const wrong = await second.unlockMap({ path, passphrase: 'not the passphrase' });
    expect(wrong).toMatchObject({ status: 'problem', reason: 'wrong-passphrase', movedTo: null });
    expect(await readFile(path)).toEqual(before);

    const right = await second.unlockMap({ path, passphrase: PASSPHRASE });
    expect(right.status).toBe('opened');
    if (right.status !== 'opened') return;
    expect(right.encrypted).toBe(true);
    expect(right.map.stakeholders[0]?.name).toBe(CANARY);
    expect(await auditActions(dataDir)).toEqual(['passphrase-change', 'unlock']);
    // The log never holds the name.
    expect(await readFile(join(dataDir, 'audit.log'), 'utf8')).not.toContain(CANARY);
  });

  it('refuses to unlock a path the app never opened', async () => {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    await expect(backend.unlockMap({ path: join(dataDir, 'elsewhere.coalition.json'), passphrase: PASSPHRASE })).rejects.toThrow(/recent maps/);
  });

  it('lockNow closes the map and forgets the key: saving fails until unlocked again', async () => {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    const created = await mapWithCanary(backend);
    const path = (await backend.setPassphrase({ current: null, next: PASSPHRASE })).movedTo!.path;
    await backend.lockNow({});
    await expect(backend.saveMap({ map: created.map })).rejects.toThrow(/No map is open/);
    expect(await backend.startSession({})).toMatchObject({ status: 'problem', reason: 'encrypted' });
    const unlocked = await backend.unlockMap({ path, passphrase: PASSPHRASE });
    expect(unlocked.status).toBe('opened');
  });

  it('changes the passphrase only with the current one, and re-encrypts the backups under the new one', async () => {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    await mapWithCanary(backend);
    const path = (await backend.setPassphrase({ current: null, next: PASSPHRASE })).movedTo!.path;
    await expect(backend.setPassphrase({ current: 'a wrong guess', next: 'another long phrase' })).rejects.toThrow(/not right/);
    await expect(backend.setPassphrase({ current: null, next: 'another long phrase' })).rejects.toThrow(/current passphrase/);
    await expect(backend.setPassphrase({ current: PASSPHRASE, next: 'short' })).rejects.toThrow(/at least 8/);

    const changed = await backend.setPassphrase({ current: PASSPHRASE, next: 'another long phrase' });
    expect(changed.rewrittenBackups).toBe(2);
    await backend.close();

    const relaunched = await launch(dataDir);
    await relaunched.startSession({});
    expect(await relaunched.unlockMap({ path, passphrase: PASSPHRASE })).toMatchObject({ reason: 'wrong-passphrase' });
    expect((await relaunched.unlockMap({ path, passphrase: 'another long phrase' })).status).toBe('opened');
    // Backups open under the new key too.
    expect(await relaunched.listBackups({ path: path })).toHaveLength(2);
  });

  it('removes the passphrase: the map and backups are plain again and open without one', async () => {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    await mapWithCanary(backend);
    await backend.setPassphrase({ current: null, next: PASSPHRASE });
    await expect(backend.setPassphrase({ current: PASSPHRASE, next: null })).resolves.toMatchObject({ rewrittenBackups: 2 });
    expect((await filesHolding(dataDir, CANARY)).length).toBeGreaterThan(1);
    await backend.close();
    const relaunched = await launch(dataDir);
    expect(await relaunched.startSession({})).toMatchObject({ status: 'opened', encrypted: false });
    await expect(relaunched.setPassphrase({ current: null, next: null })).rejects.toThrow(/no passphrase/);
  });

  it('purges inactive stakeholders: a dry run changes nothing, the real one saves and is audited', async () => {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    const created = await backend.newMap({ name: 'Old contacts', template: 'sample' });
    const stale = created.map.stakeholders.slice(0, 3).map((s) => ({ ...s, updatedAt: '2023-01-01T00:00:00.000Z', notes: 'met once' }));
    const fresh = created.map.stakeholders.slice(3).map((s) => ({ ...s, updatedAt: '2025-04-01T00:00:00.000Z' }));
    await backend.saveMap({ map: { ...created.map, stakeholders: [...stale, ...fresh] } });
    const onDisk = await readFile(created.file.path);

    const preview = await backend.purgeInactive({ mode: 'notes', inactiveDays: 365, dryRun: true });
    expect(preview).toEqual({ affected: 3, tiesRemoved: 0, map: null, warnings: [] });
    expect(await readFile(created.file.path)).toEqual(onDisk);

    const notes = await backend.purgeInactive({ mode: 'notes', inactiveDays: 365, dryRun: false });
    expect(notes.map?.stakeholders.slice(0, 3).map((s) => s.notes)).toEqual(['', '', '']);

    const removal = await backend.purgeInactive({ mode: 'remove', inactiveDays: 365, dryRun: false });
    expect(removal.affected).toBe(3);
    expect(removal.map?.stakeholders).toHaveLength(fresh.length);
    const reopened = JSON.parse(await readFile(created.file.path, 'utf8')) as { stakeholders: unknown[] };
    expect(reopened.stakeholders).toHaveLength(fresh.length);
    const log = (await readFile(join(dataDir, 'audit.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log.map((e) => [e.action, e.recordCount, e.fieldNames])).toEqual([
      ['purge', 3, ['notes']],
      ['purge', 3, ['stakeholder']],
    ]);
  });
});
