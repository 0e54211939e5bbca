// DUR-7: backups are taken only when due, rotate, skip unreadable generations and restore.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolderFor, createMapFile, listBackups, openMapStore, restoreBackup } from '../../../electron/main/store';
import { numberedMap, sequenceOf } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

describe('backups', () => {
  const tempDir = useTempDirs();

  async function setup(): Promise<{ path: string; backupDir: string; tick: (minutes: number) => void; clock: () => Date }> {
    const dir = await tempDir();
    const path = join(dir, 'map.coalition.json');
    await createMapFile(path, numberedMap(0));
    let now = Date.UTC(2025, 5, 1, 8, 0);
    return {
      path,
      backupDir: join(dir, 'backups'),
      tick: (minutes) => {
        now += minutes * 60_000;
      },
      clock: () => new Date(now),
    };
  }

  it('backs up the previous content only when the newest backup is older than the interval', async () => {
    const { path, backupDir, tick, clock } = await setup();
    const store = await openMapStore(path, { backupDir, clock });
    await store.save(numberedMap(1)); // no backup yet: keeps seq 0
    tick(3);
    await store.save(numberedMap(2)); // 3 minutes later: not due
    tick(8);
    await store.save(numberedMap(3)); // 11 minutes after the first: keeps seq 2
    await store.close();
    const backups = await listBackups(path, { backupDir });
    expect(backups.map((b) => b.takenAt)).toEqual(['2025-06-01T08:11:00.000Z', '2025-06-01T08:00:00.000Z']);
    expect(backups[0]?.stakeholders).toBe(3);
  });

  it('keeps at most the configured number of generations, newest first', async () => {
    const { path, backupDir, tick, clock } = await setup();
    const store = await openMapStore(path, { backupDir, clock, maxBackups: 10 });
    for (let i = 1; i <= 14; i += 1) {
      await store.save(numberedMap(i));
      tick(10);
    }
    await store.close();
    const backups = await listBackups(path, { backupDir });
    expect(backups).toHaveLength(10);
    expect(backups[0]?.takenAt).toBe('2025-06-01T10:10:00.000Z');
    expect(backups.at(-1)?.takenAt).toBe('2025-06-01T08:40:00.000Z');
    const restored = await restoreBackup(path, backups.at(-1)?.id ?? '', { backupDir, clock });
    expect(sequenceOf(restored)).toBe(4);
  });

  it('skips a backup that cannot be read', async () => {
    const { path, backupDir, tick, clock } = await setup();
    const store = await openMapStore(path, { backupDir, clock });
    await store.save(numberedMap(1));
    tick(15);
    await store.save(numberedMap(2));
    await store.close();
    const folder = backupFolderFor(path, backupDir);
    const [oldest] = (await readdir(folder)).sort();
    await writeFile(join(folder, oldest ?? ''), '{"half');
    const backups = await listBackups(path, { backupDir });
    expect(backups).toHaveLength(1);
    expect(backups[0]?.takenAt).toBe('2025-06-01T08:15:00.000Z');
  });

  it('restores a backup and keeps the replaced content as a new backup', async () => {
    const { path, backupDir, tick, clock } = await setup();
    const store = await openMapStore(path, { backupDir, clock });
    await store.save(numberedMap(1));
    await store.close();
    const [only] = await listBackups(path, { backupDir });
    tick(1);
    const restored = await restoreBackup(path, only?.id ?? '', { backupDir, clock });
    expect(sequenceOf(restored)).toBe(0);
    expect(sequenceOf(JSON.parse(await readFile(path, 'utf8')))).toBe(0);
    const after = await listBackups(path, { backupDir });
    expect(after).toHaveLength(2);
    expect(after[0]?.takenAt).toBe('2025-06-01T08:01:00.000Z');
  });

  it('refuses backup ids that are not backup names', async () => {
    const { path, backupDir } = await setup();
    await expect(restoreBackup(path, '../../etc/passwd', { backupDir })).rejects.toThrow(/no backup called/);
    await expect(restoreBackup(path, '2025-06-01T08-00-00-000Z', { backupDir })).rejects.toThrow(/was not found/);
  });

  it('keeps separate maps with the same name apart', async () => {
    const a = await setup();
    const b = await setup();
    expect(backupFolderFor(a.path, a.backupDir)).not.toBe(backupFolderFor(b.path, a.backupDir));
  });

  it('keeps taking backups after the clock was set back five hours, and the new ones count as newest', async () => {
    const { path, backupDir, tick, clock } = await setup();
    let ticks = 0;
    const monotonic = () => ticks;
    const store = await openMapStore(path, { backupDir, clock, monotonic });
    await store.save(numberedMap(1)); // first backup, at 08:00, keeps seq 0
    tick(-5 * 60); // the clock is set back to 03:00
    // 27 saves over five hours of real time, one every 11 minutes.
    for (let n = 2; n <= 28; n += 1) {
      ticks += 11 * 60_000;
      tick(11);
      await store.save(numberedMap(n));
    }
    await store.close();
    const backups = await listBackups(path, { backupDir });
    expect(backups).toHaveLength(10);
    // Newest first, in the order they were taken: the last backup holds what the 27th save replaced.
    expect(backups.map((b) => b.takenAt)).toEqual([...backups.map((b) => b.takenAt)].sort().reverse());
    const newest = await restoreBackup(path, backups[0]?.id ?? '', { backupDir, clock });
    expect(sequenceOf(newest)).toBe(27);
  });

  it('removes temp files a killed writer left among the backups when the map is opened', async () => {
    const { path, backupDir, clock } = await setup();
    const store = await openMapStore(path, { backupDir, clock });
    await store.save(numberedMap(1));
    await store.close();
    const folder = backupFolderFor(path, backupDir);
    const leftovers = ['.2025-06-01T08-00-00-000Z.json.4242.0a1b2c.tmp', '.2025-06-01T09-00-00-000Z.json.17.ff00.tmp'];
    for (const name of leftovers) await writeFile(join(folder, name), 'half a backup');
    const reopened = await openMapStore(path, { backupDir, clock });
    expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await reopened.close();
  });
});
