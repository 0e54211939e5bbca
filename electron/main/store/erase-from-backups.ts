// A secure delete reaches the backups too: every backup generation of a map that still holds one of
// the deleted stakeholders is decoded, has them removed with the same edit the window used (their
// ties, meeting and committee places go with them), and is written back atomically under its own
// name, encrypted again when the map is. Call it only after the delete itself has been saved, and
// only while holding the map's lock (it also clears the map's leftover temp files).
import { join } from 'node:path';
import { removeStakeholder } from '../../../shared/edits';
import type { MapDocument } from '../../../shared/model';
import { removeQuietly, writeFileAtomic } from './atomic-write';
import { backupFileFor, backupFolderFor, backupIds, type BackupLocation } from './backups';
import { toStored } from './codec';
import { errorCode, nodeFs, type FsPort } from './fs-port';
import { exists, removeLeftoverTemps } from './quarantine';
import { decodeMapBytes } from './read-map';
import { serializeMap, validateForWrite } from './serialize';

export interface EraseReport {
  /** Backup ids that held a deleted stakeholder and were rewritten without them. */
  readonly rewritten: readonly string[];
  /** Backup ids that could not be read (damaged, or under another passphrase); left as they were. */
  readonly unreadable: readonly string[];
  /** Backup ids that still hold a deleted stakeholder because writing the cleaned copy failed. */
  readonly notRewritten: readonly string[];
  /** Leftover temp files of the map (beside it and in its backup folder) that were removed. */
  readonly tempsRemoved: number;
}

/** The map without those of `ids` it holds; null when it holds none of them. */
export function withoutStakeholders(map: MapDocument, ids: ReadonlySet<string>): MapDocument | null {
  const present = map.stakeholders.filter((s) => ids.has(s.id)).map((s) => s.id);
  if (present.length === 0) return null;
  return present.reduce(removeStakeholder, map);
}

type Outcome = 'rewritten' | 'unreadable' | 'notRewritten' | 'untouched';

async function eraseFromOne(file: string, ids: ReadonlySet<string>, location: BackupLocation, fs: FsPort): Promise<Outcome> {
  let map: MapDocument;
  try {
    map = decodeMapBytes(await fs.readFile(file), file, location.migrations, location.codec).map;
  } catch {
    return 'unreadable';
  }
  const cleaned = withoutStakeholders(map, ids);
  if (cleaned === null) return 'untouched';
  try {
    const plain = serializeMap(validateForWrite(cleaned, file));
    await writeFileAtomic(file, toStored(plain, location.codec), { fs });
    return 'rewritten';
  } catch {
    return 'notRewritten';
  }
}

/** Temp files a killed writer left in the map's backup folder (they may hold an older generation). */
async function removeBackupTemps(folder: string, fs: FsPort): Promise<number> {
  if (!(await exists(fs, folder))) return 0;
  let removed = 0;
  for (const name of await fs.readdir(folder)) {
    if (!name.endsWith('.tmp')) continue;
    await removeQuietly(fs, join(folder, name));
    removed += 1;
  }
  return removed;
}

/**
 * Rewrites every backup generation of `mapPath` that holds any of `stakeholderIds` without them.
 * Unreadable generations are left as they were and reported; a generation whose rewrite fails is
 * reported too, and the others are still done. Throws only when the backup folder cannot be listed.
 */
export async function eraseFromBackups(mapPath: string, stakeholderIds: readonly string[], location: BackupLocation): Promise<EraseReport> {
  const fs = location.fs ?? nodeFs;
  const ids = new Set(stakeholderIds);
  const found: Record<Outcome, string[]> = { rewritten: [], unreadable: [], notRewritten: [], untouched: [] };
  let tempsRemoved = await removeBackupTemps(backupFolderFor(mapPath, location.backupDir), fs);
  for (const id of await backupIds(mapPath, location)) {
    found[await eraseFromOne(backupFileFor(mapPath, id, location.backupDir), ids, location, fs)].push(id);
  }
  tempsRemoved += await removeLeftoverTemps(mapPath, fs);
  return { rewritten: found.rewritten, unreadable: found.unreadable, notRewritten: found.notRewritten, tempsRemoved };
}

const backups = (n: number): string => (n === 1 ? '1 backup' : `${n} backups`);

/** What the user must hear about an erase that did not reach every backup, in plain words. */
export function eraseWarnings(report: EraseReport): string[] {
  const warnings: string[] = [];
  if (report.unreadable.length > 0) {
    warnings.push(
      `${backups(report.unreadable.length)} of this map could not be read (damaged, or under another passphrase), ` +
        'so the deleted stakeholder could not be erased from them. They were left as they were.',
    );
  }
  if (report.notRewritten.length > 0) {
    const one = report.notRewritten.length === 1;
    warnings.push(
      `Rewriting ${backups(report.notRewritten.length)} of this map failed, so ${one ? 'it still holds' : 'they still hold'} ` +
        `the deleted stakeholder until ${one ? 'it rotates' : 'they rotate'} out.`,
    );
  }
  return warnings;
}

/** The warning for an erase that could not start (the backup folder could not be listed). */
export function eraseFailure(error: unknown): string {
  const why = errorCode(error) ?? 'an unexpected error';
  return `The stakeholder was deleted from the map, but erasing them from its backups failed (${why}). Older backups may still hold them until they rotate out.`;
}

/** The erase as the backend runs it after a delete landed: never throws, returns what the user must hear. */
export async function eraseFromBackupsWarning(mapPath: string, stakeholderIds: readonly string[], location: BackupLocation): Promise<string[]> {
  try {
    return eraseWarnings(await eraseFromBackups(mapPath, stakeholderIds, location));
  } catch (error) {
    return [eraseFailure(error)];
  }
}
