// The main process opens the last map while the window is still loading (startSessionEarly): the
// window's first startSession gets that very answer, notices and problems included, and a later
// ask (a reloaded window) behaves as it always did.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE_NAME } from '../../../electron/main/backend';
import { useClockedBackends } from './clocked-backends';

const STARTED_AT = '2025-04-02T12:00:00.000Z';

describe('opening the last map before the window asks', () => {
  const { tempDir, launch, lastMap } = useClockedBackends(STARTED_AT);

  it('hands the early open, with its notices, to the first ask only', async () => {
    const dataDir = await tempDir();
    await rm(await lastMap(dataDir, 'Gone Soon'));

    const second = await launch(dataDir);
    second.startSessionEarly();
    second.startSessionEarly(); // asked twice (a second window event): still one open
    // The early open already holds the map: a save from a stale window would land in it.
    const result = await second.startSession({});
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.file.fileName).toBe(SAMPLE_FILE_NAME);
    // The notice of the missing map, taken once at start, reaches the window with the early answer.
    expect(result.notices.some((n) => n.level === 'warning' && n.message.includes('gone-soon.coalition.json'))).toBe(true);
    const again = await second.startSession({});
    expect(again.status).toBe('opened');
    if (again.status !== 'opened') return;
    expect(again.file.path).toBe(result.file.path);
    expect(again.notices).toEqual([]);
  });

  it('gives the window the problem screen of a last map that fails to open early, and never overwrites it', async () => {
    const dataDir = await tempDir();
    await writeFile(await lastMap(dataDir, 'Fragile'), '{"format": "coalition-map", "version": 2, "coalition": 7}');

    const second = await launch(dataDir);
    second.startSessionEarly();
    const result = await second.startSession({});
    expect(result.status).toBe('problem');
    if (result.status !== 'problem') return;
    expect(result.reason).toBe('invalid');
    expect(result.message).toMatch(/coalition/);
    // The file the app could not read is still there as it was, or moved aside whole: never rewritten.
    const names = await readdir(join(dataDir, 'maps'));
    expect(names.some((n) => n.startsWith('fragile.coalition.json'))).toBe(true);
  });

  it('after an early open, a later window ask returns the open map (a reload)', async () => {
    const dataDir = await tempDir();
    const first = await launch(dataDir);
    const created = await first.newMap({ name: 'Eastside', template: 'empty' });
    await first.saveMap({ map: { ...created.map, coalition: { ...created.map.coalition, area: 'North ward' } } });
    await first.close();

    const second = await launch(dataDir);
    second.startSessionEarly();
    const opened = await second.startSession({});
    const reloaded = await second.startSession({});
    expect(opened.status).toBe('opened');
    expect(reloaded.status).toBe('opened');
    if (opened.status !== 'opened' || reloaded.status !== 'opened') return;
    expect(reloaded.map.coalition.area).toBe('North ward');
    expect(reloaded.revision).toBe(opened.revision);
  });
});
