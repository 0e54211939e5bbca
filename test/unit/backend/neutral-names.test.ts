// An encrypted map's file names do not show its coalition, on real folders through the backend: the
// map the app named after its coalition moves to a neutral name when it gets a passphrase (its
// backups with it, the recent list following), no file or folder under the data folder names the
// coalition afterwards, and the save dialogs offer names without it (export, brief, save as).
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/main/backend';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const PASSPHRASE = 'lantern by the river';
const SLUG = 'riverside-safety';
let now = new Date('2025-04-02T12:00:00.000Z');
const clock = (): Date => now;

describe('neutral file names for encrypted maps', () => {
  const tempDir = useTempDirs();
  const open: Backend[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  async function launch(dataDir: string, dialogs = new ScriptedDialogs()): Promise<Backend> {
    const backend = await createBackend({ dataDir, dialogs, clock });
    open.push(backend);
    return backend;
  }

  it('moves the map and its backups to a neutral name when it is encrypted, and nothing names the coalition', async () => {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    const created = await backend.newMap({ name: 'Riverside Safety', template: 'sample' });
    expect(created.file.fileName).toContain(SLUG);
    await backend.saveMap({ map: created.map });
    now = new Date(now.getTime() + 2 * 60 * 60_000);
    await backend.saveMap({ map: { ...created.map, coalition: { ...created.map.coalition, mission: 'Changed once.' } } });
    const backupsBefore = await backend.listBackups({ path: created.file.path });
    expect(backupsBefore.length).toBeGreaterThan(0);

    const change = await backend.setPassphrase({ current: null, next: PASSPHRASE });
    expect(change.movedTo?.fileName).toMatch(/^map-[0-9a-f]{8}\.coalition\.json$/);
    const moved = change.movedTo!.path;
    expect((await backend.listRecent({})).map((r) => r.path)).toEqual([moved]);
    expect((await backend.listBackups({ path: moved })).map((b) => b.id)).toEqual(backupsBefore.map((b) => b.id));
    const names = await readdir(dataDir, { recursive: true });
    expect(names.filter((name) => name.includes(SLUG) || name.toLowerCase().includes('riverside'))).toEqual([]);
    await backend.close();
    open.splice(0);

    // After a relaunch the moved map is the one to unlock, and it opens with its backups.
    const again = await launch(dataDir);
    const start = await again.startSession({});
    expect(start.status).toBe('problem');
    const unlocked = await again.unlockMap({ path: moved, passphrase: PASSPHRASE });
    expect(unlocked.status === 'opened' ? unlocked.map.coalition.name : unlocked.status).toBe('Riverside Safety');
  });

  it('offers export and save-as names without the coalition for an encrypted map, and with it for a plain one', async () => {
    const dataDir = await tempDir();
    const dialogs = new ScriptedDialogs().answerSave(null).answerSave(null).answerSave(null);
    const backend = await launch(dataDir, dialogs);
    await backend.newMap({ name: 'Riverside Safety', template: 'empty' });
    const summary = { records: 0, ties: 0, leftOut: 0, redacted: 0 };
    await backend.saveExportFile({ suggestedFileName: `${SLUG}-contacts-2025-04-02.csv`, format: 'csv', content: '', summary });
    await backend.setPassphrase({ current: null, next: PASSPHRASE });
    await backend.saveExportFile({ suggestedFileName: `${SLUG}-contacts-2025-04-02.csv`, format: 'csv', content: '', summary });
    const opened = await backend.startSession({});
    await backend.saveMapAsDialog({ map: opened.status === 'opened' ? opened.map : (null as never) });
    expect(dialogs.exports).toEqual([`csv:${SLUG}-contacts-2025-04-02.csv`, 'csv:coalition-contacts-2025-04-02.csv']);
    expect(dialogs.suggestions).toEqual(['coalition.coalition.json']);
  });
});
