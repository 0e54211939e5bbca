// Creating, opening and saving maps through the backend, with scripted file dialogs.
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMapStore, readMapFile } from '../../../electron/main/store';
import { fixturePath } from '../store/helpers/maps';
import { useBackends, type StartedBackend } from './use-backends';

describe('backend maps', () => {
  const backends = useBackends();

  async function setup(): Promise<StartedBackend> {
    const started = await backends.start();
    await started.api.startSession({});
    return started;
  }

  it('creates new maps under unique names and unlocks the map it leaves', async () => {
    const { dataDir, api } = await setup();
    const a = await api.newMap({ name: 'Westside Coalition', template: 'empty' });
    const b = await api.newMap({ name: 'Westside Coalition', template: 'sample' });
    expect(a.file.fileName).toBe('westside-coalition.coalition.json');
    expect(b.file.fileName).toBe('westside-coalition-2.coalition.json');
    expect(a.map.stakeholders).toEqual([]);
    expect(b.map.coalition.name).toBe('Westside Coalition');
    expect(b.map.stakeholders.length).toBeGreaterThan(20);
    // The first map is no longer held: another opener gets in.
    const other = await openMapStore(a.file.path, { backupDir: join(dataDir, 'backups') });
    await other.close();
    expect((await api.listRecent({})).map((r) => r.fileName)).toEqual([
      'westside-coalition-2.coalition.json',
      'westside-coalition.coalition.json',
      'sample-coalition.coalition.json',
    ]);
  });

  it('opens recent maps only from its own list', async () => {
    const { dataDir, api } = await setup();
    const a = await api.newMap({ name: 'First', template: 'empty' });
    await api.newMap({ name: 'Second', template: 'empty' });
    const again = await api.openRecent({ path: a.file.path });
    expect(again).toMatchObject({ status: 'opened', file: { path: a.file.path } });
    const stranger = join(dataDir, 'elsewhere.coalition.json');
    await copyFile(fixturePath('small-valid.coalition.json'), stranger);
    await expect(api.openRecent({ path: stranger })).rejects.toThrow(/not in the recent list/);
    await expect(api.listBackups({ path: stranger })).rejects.toThrow(/open map or one of the recent maps/);
  });

  it('opens a chosen file, and returns null when the dialog is cancelled', async () => {
    const { dataDir, dialogs, api } = await setup();
    const chosen = join(dataDir, 'picked.coalition.json');
    await copyFile(fixturePath('small-valid.coalition.json'), chosen);
    dialogs.answerOpen(null).answerOpen(chosen);
    expect(await api.openMapDialog({})).toBeNull();
    const result = await api.openMapDialog({});
    expect(result).toMatchObject({ status: 'opened', map: { coalition: { name: 'Riverside Safety Coalition' } } });
  });

  it('refuses a newer-version file and leaves it byte-identical', async () => {
    const { dataDir, dialogs, api } = await setup();
    const chosen = join(dataDir, 'future.coalition.json');
    await copyFile(fixturePath('newer-version.coalition.json'), chosen);
    const before = await readFile(chosen);
    dialogs.answerOpen(chosen);
    const result = await api.openMapDialog({});
    expect(result).toMatchObject({ status: 'problem', reason: 'newer-version', movedTo: null });
    expect((await readFile(chosen)).equals(before)).toBe(true);
  });

  it('saves the open map and keeps the recent name in step with the coalition', async () => {
    const { api } = await setup();
    const created = await api.newMap({ name: 'Old Name', template: 'empty' });
    const renamed = { ...created.map, coalition: { ...created.map.coalition, name: 'New Name' } };
    const { savedAt } = await api.saveMap({ map: renamed });
    expect(Number.isNaN(Date.parse(savedAt))).toBe(false);
    expect((await readMapFile(created.file.path)).coalition.name).toBe('New Name');
    expect((await api.listRecent({}))[0]).toMatchObject({ path: created.file.path, coalitionName: 'New Name' });
  });

  it('serializes concurrent saves: the last one is on disk', async () => {
    const { api } = await setup();
    const created = await api.newMap({ name: 'Busy', template: 'empty' });
    const versions = Array.from({ length: 20 }, (_, i) => ({ ...created.map, coalition: { ...created.map.coalition, area: `ward ${i}` } }));
    await Promise.all(versions.map((map) => api.saveMap({ map })));
    expect((await readMapFile(created.file.path)).coalition.area).toBe('ward 19');
  });

  it('saves under a new name and switches to it', async () => {
    const { dataDir, dialogs, api } = await setup();
    const created = await api.newMap({ name: 'Draft Map', template: 'empty' });
    const target = join(dataDir, 'copy-of-draft');
    dialogs.answerSave(null).answerSave(target);
    expect(await api.saveMapAsDialog({ map: created.map })).toBeNull();
    const result = await api.saveMapAsDialog({ map: created.map });
    expect(dialogs.suggestions).toEqual(['draft-map.coalition.json', 'draft-map.coalition.json']);
    expect(result).toMatchObject({ status: 'opened', file: { path: `${target}.coalition.json` } });
    const edited = { ...created.map, coalition: { ...created.map.coalition, area: 'moved' } };
    await api.saveMap({ map: edited });
    expect((await readMapFile(`${target}.coalition.json`)).coalition.area).toBe('moved');
    expect((await readMapFile(created.file.path)).coalition.area).toBe('');

    // Replacing a file that is already there is covered in save-as.test.ts.
  });

  it('restores a backup of the open map in place and keeps what it replaced', async () => {
    let now = Date.parse('2025-05-01T09:00:00.000Z');
    const { api: backend } = await backends.start({ clock: () => new Date((now += 15 * 60_000)) });
    const created = await backend.newMap({ name: 'Restorable', template: 'empty' });
    const withArea = (area: string) => ({ ...created.map, coalition: { ...created.map.coalition, area } });
    await backend.saveMap({ map: withArea('first') });
    await backend.saveMap({ map: withArea('second') });
    const backups = await backend.listBackups({ path: created.file.path });
    expect(backups).toHaveLength(2);
    const oldest = backups.at(-1);
    const result = await backend.restoreBackup({ path: created.file.path, backupId: oldest?.id ?? '' });
    expect(result).toMatchObject({ status: 'opened', map: { coalition: { area: '' } } });
    expect((await readMapFile(created.file.path)).coalition.area).toBe('');
    expect(await backend.listBackups({ path: created.file.path })).toHaveLength(3);
    // Still open and saveable after the restore.
    await backend.saveMap({ map: withArea('third') });
    expect((await readMapFile(created.file.path)).coalition.area).toBe('third');
  });

  it('refuses to save when no map is open', async () => {
    const { dataDir, api: backend } = await backends.start();
    const map = (await readMapFile(fixturePath('small-valid.coalition.json')));
    await expect(backend.saveMap({ map })).rejects.toThrow(/No map is open/);
    expect(await readdir(join(dataDir, 'maps'))).toEqual([]);
  });
});
