// The way back for a damaged encrypted map: its backups are encrypted too, so without the key they
// can be neither listed nor restored. The problem screen is told how many there are; given the
// passphrase, the key is derived from a backup's own envelope (proving the passphrase on it), and
// that key lists the backups and restores one, which stays encrypted under the same passphrase.
import { ENCRYPTED_MAP_FORMAT } from './store/codec';
import { backupFileFor, backupIds } from './store/backups';
import { decodeJsonBytes } from './store/safe-json';
import { isMapFileError } from './store/errors';
import { nodeFs } from './store/fs-port';
import { unlockPassphraseCodec, type PassphraseCodec } from './crypto';

function isEnvelope(bytes: Uint8Array): boolean {
  const decoded = decodeJsonBytes(bytes);
  return decoded.ok && decoded.value !== null && typeof decoded.value === 'object' && (decoded.value as { format?: unknown }).format === ENCRYPTED_MAP_FORMAT;
}

/** Ids of the map's backups stored encrypted, newest first. */
async function encryptedBackupIds(mapPath: string, backupDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const id of await backupIds(mapPath, { backupDir })) {
    try {
      if (isEnvelope(await nodeFs.readFile(backupFileFor(mapPath, id, backupDir)))) found.push(id);
    } catch {
      continue;
    }
  }
  return found;
}

export async function encryptedBackupCount(mapPath: string, backupDir: string): Promise<number> {
  return (await encryptedBackupIds(mapPath, backupDir)).length;
}

/**
 * A codec for the map's encrypted backups, from `passphrase`: proven on `backupId` when given, else
 * on the newest encrypted backup it opens. Throws a plain sentence when it opens none.
 */
export async function backupCodec(mapPath: string, backupDir: string, passphrase: string, backupId?: string): Promise<PassphraseCodec> {
  const ids = backupId === undefined ? await encryptedBackupIds(mapPath, backupDir) : [backupId];
  for (const id of ids) {
    const file = backupFileFor(mapPath, id, backupDir);
    try {
      const codec = await unlockPassphraseCodec(await nodeFs.readFile(file), passphrase, file);
      if (codec !== null) return codec;
    } catch (error) {
      // A backup under an older passphrase, or damaged: try the next one.
      if (!isMapFileError(error)) throw error;
    }
  }
  const which = backupId === undefined ? 'any of the backups of this map' : 'that backup';
  throw new Error(`That passphrase does not open ${which}, so nothing was restored. Check for typing mistakes and Caps Lock.`);
}
