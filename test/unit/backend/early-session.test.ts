// The main process opens the last map while the window is still loading (startSessionEarly): the
// window's first startSession gets that very answer, notices and problems included, and a later
// ask (a reloaded window) behaves as it always did.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, SAMPLE_FILE_NAME, type Backend } from '../../../electron/main/backend';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const clock = (): Date => new Date('2025-04-02T12:00:00.000Z');

describe('opening the last map before the window asks', () => {
  const tempDir = useTempDirs();
  const open: Backend[] = [];

  async function launch(dataDir: string): Promise<Backend> {
    const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs(), clock });
    open.push(backend);
    return backend;
  }
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  it('hands the early open, with its notices, to the first ask only', async () => {
    const dataDir = await tempDir();
    const first = await launch(dataDir);
    const created = await first.newMap({ name: 'Gone Soon', template: 'empty' });
    await first.close();
    await rm(created.file.path);

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
    const first = await launch(dataDir);
    const created = await first.newMap({ name: 'Fragile', template: 'empty' });
    await first.close();
    await writeFile(created.file.path, '{"format": "coalition-map", "version": 2, "coalition": 7}');

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
