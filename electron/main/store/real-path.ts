// A map reached through a symbolic link (a map kept in a synced folder and linked from elsewhere)
// is written where the link points: replacing the file by rename at the link's own path would put
// a plain file in place of the link and leave the real map behind, unchanged. So every writer
// works on the path with all links followed; the lock and the backups follow it too, so two links
// to one map share one lock.
import { resolve } from 'node:path';
import type { FsPort } from './fs-port';

/** The absolute path with links followed; the path as given when that fails (missing, a loop): the read then says why. */
export async function followLinks(path: string, fs: FsPort): Promise<string> {
  const absolute = resolve(path);
  try {
    return await fs.realpath(absolute);
  } catch {
    return absolute;
  }
}
