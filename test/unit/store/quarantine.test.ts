// DUR-5: a map that cannot be read is moved aside, never overwritten, and good backups are offered.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMapFile, listBackups, MapFileError, openMapStore, restoreBackup } from '../../../electron/main/store';
import { mapFileErrorFrom } from './helpers/map-file-error';
import { fixturePath, numberedMap, sequenceOf } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

function openFailure(path: string, backupDir: string, clock: () => Date): Promise<MapFileError> {
  return mapFileErrorFrom(async () => {
    const store = await openMapStore(path, { backupDir, clock });
    await store.close();
  }, 'expected the map to be refused');
}

describe('opening a map that cannot be read', () => {
  const tempDir = useTempDirs();
  const clock = (): Date => new Date('2025-03-01T09:30:00.000Z');

  const cases: [string, () => Promise<Uint8Array>, MapFileError['reason']][] = [
    ['empty', async () => new Uint8Array(0), 'unreadable'],
    ['truncated', () => readFile(fixturePath('truncated.coalition.json')), 'unreadable'],
    ['NUL-filled', async () => new Uint8Array(4096), 'unreadable'],
    ['null', async () => Buffer.from('null'), 'invalid'],
    ['{}', async () => Buffer.from('{}'), 'invalid'],
    ['wrong-schema', () => readFile(fixturePath('wrong-schema.coalition.json')), 'invalid'],
  ];

  it.each(cases)('moves a %s file aside unchanged and offers the backups', async (_label, content, reason) => {
    const dir = await tempDir();
    const path = join(dir, 'map.coalition.json');
    const backupDir = join(dir, 'backups');
    await createMapFile(path, numberedMap(1));
    const store = await openMapStore(path, { backupDir });
    await store.save(numberedMap(2)); // the first save backs up seq 1
    await store.close();
    const bytes = await content();
    await writeFile(path, bytes);

    const error = await openFailure(path, backupDir, clock);
    expect(error.reason).toBe(reason);
    expect(error.movedTo).toBe(`${path}.corrupt-2025-03-01T09-30-00-000Z`);
    expect(error.message).toContain(error.movedTo ?? '');
    expect((await readFile(error.movedTo ?? '')).equals(Buffer.from(bytes))).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['backups', 'map.coalition.json.corrupt-2025-03-01T09-30-00-000Z']);

    const backups = await listBackups(path, { backupDir });
    expect(backups).toHaveLength(1);
    const restored = await restoreBackup(path, backups[0]?.id ?? '', { backupDir });
    expect(sequenceOf(restored)).toBe(1);
    const reopened = await openMapStore(path, { backupDir });
    expect(sequenceOf(reopened.map)).toBe(1);
    await reopened.close();
  });

  it('leaves a newer-version map exactly where it is', async () => {
    const dir = await tempDir();
    const path = join(dir, 'future.coalition.json');
    const bytes = await readFile(fixturePath('newer-version.coalition.json'));
    await writeFile(path, bytes);
    const error = await openFailure(path, join(dir, 'backups'), clock);
    expect(error.reason).toBe('newer-version');
    expect(error.movedTo).toBeNull();
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect(await readdir(dir)).toEqual(['future.coalition.json']);
  });

  it('reports a missing map without creating anything', async () => {
    const dir = await tempDir();
    const error = await openFailure(join(dir, 'gone.coalition.json'), join(dir, 'backups'), clock);
    expect(error.reason).toBe('missing');
    expect(await readdir(dir)).toEqual([]);
  });
});
