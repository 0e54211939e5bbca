// A secure delete reaches the backups too: every backup generation of a map that still holds one of
// the deleted stakeholders, or a mention of them, is decoded, has them removed with the same edit
// the window used (their ties, meeting and committee places and their mentions in free text go with
// them), and is written back atomically under its own name, encrypted again when the map is. A
// retention purge rewrites the generations the same way with its own edit (`rewriteBackups`).
// Call them only after the delete or purge itself has been saved, and only while holding the map's
// lock (they also clear the map's leftover temp files).
import { join } from 'node:path';
import type { MapDocument } from '../../../shared/model';
import { erasePeople } from '../../../shared/privacy/erase';
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

type Outcome = 'rewritten' | 'unreadable' | 'notRewritten' | 'untouched';

/** What to do to one generation: the cleaned map, or null when it holds nothing to clean. */
export type BackupEdit = (map: MapDocument) => MapDocument | null;

async function rewriteOne(file: string, edit: BackupEdit, location: BackupLocation, fs: FsPort): Promise<Outcome> {
  let map: MapDocument;
  try {
    map = decodeMapBytes(await fs.readFile(file), file, location.migrations, location.codec).map;
  } catch {
    return 'unreadable';
  }
  const cleaned = edit(map);
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
 * Rewrites every backup generation of `mapPath` that `edit` changes. Unreadable generations are
 * left as they were and reported; a generation whose rewrite fails is reported too, and the others
 * are still done. Throws only when the backup folder cannot be listed.
 */
export async function rewriteBackups(mapPath: string, edit: BackupEdit, location: BackupLocation): Promise<EraseReport> {
  const fs = location.fs ?? nodeFs;
  const found: Record<Outcome, string[]> = { rewritten: [], unreadable: [], notRewritten: [], untouched: [] };
  let tempsRemoved = await removeBackupTemps(backupFolderFor(mapPath, location.backupDir), fs);
  for (const id of await backupIds(mapPath, location)) {
    found[await rewriteOne(backupFileFor(mapPath, id, location.backupDir), edit, location, fs)].push(id);
  }
  tempsRemoved += await removeLeftoverTemps(mapPath, fs);
  return { rewritten: found.rewritten, unreadable: found.unreadable, notRewritten: found.notRewritten, tempsRemoved };
}

/**
 * Rewrites every backup generation of `mapPath` that holds any of `stakeholderIds`, or a mention of
 * them by `spellings` or by a certain spelling of the name it holds for them, without them.
 */
export function eraseFromBackups(
  mapPath: string,
  stakeholderIds: readonly string[],
  location: BackupLocation,
  spellings: readonly string[] = [],
): Promise<EraseReport> {
  const ids = new Set(stakeholderIds);
  return rewriteBackups(mapPath, (map) => erasePeople(map, ids, spellings), location);
}

const backups = (n: number): string => (n === 1 ? '1 backup' : `${n} backups`);

/** What the user must hear about an erase that did not reach every backup, in plain words. */
export function eraseWarnings(report: EraseReport, what = 'the deleted stakeholder'): string[] {
  const warnings: string[] = [];
  if (report.unreadable.length > 0) {
    warnings.push(
      `${backups(report.unreadable.length)} of this map could not be read (damaged, or under another passphrase), ` +
        `so ${what} could not be erased from them. They were left as they were.`,
    );
  }
  if (report.notRewritten.length > 0) {
    const one = report.notRewritten.length === 1;
    warnings.push(
      `Rewriting ${backups(report.notRewritten.length)} of this map failed, so ${one ? 'it still holds' : 'they still hold'} ` +
        `${what} until ${one ? 'it rotates' : 'they rotate'} out.`,
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
export async function eraseFromBackupsWarning(
  mapPath: string,
  erase: { readonly stakeholderIds: readonly string[]; readonly spellings?: readonly string[] },
  location: BackupLocation,
): Promise<string[]> {
  try {
    return eraseWarnings(await eraseFromBackups(mapPath, erase.stakeholderIds, location, erase.spellings));
  } catch (error) {
    return [eraseFailure(error)];
  }
}
