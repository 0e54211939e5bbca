// An encrypted map's file name must not say whose map it is. Maps the app creates are named after
// their coalition ("riverside-safety.coalition.json"); when such a map gets a passphrase it moves
// to a neutral name ("map-3f9a0c2e.coalition.json"), its backups with it (their folder is named by
// a hash of the map's path). Only maps in the app's own maps folder are moved: a file the user
// named and placed elsewhere may be linked or synced under that name, so they are told instead.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { slugOf } from '../../../shared/slug';
import { syncFolder } from './atomic-write';
import { backupFolderFor } from './backups';
import { MAP_EXTENSION } from './file-names';
import { errorCode, nodeFs, type FsPort } from './fs-port';
import { exists } from './quarantine';

const NEUTRAL_NAME = /^map-[0-9a-f]{8}\.coalition\.json$/;

/** True when the file's name shows (a slug of) the coalition's name. */
export function nameReveals(mapPath: string, coalitionName: string): boolean {
  const slug = slugOf(coalitionName);
  return slug !== '' && slugOf(basename(mapPath)).includes(slug);
}

export function isNeutralName(mapPath: string): boolean {
  return NEUTRAL_NAME.test(basename(mapPath));
}

/** A free neutral name in `folder`. */
export async function neutralMapPath(folder: string, fs: FsPort = nodeFs): Promise<string> {
  for (;;) {
    const candidate = join(folder, `map-${randomBytes(4).toString('hex')}${MAP_EXTENSION}`);
    if (!(await exists(fs, candidate))) return candidate;
  }
}

/**
 * Moves a closed map file and its backups to `target` (which must not exist). The new name is a hard
 * link first, so a crash leaves the map under one name or both, never neither; then the backup
 * folder follows, then the old name goes.
 */
export async function moveMapFile(from: string, target: string, backupDir: string, fs: FsPort = nodeFs): Promise<void> {
  await fs.link(from, target);
  const backups = backupFolderFor(from, backupDir);
  try {
    await fs.rename(backups, backupFolderFor(target, backupDir));
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      await fs.unlink(target);
      throw error;
    }
  }
  await fs.unlink(from);
  await syncFolder(fs, dirname(target));
  await syncFolder(fs, backupDir);
}

/** A file name the window suggested (an export's), with the coalition's name taken out of it. */
export function withoutCoalitionName(suggested: string, coalitionName: string): string {
  const slug = slugOf(coalitionName);
  return slug === '' ? suggested : suggested.split(slug).join('coalition');
}
