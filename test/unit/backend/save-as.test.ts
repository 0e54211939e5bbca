// "Save as" over a file that is already there: the system dialog asked the user to confirm, so the
// backend replaces it, keeping a readable map as a backup first and refusing a map another
// process holds. Real temp folders, real files, a real second process for the lock.
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolderFor, lockPathFor, readMapFile } from '../../../electron/main/store';
import type { MapDocument } from '../../../shared/model';
import { fixturePath } from '../store/helpers/maps';
import { spawnTs, waitForLine } from '../store/helpers/spawn-ts';
import { useBackends } from './use-backends';

const LOCK_CHILD = 'test/unit/store/helpers/lock-child.ts';

describe('save as over an existing file', () => {
  const backends = useBackends();

  async function setup() {
    const { dataDir, dialogs, api } = await backends.start();
    const elsewhere = await backends.tempDir();
    const created = await api.newMap({ name: 'Harbour Network', template: 'empty' });
    return { dataDir, elsewhere, dialogs, api, created, backupDir: join(dataDir, 'backups') };
  }

  const withArea = (map: MapDocument, area: string): MapDocument => ({ ...map, coalition: { ...map.coalition, area } });

  it('replaces a readable map after keeping it as a backup, and switches to it', async () => {
    const { elsewhere, dialogs, api, created, backupDir } = await setup();
    const target = join(elsewhere, 'riverside.coalition.json');
    await copyFile(fixturePath('small-valid.coalition.json'), target);
    const before = await readFile(target);
    dialogs.answerSave(target);

    const result = await api.saveMapAsDialog({ map: withArea(created.map, 'harbour side') });
    expect(result).toMatchObject({ status: 'opened', file: { path: target }, map: { coalition: { name: 'Harbour Network' } } });
    expect(result?.notices.map((n) => n.message).join(' ')).toMatch(/kept as a backup/);
    expect((await readMapFile(target)).coalition.area).toBe('harbour side');

    const backups = await api.listBackups({ path: target });
    expect(backups).toHaveLength(1);
    const folder = backupFolderFor(target, backupDir);
    const [backupFile] = await readdir(folder);
    expect((await readFile(join(folder, backupFile ?? ''))).equals(before)).toBe(true);

    // The replaced file is now the open map: saves go there, and it heads the recent list.
    await api.saveMap({ map: withArea(created.map, 'second save') });
    expect((await readMapFile(target)).coalition.area).toBe('second save');
    expect((await api.listRecent({}))[0]).toMatchObject({ path: target, coalitionName: 'Harbour Network' });
    expect((await readMapFile(created.file.path)).coalition.area).toBe('');
    // Written atomically: no temp file is left beside it.
    expect((await readdir(elsewhere)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces a file that holds no map without a backup, and says so', async () => {
    const { elsewhere, dialogs, api, created, backupDir } = await setup();
    const target = join(elsewhere, 'notes.json');
    await writeFile(target, 'shopping list, not a map');
    dialogs.answerSave(target);
    const result = await api.saveMapAsDialog({ map: created.map });
    expect(result?.notices.map((n) => n.message)).toEqual(['Replaced notes.json, which did not hold a coalition map.']);
    expect((await readMapFile(target)).coalition.name).toBe('Harbour Network');
    await expect(readdir(backupFolderFor(target, backupDir))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps a map written by a newer version as a backup, byte for byte, before replacing it', async () => {
    const { elsewhere, dialogs, api, created, backupDir } = await setup();
    const target = join(elsewhere, 'future.coalition.json');
    await copyFile(fixturePath('newer-version.coalition.json'), target);
    const before = await readFile(target);
    dialogs.answerSave(target);
    await api.saveMapAsDialog({ map: created.map });
    const folder = backupFolderFor(target, backupDir);
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    expect((await readFile(join(folder, files[0] ?? ''))).equals(before)).toBe(true);
    expect((await readMapFile(target)).coalition.name).toBe('Harbour Network');
  });

  it('refuses a map another process has open, and leaves both maps as they were', async () => {
    const { elsewhere, dialogs, api, created, backupDir } = await setup();
    const target = join(elsewhere, 'held.coalition.json');
    await copyFile(fixturePath('small-valid.coalition.json'), target);
    const before = await readFile(target);
    const child = spawnTs(LOCK_CHILD, [target, join(elsewhere, 'child-backups'), 'hold']);
    try {
      await waitForLine(child, /^opened$/);
      dialogs.answerSave(target);
      await expect(api.saveMapAsDialog({ map: created.map })).rejects.toThrow(/open in another window or program, so it was not replaced/);
    } finally {
      child.stdin.end();
      await new Promise((resolve) => child.on('close', resolve));
    }
    expect((await readFile(target)).equals(before)).toBe(true);
    await expect(readdir(backupFolderFor(target, backupDir))).rejects.toMatchObject({ code: 'ENOENT' });
    // The map that was open stays open and saveable.
    await api.saveMap({ map: withArea(created.map, 'still here') });
    expect((await readMapFile(created.file.path)).coalition.area).toBe('still here');
  });

  it('treats choosing the open map itself as a normal save', async () => {
    const { dialogs, api, created } = await setup();
    dialogs.answerSave(created.file.path);
    const result = await api.saveMapAsDialog({ map: withArea(created.map, 'same file') });
    expect(result).toMatchObject({ status: 'opened', file: { path: created.file.path }, notices: [] });
    expect((await readMapFile(created.file.path)).coalition.area).toBe('same file');
    expect(JSON.parse(await readFile(lockPathFor(created.file.path), 'utf8')).pid).toBe(process.pid);
  });

  it('refuses an invalid map before touching the chosen file', async () => {
    const { elsewhere, dialogs, api, created } = await setup();
    const target = join(elsewhere, 'keep.coalition.json');
    await copyFile(fixturePath('small-valid.coalition.json'), target);
    const before = await readFile(target);
    const broken = { ...created.map, coalition: { ...created.map.coalition, anchorId: 'nobody' } };
    dialogs.answerSave(target);
    await expect(api.saveMapAsDialog({ map: broken })).rejects.toThrow(/anchor organization is not on the map/);
    expect((await readFile(target)).equals(before)).toBe(true);
  });
});
