// Rotating backups of each map, kept outside the map's folder in one private folder per map
// (named by a hash of the map's absolute path, so two maps called the same never mix).
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc';
import type { ByteCodec } from './codec';
import { MapFileError } from './errors';
import { nodeFs, type FsPort } from './fs-port';
import { ensurePrivateFolder, removeQuietly, writeFileAtomic } from './atomic-write';
import { exists, fileStamp } from './quarantine';
import { decodeMapBytes, type DecodedMap } from './read-map';
import type { Migration } from '../../../shared/migrations';

export const DEFAULT_MAX_BACKUPS = 10;

export interface BackupLocation {
  readonly backupDir: string;
  readonly fs?: FsPort;
  readonly migrations?: readonly Migration[];
  /** Decrypts encrypted backups; writers pass bytes already in their stored form. */
  readonly codec?: ByteCodec | null;
}

const ID_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z(-\d{1,3})?$/;

export function backupFolderFor(mapPath: string, backupDir: string): string {
  const key = createHash('sha256').update(resolve(mapPath)).digest('hex').slice(0, 16);
  return join(backupDir, key);
}

/** The moment a backup was taken, read back from its id; null for names that are not backups. */
export function backupTakenAt(id: string): Date | null {
  const m = ID_PATTERN.exec(id);
  if (!m) return null;
  return new Date(`${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`);
}

/** Backup ids of a map, newest first. */
export async function backupIds(mapPath: string, location: BackupLocation): Promise<string[]> {
  const fs = location.fs ?? nodeFs;
  const folder = backupFolderFor(mapPath, location.backupDir);
  if (!(await exists(fs, folder))) return [];
  const ids = (await fs.readdir(folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((id) => backupTakenAt(id) !== null);
  return ids.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

export async function newestBackupTime(mapPath: string, location: BackupLocation): Promise<Date | null> {
  const [newest] = await backupIds(mapPath, location);
  return newest === undefined ? null : backupTakenAt(newest);
}

/** Stores `bytes` as the newest backup and drops the oldest beyond `maxBackups`; returns its id. */
export async function writeBackup(
  mapPath: string,
  bytes: string | Uint8Array,
  now: Date,
  location: BackupLocation & { readonly maxBackups?: number },
): Promise<string> {
  const fs = location.fs ?? nodeFs;
  const folder = backupFolderFor(mapPath, location.backupDir);
  await ensurePrivateFolder(folder, fs);
  await removeBackupTemps(mapPath, location);
  // Ids sort in the order backups were taken. After the clock was set back, "now" is earlier than
  // the newest backup's name, so the new one is named just after it: otherwise it would sort as the
  // oldest, be offered last, and be the first rotated away.
  const newest = await newestBackupTime(mapPath, location);
  const base = fileStamp(newest !== null && newest.getTime() >= now.getTime() ? new Date(newest.getTime() + 1) : now);
  let id = base;
  for (let n = 2; await exists(fs, join(folder, `${id}.json`)); n += 1) id = `${base}-${n}`;
  await writeFileAtomic(join(folder, `${id}.json`), bytes, { fs });
  const stale = (await backupIds(mapPath, location)).slice(location.maxBackups ?? DEFAULT_MAX_BACKUPS);
  for (const old of stale) await removeQuietly(fs, join(folder, `${old}.json`));
  return id;
}

/** Removes temp files a killed writer left among a map's backups; only the lock holder may call it. */
export async function removeBackupTemps(mapPath: string, location: BackupLocation): Promise<void> {
  const fs = location.fs ?? nodeFs;
  const folder = backupFolderFor(mapPath, location.backupDir);
  if (!(await exists(fs, folder))) return;
  for (const name of await fs.readdir(folder)) if (name.endsWith('.tmp')) await removeQuietly(fs, join(folder, name));
}

export function backupFileFor(mapPath: string, id: string, backupDir: string): string {
  return join(backupFolderFor(mapPath, backupDir), `${id}.json`);
}

export async function readBackup(mapPath: string, id: string, location: BackupLocation): Promise<DecodedMap> {
  if (backupTakenAt(id) === null) throw new MapFileError('missing', mapPath, `there is no backup called "${id}"`);
  const fs = location.fs ?? nodeFs;
  const file = backupFileFor(mapPath, id, location.backupDir);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new MapFileError('missing', mapPath, `${mapPath}: backup ${id} was not found`);
  }
  return decodeMapBytes(bytes, file, location.migrations, location.codec);
}

/** Good backups of a map, newest first; unreadable ones are skipped (they cannot be restored). */
export async function listBackups(mapPath: string, location: BackupLocation): Promise<BackupInfo[]> {
  const result: BackupInfo[] = [];
  for (const id of await backupIds(mapPath, location)) {
    try {
      const { map } = await readBackup(mapPath, id, location);
      const takenAt = backupTakenAt(id) ?? new Date(0);
      result.push({ id, takenAt: takenAt.toISOString(), stakeholders: map.stakeholders.length, ties: map.ties.length });
    } catch {
      continue;
    }
  }
  return result;
}
