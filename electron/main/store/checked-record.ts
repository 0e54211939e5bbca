// A map file holding exactly the bytes this app last wrote there is read back without the schema's
// whole check (about half the CPU of opening a 20,000-person map): every write checks the map whole
// first (serialize.ts validateForWrite), and the store keeps, in the app's own data folder, the
// SHA-256 of the bytes it wrote. A file changed since in any way (by hand, by another program, by the
// command line, restored, cut short) has other bytes and is checked whole as before. A record that is
// missing, stale or torn only means the whole check. The digest is of the stored bytes, so an
// encrypted map's record says nothing about its content.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { MAP_VERSION } from '../../../shared/schema';
import { ensurePrivateFolder, PRIVATE_FILE_MODE } from './atomic-write';
import type { FsPort } from './fs-port';

/**
 * Which check the recorded bytes passed. Raise the number whenever the map's check grows stricter,
 * so that files an older check passed are checked whole once more.
 */
export const CHECK_EDITION = `map ${MAP_VERSION}, check 1`;

/** The folder of records, in the app's data folder (never beside the map, which may be anywhere). */
export function checkedRecordsDir(dataDir: string): string {
  return join(dataDir, 'checked');
}

function digest(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One record per map path; its name is the path's digest, so no map's name shows in the folder. */
function recordPath(dir: string, mapPath: string): string {
  return join(dir, `${createHash('sha256').update(mapPath).digest('hex')}.json`);
}

/** `bytes` as the file holds them: a string is written as UTF-8. */
function recordOf(bytes: string | Uint8Array): string {
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes, 'utf8') : bytes.length;
  return JSON.stringify({ check: CHECK_EDITION, size, sha256: digest(bytes) });
}

/**
 * Notes that `stored` (the file's bytes as written) passed the whole check. Best effort: if it
 * fails, the old record no longer matches the file and the next open checks it whole.
 */
export async function noteChecked(dir: string, mapPath: string, stored: string | Uint8Array, fs: FsPort): Promise<void> {
  try {
    await ensurePrivateFolder(dir, fs);
    const handle = await fs.open(recordPath(dir, mapPath), 'w', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(recordOf(stored));
    } finally {
      await handle.close();
    }
  } catch {
    // Nothing lost: without a matching record the map is checked whole.
  }
}

/** Whether `stored` are exactly the bytes this app last wrote to `mapPath` after checking them. */
export async function wasChecked(dir: string, mapPath: string, stored: Uint8Array, fs: FsPort): Promise<boolean> {
  let text: string;
  try {
    text = (await fs.readFile(recordPath(dir, mapPath))).toString('utf8');
  } catch {
    return false;
  }
  return text === recordOf(stored);
}
