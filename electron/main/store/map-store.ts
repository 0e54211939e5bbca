// An open, locked map: the one place a map is saved from. Saves run one at a time through a queue
// (no lost updates), each is validated and written durably, and only then does `map` change.
import { resolve } from 'node:path';
import type { MapDocument } from '../../../shared/model';
import type { SaveResult } from '../../../shared/ipc';
import { writeFileAtomic } from './atomic-write';
import { newestBackupTime, writeBackup } from './backups';
import { MapFileError } from './errors';
import { nodeFs, type FsPort } from './fs-port';
import type { Migration } from './migrations';
import { lockAndRead } from './open-file';
import { serializeMap, validateForWrite } from './serialize';

export interface MapStoreOptions {
  readonly backupDir: string;
  readonly clock?: () => Date;
  readonly fs?: FsPort;
  /** A backup of the previous content is taken before a save when the newest is this old. */
  readonly backupIntervalMinutes?: number;
  readonly maxBackups?: number;
  readonly migrations?: readonly Migration[];
}

export interface MapStore {
  readonly path: string;
  /** What is on disk: replaced only after a save has landed. */
  readonly map: MapDocument;
  save(map: MapDocument): Promise<SaveResult>;
  /** Resolves when every queued save has finished (call before quitting). */
  flush(): Promise<void>;
  /** Finishes pending saves and releases the lock. */
  close(): Promise<void>;
}

export async function openMapStore(path: string, options: MapStoreOptions): Promise<MapStore> {
  const mapPath = resolve(path);
  const fs = options.fs ?? nodeFs;
  const clock = options.clock ?? (() => new Date());
  const intervalMs = (options.backupIntervalMinutes ?? 10) * 60_000;
  const backupPlace = { backupDir: options.backupDir, fs, maxBackups: options.maxBackups, migrations: options.migrations };
  const { lock, bytes, decoded } = await lockAndRead(mapPath, fs, clock, options.migrations);

  let current = decoded.map;
  try {
    if (decoded.migratedFrom !== null) {
      // Keep the original bytes before the migrated form replaces them.
      await writeBackup(mapPath, bytes, clock(), backupPlace);
      await writeFileAtomic(mapPath, serializeMap(current), { fs });
    }
  } catch (error) {
    await lock.release();
    throw error;
  }

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function backupIfDue(now: Date): Promise<void> {
    const newest = await newestBackupTime(mapPath, backupPlace);
    if (newest !== null && now.getTime() - newest.getTime() < intervalMs) return;
    await writeBackup(mapPath, serializeMap(current), now, backupPlace);
  }

  async function write(next: MapDocument): Promise<SaveResult> {
    if (closed) throw new MapFileError('locked', mapPath, `${mapPath}: the map was closed, so it was not saved`);
    const valid = validateForWrite(next, mapPath);
    await backupIfDue(clock());
    await writeFileAtomic(mapPath, serializeMap(valid), { fs });
    current = valid;
    return { savedAt: clock().toISOString() };
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    // A failed save must not block the ones after it.
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    path: mapPath,
    get map() {
      return current;
    },
    save: (next) => enqueue(() => write(next)),
    flush: () => enqueue(async () => undefined),
    close: async () => {
      await enqueue(async () => undefined);
      if (closed) return;
      closed = true;
      await lock.release();
    },
  };
}
