// Durable, atomic replacement of a file: a crash or a full disk leaves either the old bytes or the
// new ones, never a mix. Unique temp file beside the target (so rename stays on one file system),
// fsync it, rename over the target, then fsync the folder so the rename itself survives power loss.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode, nodeFs, type FsPort } from './fs-port';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

export interface WriteOptions {
  readonly fs?: FsPort;
  readonly platform?: NodeJS.Platform;
  /** Pause between rename attempts (Windows antivirus and indexers hold files briefly). */
  readonly retryDelayMs?: number;
}

const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 5;

/** The temp name for a target: hidden, tied to the target's name so leftovers can be found later. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempOf(target: string, candidateName: string): boolean {
  const prefix = `.${basename(target)}.`;
  return candidateName.startsWith(prefix) && /^\d+\.[0-9a-f]+\.tmp$/.test(candidateName.slice(prefix.length));
}

/** Writes `data` to a fresh private temp file and makes it durable; the caller decides where it goes. */
export async function writeDurableTemp(target: string, data: string | Uint8Array, fs: FsPort): Promise<string> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
  return temp;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const temp = await writeDurableTemp(target, data, fs);
  try {
    await renameWithRetry(fs, temp, target, options.retryDelayMs ?? 50);
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
  await syncFolder(fs, dirname(target), options.platform ?? process.platform);
}

async function renameWithRetry(fs: FsPort, from: string, to: string, delayMs: number): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= RENAME_ATTEMPTS || code === undefined || !RENAME_RETRY_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

/** Some file systems cannot fsync a folder; that is no reason to fail a write that already landed. */
const UNSUPPORTED_DIR_SYNC = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF']);

export async function syncFolder(fs: FsPort, folder: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  // Windows cannot open a folder for fsync, and NTFS journals the rename itself.
  if (platform === 'win32') return;
  let handle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (UNSUPPORTED_DIR_SYNC.has(errorCode(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!UNSUPPORTED_DIR_SYNC.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

export async function removeQuietly(fs: FsPort, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch {
    // Already gone, or never created: nothing to clean up.
  }
}

/** Creates a folder (and parents) private to the user; tightens only folders this call created. */
export async function ensurePrivateFolder(folder: string, fs: FsPort = nodeFs): Promise<void> {
  const firstCreated = await fs.mkdir(folder, PRIVATE_DIR_MODE);
  if (firstCreated === undefined) return;
  // mkdir's mode is filtered by the umask; chmod makes 0700 exact for every folder we made.
  let current = folder;
  for (;;) {
    await fs.chmod(current, PRIVATE_DIR_MODE);
    if (current === firstCreated || dirname(current) === current) break;
    current = dirname(current);
  }
}
