import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMapFile, listBackups, MapFileError, openMapStore, readMapFile } from '../../../electron/main/store';
import { faultyFs, type FaultStep } from './helpers/faulty-fs';
import { numberedMap, sequenceOf } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

const isPosix = process.platform !== 'win32';

describe('openMapStore', () => {
  const tempDir = useTempDirs();

  async function setup(): Promise<{ dir: string; path: string; backupDir: string }> {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'coalition.coalition.json');
    await createMapFile(path, numberedMap(0));
    return { dir, path, backupDir: join(dir, 'backups') };
  }

  it('saves durably and changes memory only after the write', async () => {
    const { path, backupDir } = await setup();
    const store = await openMapStore(path, { backupDir });
    expect(sequenceOf(store.map)).toBe(0);
    const { savedAt } = await store.save(numberedMap(1));
    expect(Number.isNaN(Date.parse(savedAt))).toBe(false);
    expect(sequenceOf(store.map)).toBe(1);
    expect(sequenceOf(await readMapFile(path))).toBe(1);
    await store.close();
  });

  it('refuses to save an invalid map and keeps the file', async () => {
    const { path, backupDir } = await setup();
    const store = await openMapStore(path, { backupDir });
    const before = await readFile(path);
    const bad = { ...numberedMap(5), ties: [{ id: 't', source: 'nobody', target: 's0' }] } as never;
    await expect(store.save(bad)).rejects.toThrow(/not saved because it is not valid/);
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(sequenceOf(store.map)).toBe(0);
    await store.close();
  });

  it.each<FaultStep>(['write', 'sync', 'rename'])('survives a full disk at %s: file, folder and memory unchanged, retry works', async (step) => {
    const { dir, path, backupDir } = await setup();
    const fs = faultyFs({ step, code: 'ENOSPC', times: 1, matches: (p) => p.startsWith(join(dir, 'maps')) && !p.includes('.json.lock') });
    const store = await openMapStore(path, { backupDir, fs });
    const before = await readFile(path);
    await expect(store.save(numberedMap(7))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await readFile(path)).equals(before)).toBe(true);
    expect((await readdir(join(dir, 'maps'))).sort()).toEqual(['coalition.coalition.json', 'coalition.coalition.json.lock']);
    expect(sequenceOf(store.map)).toBe(0);
    await store.save(numberedMap(7));
    expect(sequenceOf(store.map)).toBe(7);
    expect(sequenceOf(await readMapFile(path))).toBe(7);
    await store.close();
  });

  it('ends correct on disk after 100 concurrent saves', async () => {
    const { path, backupDir } = await setup();
    const store = await openMapStore(path, { backupDir });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => store.save(numberedMap(i + 1))));
    expect(results).toHaveLength(100);
    expect(sequenceOf(store.map)).toBe(100);
    await store.close();
    expect(sequenceOf(await readMapFile(path))).toBe(100);
  });

  it('flush waits for a pending save (what quitting relies on)', async () => {
    const { path, backupDir } = await setup();
    const store = await openMapStore(path, { backupDir });
    void store.save(numberedMap(42));
    await store.flush();
    expect(sequenceOf(await readMapFile(path))).toBe(42);
    expect((await readdir(join(path, '..'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await store.close();
  });

  it.runIf(isPosix)('keeps files 0600 and folders 0700 after create and after 10 writes', async () => {
    const { dir, path, backupDir } = await setup();
    const modes = async (): Promise<number[]> => [
      (await stat(path)).mode & 0o777,
      (await stat(join(dir, 'maps'))).mode & 0o777,
    ];
    expect(await modes()).toEqual([0o600, 0o700]);
    let minute = 0;
    const store = await openMapStore(path, { backupDir, clock: () => new Date(Date.UTC(2025, 0, 1, 0, (minute += 11))) });
    for (let i = 1; i <= 10; i += 1) await store.save(numberedMap(i));
    await store.close();
    expect(await modes()).toEqual([0o600, 0o700]);
    const [folder] = await readdir(backupDir);
    expect(folder).toBeDefined();
    expect((await stat(backupDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(backupDir, folder ?? ''))).mode & 0o777).toBe(0o700);
    for (const name of await readdir(join(backupDir, folder ?? ''))) {
      expect((await stat(join(backupDir, folder ?? '', name))).mode & 0o777).toBe(0o600);
    }
  });

  it('refuses to create over an existing file', async () => {
    const { path } = await setup();
    await expect(createMapFile(path, numberedMap(9))).rejects.toMatchObject({ reason: 'exists' });
    expect(sequenceOf(await readMapFile(path))).toBe(0);
  });

  it('removes temp files a killed writer left behind', async () => {
    const { path, backupDir } = await setup();
    const leftover = join(path, '..', '.coalition.coalition.json.12345.abcdef012345.tmp');
    const unrelated = join(path, '..', 'notes.tmp');
    await writeFile(leftover, '{"half');
    await writeFile(unrelated, 'not ours');
    const store = await openMapStore(path, { backupDir });
    const names = await readdir(join(path, '..'));
    expect(names).not.toContain('.coalition.coalition.json.12345.abcdef012345.tmp');
    expect(names).toContain('notes.tmp');
    await store.close();
  });

  it('refuses saves after close and releases the lock', async () => {
    const { path, backupDir } = await setup();
    const store = await openMapStore(path, { backupDir });
    await store.close();
    await expect(store.save(numberedMap(3))).rejects.toBeInstanceOf(MapFileError);
    const again = await openMapStore(path, { backupDir });
    await again.close();
    expect(await listBackups(path, { backupDir })).toEqual([]);
  });
});
