// Starting the app against a data folder: first run, relaunch, and a last map that went wrong.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, SAMPLE_FILE_NAME } from '../../../electron/main/backend';
import { openMapStore } from '../../../electron/main/store';
import { SAMPLE_COALITION_NAME } from '../../../shared/sample';
import { useClockedBackends } from './clocked-backends';
import { ScriptedDialogs } from './scripted-dialogs';

const STARTED_AT = '2025-04-02T12:00:00.000Z';

describe('backend session', () => {
  const { tempDir, launch, lastMap } = useClockedBackends(STARTED_AT);

  it('creates and opens the sample coalition on first run, and remembers it', async () => {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    const result = await backend.startSession({});
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.file.path).toBe(join(dataDir, 'maps', SAMPLE_FILE_NAME));
    expect(result.map.coalition.name).toBe(SAMPLE_COALITION_NAME);
    expect(result.map.stakeholders.length).toBeGreaterThan(20);
    expect(result.notices[0]?.level).toBe('info');
    const settings = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as { lastMapPath: string };
    expect(settings.lastMapPath).toBe(result.file.path);
    expect(await backend.listRecent({})).toEqual([
      { path: result.file.path, fileName: SAMPLE_FILE_NAME, coalitionName: SAMPLE_COALITION_NAME, openedAt: STARTED_AT },
    ]);
    if (process.platform !== 'win32') {
      for (const folder of ['maps', 'backups']) expect((await stat(join(dataDir, folder))).mode & 0o777).toBe(0o700);
      expect((await stat(result.file.path)).mode & 0o777).toBe(0o600);
    }
  });

  it('reopens the last map with its edits after a relaunch', async () => {
    const dataDir = await tempDir();
    const first = await launch(dataDir);
    const created = await first.newMap({ name: 'Eastside Youth Safety', template: 'empty' });
    const edited = { ...created.map, coalition: { ...created.map.coalition, mission: 'Safer evenings for every teenager.' } };
    await first.saveMap({ map: edited });
    await first.close();

    const second = await launch(dataDir);
    const result = await second.startSession({});
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.file.path).toBe(created.file.path);
    expect(result.map.coalition.mission).toBe('Safer evenings for every teenager.');
    // Asking again (a reloaded window) returns the open map rather than tripping over our own lock.
    expect((await second.startSession({})).status).toBe('opened');
  });

  it('falls back to the sample with a notice when the last map is gone', async () => {
    const dataDir = await tempDir();
    await rm(await lastMap(dataDir, 'Gone Soon'));

    const second = await launch(dataDir);
    const result = await second.startSession({});
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.file.fileName).toBe(SAMPLE_FILE_NAME);
    expect(result.notices.some((n) => n.level === 'warning' && n.message.includes('gone-soon.coalition.json'))).toBe(true);
  });

  it('reports an unreadable last map, moved aside, with its backups, and restores one', async () => {
    const dataDir = await tempDir();
    let now = Date.parse('2025-04-02T12:00:00.000Z');
    const tickingClock = (): Date => new Date((now += 60_000));
    const first = await createBackend({ dataDir, dialogs: new ScriptedDialogs(), clock: tickingClock });
    const created = await first.newMap({ name: 'Fragile', template: 'empty' });
    await first.saveMap({ map: { ...created.map, coalition: { ...created.map.coalition, area: 'North ward' } } });
    await first.close();
    await writeFile(created.file.path, new Uint8Array(300));

    const second = await launch(dataDir);
    const result = await second.startSession({});
    expect(result.status).toBe('problem');
    if (result.status !== 'problem') return;
    expect(result.reason).toBe('unreadable');
    expect(result.message).toMatch(/NUL bytes/);
    expect(result.movedTo).toMatch(/fragile\.coalition\.json\.corrupt-/);
    expect((await readdir(join(dataDir, 'maps'))).some((n) => n.startsWith('fragile.coalition.json.corrupt-'))).toBe(true);
    expect(result.backups).toHaveLength(1);
    expect(await second.listBackups({ path: result.file.path })).toEqual(result.backups);

    const restored = await second.restoreBackup({ path: result.file.path, backupId: result.backups[0]?.id ?? '' });
    expect(restored.status).toBe('opened');
    if (restored.status !== 'opened') return;
    expect(restored.map.coalition.name).toBe('Fragile');
    expect(restored.map.coalition.area).toBe('');
  });

  it('reports a last map that another program holds as locked', async () => {
    const dataDir = await tempDir();
    const holder = await openMapStore(await lastMap(dataDir, 'Shared Drive Map'), { backupDir: join(dataDir, 'backups') });
    const second = await launch(dataDir);
    const result = await second.startSession({});
    expect(result).toMatchObject({ status: 'problem', reason: 'locked', movedTo: null });
    await holder.close();
  });

  it('resets a damaged settings file with a warning instead of failing to start', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'settings.json'), '{"recent": [');
    const backend = await launch(dataDir);
    const result = await backend.startSession({});
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.notices.some((n) => n.level === 'warning' && /recent maps could not be read/.test(n.message))).toBe(true);
    expect((await readdir(dataDir)).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
  });
});
