// Opening a map for writing, shared by the store and by restore: take the lock, sweep leftovers of
// a killed writer, read and check the file. An unreadable file is moved aside, never overwritten.
import type { ByteCodec } from './codec';
import type { DecodedMap } from './read-map';
import { decodeCheckedBytes, decodeMapBytesInSlices, plainBytesOf, readMapBytes } from './read-map';
import { wasChecked } from './checked-record';
import { MapFileError } from './errors';
import type { FsPort } from './fs-port';
import { acquireMapLock, type MapLock } from './lock';
import type { Migration } from '../../../shared/migrations';
import { moveAside, removeLeftoverTemps } from './quarantine';
import { recoverRekey } from './rekey-journal';

export interface LockedRead {
  readonly lock: MapLock;
  readonly bytes: Buffer;
  /** The file's bytes after decryption (the same as `bytes` for a plain map). */
  readonly plain: Uint8Array;
  readonly decoded: DecodedMap;
  /** A change of passphrase a crash cut short, finished or reported (rekey-journal.ts); else null. */
  readonly recovered: string | null;
}

/** Lets the event loop run what waits (I/O callbacks, timers) before the next slice of work. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function lockAndRead(
  path: string,
  fs: FsPort,
  now: () => Date,
  migrations: readonly Migration[] | undefined,
  codec: ByteCodec | null = null,
  backupDir: string | null = null,
  checkedDir: string | null = null,
): Promise<LockedRead> {
  const lock = await acquireMapLock(path, fs);
  let recovered: string | null = null;
  try {
    // Before the sweep: a committed change's temp files are the map's new content.
    if (backupDir !== null) recovered = await recoverRekey(path, backupDir, fs);
    await removeLeftoverTemps(path, fs);
    // I/O failures (missing, permission) leave the file alone: it may be fine once reachable.
    const bytes = await readMapBytes(path, fs);
    try {
      // A wrong passphrase or an encrypted map without one is not damage: quarantine leaves it be.
      const plain = plainBytesOf(bytes, path, codec);
      // Bytes this app wrote after checking them are only parsed; any others are checked whole, in
      // slices with a turn of the event loop between them, so the window's script and other calls
      // are served meanwhile (about 0.3 s of CPU at 20,000 stakeholders).
      const recorded = checkedDir !== null && (await wasChecked(checkedDir, path, bytes, fs));
      if (recorded) await nextTurn(); // the digest and the parse: two blocks, not one
      const written = recorded ? decodeCheckedBytes(plain) : null;
      return { lock, bytes, plain, decoded: written ?? (await decodeMapBytesInSlices(plain, path, nextTurn, migrations)), recovered };
    } catch (error) {
      throw await quarantine(error, path, fs, now());
    }
  } catch (error) {
    await lock.release();
    // The map did not open (say, it now needs its passphrase): the user still hears what happened.
    if (recovered !== null && error instanceof MapFileError) throw new MapFileError(error.reason, error.path, `${error.message}\n${recovered}`, error.movedTo);
    throw error;
  }
}

/** Bad content moves aside; a newer version is the user's good data and stays exactly where it is. */
async function quarantine(error: unknown, path: string, fs: FsPort, now: Date): Promise<unknown> {
  if (!(error instanceof MapFileError) || (error.reason !== 'invalid' && error.reason !== 'unreadable')) return error;
  let movedTo: string;
  try {
    movedTo = await moveAside(path, now, fs);
  } catch {
    return new MapFileError(error.reason, path, `${error.message}\nThe file was left where it is and will not be written to.`);
  }
  return new MapFileError(error.reason, path, `${error.message}\nThe file was moved aside to ${movedTo} and kept unchanged.`, movedTo);
}
