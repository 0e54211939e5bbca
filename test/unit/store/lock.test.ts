// SEC-13: one writer per map, across processes; a lock left by a dead process is taken over.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMapFile, lockPathFor, openMapStore } from '../../../electron/main/store';
import { numberedMap } from './helpers/maps';
import { runTs, spawnTs, waitForLine } from './helpers/spawn-ts';
import { useTempDirs } from './helpers/temp-dir';

const LOCK_CHILD = 'test/unit/store/helpers/lock-child.ts';

describe('map lock', () => {
  const tempDir = useTempDirs();

  async function setup(): Promise<{ path: string; backupDir: string }> {
    const dir = await tempDir();
    const path = join(dir, 'map.coalition.json');
    await createMapFile(path, numberedMap(0));
    return { path, backupDir: join(dir, 'backups') };
  }

  it('refuses a second process while the map is open, and lets it in after close', async () => {
    const { path, backupDir } = await setup();
    const store = await openMapStore(path, { backupDir });
    expect((await readFile(lockPathFor(path), 'utf8')).trim()).toBe(String(process.pid));
    expect((await runTs(LOCK_CHILD, [path, backupDir])).stdout.trim()).toBe('locked');
    await store.close();
    expect((await runTs(LOCK_CHILD, [path, backupDir])).stdout.trim()).toBe('opened');
  });

  it('refuses this process while another process holds the map', async () => {
    const { path, backupDir } = await setup();
    const child = spawnTs(LOCK_CHILD, [path, backupDir, 'hold']);
    try {
      await waitForLine(child, /^opened$/);
      await expect(openMapStore(path, { backupDir })).rejects.toMatchObject({ reason: 'locked' });
    } finally {
      child.stdin.end();
      await new Promise((resolve) => child.on('close', resolve));
    }
    const store = await openMapStore(path, { backupDir });
    await store.close();
  });

  it('refuses a second open in the same process', async () => {
    const { path, backupDir } = await setup();
    const store = await openMapStore(path, { backupDir });
    await expect(openMapStore(path, { backupDir })).rejects.toMatchObject({ reason: 'locked', message: /already open/ });
    await store.close();
  });

  it('takes over a stale lock whose process is gone', async () => {
    const { path, backupDir } = await setup();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    expect(dead).toBeGreaterThan(0);
    await writeFile(lockPathFor(path), `${dead}\n`);
    const store = await openMapStore(path, { backupDir });
    expect((await readFile(lockPathFor(path), 'utf8')).trim()).toBe(String(process.pid));
    await store.close();
  });

  it('takes over an empty or garbled lock file', async () => {
    const { path, backupDir } = await setup();
    await writeFile(lockPathFor(path), 'not a pid');
    const store = await openMapStore(path, { backupDir });
    // Taken over means held: the lock now names this process and keeps another one out.
    expect(await readFile(lockPathFor(path), 'utf8')).toContain(String(process.pid));
    expect((await runTs(LOCK_CHILD, [path, backupDir])).stdout.trim()).toBe('locked');
    await store.close();
  });
});
