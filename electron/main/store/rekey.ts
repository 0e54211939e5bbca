// Re-encrypts every backup generation of a map under a new codec (a new passphrase, encryption
// turned on, or turned off). Each file is replaced atomically, one at a time. A generation already
// under the new key counts as done, so a run cut short by a crash can simply be repeated.
import { writeFileAtomic } from './atomic-write';
import { backupFileFor, backupIds, type BackupLocation } from './backups';
import { toStored, type ByteCodec } from './codec';
import { nodeFs } from './fs-port';
import { decodeMapBytes, plainBytesOf } from './read-map';

export interface RekeyReport {
  /** Backup ids now stored under the new codec. */
  readonly rewritten: readonly string[];
  /** Backup ids that could be read with neither codec (damaged, or under another passphrase); left as they are. */
  readonly leftAsTheyWere: readonly string[];
}

/** Plain bytes of a stored backup under either codec, checked to be a real map; null when neither opens it. */
function openWithEither(bytes: Uint8Array, file: string, location: BackupLocation, from: ByteCodec | null, to: ByteCodec | null): Uint8Array | null {
  for (const codec of [from, to]) {
    try {
      const plain = plainBytesOf(bytes, file, codec);
      decodeMapBytes(plain, file, location.migrations);
      return plain;
    } catch {
      continue;
    }
  }
  return null;
}

export async function rekeyBackups(
  mapPath: string,
  location: BackupLocation,
  from: ByteCodec | null,
  to: ByteCodec | null,
): Promise<RekeyReport> {
  const fs = location.fs ?? nodeFs;
  const rewritten: string[] = [];
  const leftAsTheyWere: string[] = [];
  for (const id of await backupIds(mapPath, location)) {
    const file = backupFileFor(mapPath, id, location.backupDir);
    const plain = openWithEither(await fs.readFile(file), file, location, from, to);
    if (plain === null) {
      leftAsTheyWere.push(id);
      continue;
    }
    await writeFileAtomic(file, toStored(plain, to), { fs });
    rewritten.push(id);
  }
  return { rewritten, leftAsTheyWere };
}
