// Puts a backup back in place of a map. The map's current content is kept first: as a backup when
// it is readable, moved aside when it is not, so restoring never destroys anything.
import type { MapDocument } from '../../../shared/model';
import { followLinks } from './real-path';
import { writeFileAtomic } from './atomic-write';
import { readBackup, writeBackup } from './backups';
import { toStored, type ByteCodec } from './codec';
import { errorCode, nodeFs, type FsPort } from './fs-port';
import { acquireMapLock } from './lock';
import type { Migration } from '../../../shared/migrations';
import { moveAside, removeLeftoverTemps } from './quarantine';
import { recoverRekey } from './rekey-journal';
import { decodeMapBytes, plainBytesOf } from './read-map';
import { isMapFileError } from './errors';
import { serializeMap } from './serialize';

export interface RestoreOptions {
  readonly backupDir: string;
  readonly clock?: () => Date;
  readonly fs?: FsPort;
  readonly maxBackups?: number;
  readonly migrations?: readonly Migration[];
  /** Decrypts the backup and encrypts what is written; the same key as the map's. */
  readonly codec?: ByteCodec | null;
  /**
   * The user gave a passphrase that opens the backup but not the map file there (damaged, or under
   * another passphrase, which cannot be told apart): move that file aside, unchanged, instead of
   * refusing. Called with where it went.
   */
  readonly setAsideUnopenable?: (movedTo: string) => void;
}

export async function restoreBackup(path: string, backupId: string, options: RestoreOptions): Promise<MapDocument> {
  const fs = options.fs ?? nodeFs;
  const mapPath = await followLinks(path, fs);
  const clock = options.clock ?? (() => new Date());
  const place = { backupDir: options.backupDir, fs, maxBackups: options.maxBackups, migrations: options.migrations, codec: options.codec };
  const lock = await acquireMapLock(mapPath, fs);
  try {
    // A change of passphrase cut short is settled first, so the backup read is in its final form.
    await recoverRekey(mapPath, options.backupDir, fs);
    await removeLeftoverTemps(mapPath, fs);
    // Read the backup first: keeping the current content may rotate the oldest backup away.
    const { map } = await readBackup(mapPath, backupId, place);
    await keepCurrentContent(mapPath, clock(), fs, place, options.setAsideUnopenable);
    await writeFileAtomic(mapPath, toStored(serializeMap(map), options.codec), { fs });
    return map;
  } finally {
    await lock.release();
  }
}

async function keepCurrentContent(
  mapPath: string,
  now: Date,
  fs: FsPort,
  place: Parameters<typeof writeBackup>[3],
  setAside?: (movedTo: string) => void,
): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(mapPath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  let plain: Uint8Array;
  try {
    plain = plainBytesOf(bytes, mapPath, place.codec);
    decodeMapBytes(plain, mapPath, place.migrations);
  } catch (error) {
    // Content under another passphrase is somebody's data, not damage: refuse rather than bury it,
    // unless the user asked for it to be set aside.
    const unopenable = isMapFileError(error) && (error.reason === 'encrypted' || error.reason === 'wrong-passphrase');
    if (unopenable && !setAside) throw error;
    const movedTo = await moveAside(mapPath, now, fs);
    if (unopenable) setAside?.(movedTo);
    return;
  }
  await writeBackup(mapPath, toStored(plain, place.codec), now, place);
}
