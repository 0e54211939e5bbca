// Replaces an existing file with a map, after the user confirmed the replacement in the system's
// save dialog. Under the file's lock (so a map open in another window or program is refused), a
// readable map that is there is kept as a backup first; then the new map is written atomically, so
// a crash leaves either the old file or the new one.
import type { MapDocument } from '../../../shared/model';
import { followLinks } from './real-path';
import { writeFileAtomic } from './atomic-write';
import { writeBackup } from './backups';
import { toStored, type ByteCodec } from './codec';
import { isMapFileError } from './errors';
import { errorCode, nodeFs, type FsPort } from './fs-port';
import { acquireMapLock } from './lock';
import type { Migration } from '../../../shared/migrations';
import { decodeMapBytes, plainBytesOf } from './read-map';
import { serializeMap, validateForWrite } from './serialize';

export interface ReplaceOptions {
  readonly backupDir: string;
  readonly clock?: () => Date;
  readonly fs?: FsPort;
  readonly migrations?: readonly Migration[];
  /** Encrypts the new content and the backup of what was there. */
  readonly codec?: ByteCodec | null;
}

export interface ReplacedMap {
  readonly map: MapDocument;
  /** The backup holding what the file held before, or null when it held no coalition map. */
  readonly backupId: string | null;
}

/** What to keep of the bytes there: a fresh stored form of a readable map; an unreadable-here map
 *  (newer version, encrypted with another passphrase) as it is; null for anything else. */
function keepableForm(
  bytes: Buffer,
  path: string,
  migrations: readonly Migration[] | undefined,
  codec: ByteCodec | null | undefined,
): string | Uint8Array | null {
  try {
    const plain = plainBytesOf(bytes, path, codec);
    decodeMapBytes(plain, path, migrations);
    return toStored(plain, codec);
  } catch (error) {
    const kept = ['newer-version', 'encrypted', 'wrong-passphrase'];
    return isMapFileError(error) && kept.includes(error.reason) ? bytes : null;
  }
}

async function readIfThere(fs: FsPort, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

export async function replaceMapFile(path: string, map: MapDocument, options: ReplaceOptions): Promise<ReplacedMap> {
  const fs = options.fs ?? nodeFs;
  const target = await followLinks(path, fs);
  const clock = options.clock ?? (() => new Date());
  // Validate before touching anything: an invalid map never replaces a good file.
  const valid = validateForWrite(map, target);
  const lock = await acquireMapLock(target, fs);
  try {
    const previous = await readIfThere(fs, target);
    const kept = previous === null ? null : keepableForm(previous, target, options.migrations, options.codec);
    const backupId =
      kept !== null ? await writeBackup(target, kept, clock(), { backupDir: options.backupDir, fs, migrations: options.migrations }) : null;
    await writeFileAtomic(target, toStored(serializeMap(valid), options.codec), { fs });
    return { map: valid, backupId };
  } finally {
    await lock.release();
  }
}
