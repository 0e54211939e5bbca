// A map that cannot be read is never overwritten: it is renamed aside so the user (or a helper)
// can still recover it, and the app can start fresh or restore a backup in its place.
import { errorCode, type FsPort } from './fs-port';
import { isTempOf, removeQuietly } from './atomic-write';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from './lock-owner';

/** A timestamp that sorts, and is safe in file names on every platform. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export async function moveAside(mapPath: string, now: Date, fs: FsPort): Promise<string> {
  const base = `${mapPath}.corrupt-${fileStamp(now)}`;
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (await exists(fs, candidate)) continue;
    await fs.rename(mapPath, candidate);
    return candidate;
  }
  throw new Error(`${mapPath}: could not find a free name to move the unreadable file aside`);
}

export async function exists(fs: FsPort, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Removes temp files a killed writer left beside the map; call only while holding the map's lock.
 * The lock's own record temps are removed only when the process named in them is gone: a live one
 * may be trying to take the lock this moment.
 */
export async function removeLeftoverTemps(mapPath: string, fs: FsPort): Promise<number> {
  const folder = dirname(mapPath);
  const lockPath = `${mapPath}.lock`;
  let removed = 0;
  for (const name of await fs.readdir(folder)) {
    const deadLockTemp = isTempOf(lockPath, name) && !isProcessAlive(Number(name.slice(basename(lockPath).length + 2).split('.')[0]));
    const journalTemp = isTempOf(`${mapPath}.rekey-journal`, name);
    if (!isTempOf(mapPath, name) && !deadLockTemp && !journalTemp) continue;
    await removeQuietly(fs, join(folder, name));
    removed += 1;
  }
  return removed;
}
