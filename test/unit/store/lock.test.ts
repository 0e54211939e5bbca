// SEC-13: one writer per map, across processes; a lock left by a dead process is taken over.
import { spawn, spawnSync } from 'node:child_process';
import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMapFile, lockPathFor, nodeFs, openMapStore, type FsPort } from '../../../electron/main/store';
import { processStartTime } from '../../../electron/main/store/lock-owner';
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
    const owner = JSON.parse(await readFile(lockPathFor(path), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, start: processStartTime(process.pid), host: hostname() });
    expect(owner.start).toMatch(/^\d+$/);
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
    expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('takes over an empty or garbled lock file left long ago, but not one made a moment ago', async () => {
    const { path, backupDir } = await setup();
    for (const content of ['', 'not a pid', '{"pid":']) {
      await writeFile(lockPathFor(path), content);
      await expect(openMapStore(path, { backupDir })).rejects.toMatchObject({ reason: 'locked', message: /opening it at this moment/ });
      const old = new Date(Date.now() - 60_000);
      await utimes(lockPathFor(path), old, old);
      const store = await openMapStore(path, { backupDir });
      expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
      await store.close();
    }
  });

  describe('owner known by pid, start time and computer', () => {
    const record = (pid: number, start: string | null, host = hostname()): string => `${JSON.stringify({ pid, start, host, nonce: 'ab12' })}\n`;

    async function withLiveProcess(run: (pid: number, start: string) => Promise<void>): Promise<void> {
      const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      try {
        const start = processStartTime(child.pid as number);
        expect(start).toMatch(/^\d+$/);
        await run(child.pid as number, start as string);
      } finally {
        child.kill();
      }
    }

    it('refuses while the named process runs with the recorded start time', async () => {
      const { path, backupDir } = await setup();
      await withLiveProcess(async (pid, start) => {
        await writeFile(lockPathFor(path), record(pid, start));
        await expect(openMapStore(path, { backupDir })).rejects.toMatchObject({ reason: 'locked', message: new RegExp(`process ${pid}`) });
      });
    });

    it('takes over a lock whose pid now belongs to a process started at another time (a reused pid)', async () => {
      const { path, backupDir } = await setup();
      await withLiveProcess(async (pid, start) => {
        await writeFile(lockPathFor(path), record(pid, String(Number(start) + 7)));
        const store = await openMapStore(path, { backupDir });
        expect(JSON.parse(await readFile(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
        await store.close();
      });
    });

    it('refuses a lock held on another computer (its processes cannot be checked from here)', async () => {
      const { path, backupDir } = await setup();
      await writeFile(lockPathFor(path), record(spawnSync(process.execPath, ['-e', '']).pid as number, '5', 'other-laptop'));
      await expect(openMapStore(path, { backupDir })).rejects.toMatchObject({ reason: 'locked', message: /other-laptop/ });
    });
  });

  it('a map closed on a drive that went read-only is not locked for good', async () => {
    const { path, backupDir } = await setup();
    const readOnly: FsPort = {
      ...nodeFs,
      unlink: async (file) => {
        if (file === lockPathFor(path)) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
        await nodeFs.unlink(file);
      },
    };
    const store = await openMapStore(path, { backupDir, fs: readOnly });
    await store.close();
    expect((await stat(lockPathFor(path))).isFile()).toBe(true);
    // This process released it, so it is stale here at once; other processes see it stale when this one ends.
    const again = await openMapStore(path, { backupDir });
    await again.close();
    expect(await readdir(join(path, '..'))).toEqual(['map.coalition.json']);
  });
});
