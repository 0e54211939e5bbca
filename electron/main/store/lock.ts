// One writer per map: a lock file beside it, created exclusively and holding the owner's pid.
// A lock left by a process that no longer runs (a crash, a kill) is taken over.
import { MapFileError } from './errors';
import { errorCode, type FsPort } from './fs-port';
import { PRIVATE_FILE_MODE, removeQuietly } from './atomic-write';

export interface MapLock {
  readonly path: string;
  release(): Promise<void>;
}

export function lockPathFor(mapPath: string): string {
  return `${mapPath}.lock`;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function tryCreate(fs: FsPort, lockPath: string): Promise<boolean> {
  try {
    const handle = await fs.open(lockPath, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(`${process.pid}\n`);
    } catch (error) {
      await handle.close();
      await removeQuietly(fs, lockPath);
      throw error;
    }
    await handle.close();
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

async function readOwner(fs: FsPort, lockPath: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await fs.readFile(lockPath)).toString('utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export async function acquireMapLock(
  mapPath: string,
  fs: FsPort,
  isAlive: (pid: number) => boolean = isProcessAlive,
): Promise<MapLock> {
  const lockPath = lockPathFor(mapPath);
  let created: boolean;
  try {
    created = await tryCreate(fs, lockPath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new MapFileError('missing', mapPath, `${mapPath}: the folder of this map was not found`);
    throw new MapFileError('locked', mapPath, `${mapPath}: could not take the lock (${errorCode(error) ?? 'unknown error'})`);
  }
  if (!created) {
    const owner = await readOwner(fs, lockPath);
    // Our own pid counts as alive: a second open in this process is refused too.
    if (owner !== null && isAlive(owner)) {
      throw new MapFileError(
        'locked',
        mapPath,
        `${mapPath}: this map is already open in another window or program (process ${owner}). Close it there first.`,
      );
    }
    await removeQuietly(fs, lockPath);
    if (!(await tryCreate(fs, lockPath))) {
      throw new MapFileError('locked', mapPath, `${mapPath}: another program took this map's lock at the same moment`);
    }
  }
  let released = false;
  return {
    path: lockPath,
    async release() {
      if (released) return;
      released = true;
      // Remove the lock only while it is still ours.
      if ((await readOwner(fs, lockPath)) === process.pid) await removeQuietly(fs, lockPath);
    },
  };
}
