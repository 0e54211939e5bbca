// An open, locked map: the one place a map is saved from. Saves run one at a time through a queue
// (no lost updates), each is validated and written durably, and only then does `map` change.
import type { MapDocument } from '../../../shared/model';
import type { SaveResult } from '../../../shared/ipc';
import { followLinks } from './real-path';
import { writeFileAtomic } from './atomic-write';
import { newestBackupTime, removeBackupTemps, writeBackup, type BackupLocation } from './backups';
import { toStored, type ByteCodec } from './codec';
import { MapFileError } from './errors';
import { nodeFs, type FsPort } from './fs-port';
import type { Migration } from '../../../shared/migrations';
import { lockAndRead } from './open-file';
import { noteChecked } from './checked-record';
import { rekeyMapAndBackups, type RekeyReport } from './rekey';
import { serializeMap, validateForWrite } from './serialize';
import { createQueue } from '../queue';

export interface MapStoreOptions {
  readonly backupDir: string;
  readonly clock?: () => Date;
  /** Milliseconds from a clock that never goes back (tests turn it; default performance.now). */
  readonly monotonic?: () => number;
  readonly fs?: FsPort;
  /** A backup of the previous content is taken before a save when the newest is this old. */
  readonly backupIntervalMinutes?: number;
  readonly maxBackups?: number;
  readonly migrations?: readonly Migration[];
  /** Set for an encrypted map: the map, its backups and every temp file are written through it. */
  readonly codec?: ByteCodec | null;
  /**
   * Where the digests of the files this store wrote are kept (checked-record.ts): a file still
   * holding those bytes opens without the whole check. Without it every open checks the whole map.
   */
  readonly checkedDir?: string;
}

export interface MapStore {
  readonly path: string;
  /** What is on disk: replaced only after a save has landed. */
  readonly map: MapDocument;
  save(map: MapDocument): Promise<SaveResult>;
  /**
   * Saves `build(map on disk)`, but only while the map on disk is still the one saved (or opened)
   * as `baseRevision`: checked in the save queue, so no other save can slip in between.
   */
  saveFrom(baseRevision: number, build: (onDisk: MapDocument) => MapDocument): Promise<SaveResult>;
  /** What the user must hear about the open itself (a change of passphrase a crash cut short). */
  readonly openWarnings: readonly string[];
  /** Which save (or open) put the map on disk; unique across every store of this process. */
  readonly revision: number;
  /** Resolves when every queued save has finished (call before quitting). */
  flush(): Promise<void>;
  /** Finishes pending saves and releases the lock. */
  close(): Promise<void>;
  /**
   * Re-encrypts every backup generation and then the map under `next` (null: store plain). Later
   * saves use `next`. Backups neither codec opens are left as they were and listed in the report.
   */
  changeCodec(next: ByteCodec | null): Promise<RekeyReport>;
}

let lastRevision = 0;
const nextRevision = (): number => (lastRevision += 1);

/** A patch made against a map that has been saved again since; the caller saves the whole map. */
export class StaleRevisionError extends Error {
  constructor(path: string) {
    super(`${path}: stale change, the map was saved again since it was made`);
    this.name = 'StaleRevisionError';
  }
}

/**
 * Takes the lock and reads the map, then clears temp files a killed backup left and, for a map in
 * an older format, keeps the original as a backup before the migrated form replaces it. Anything
 * failing after the lock was taken releases it.
 */
async function lockReadAndTidy(mapPath: string, fs: FsPort, clock: () => Date, options: MapStoreOptions, place: BackupLocation & { readonly maxBackups?: number }) {
  const read = await lockAndRead(mapPath, fs, clock, options.migrations, place.codec ?? null, options.backupDir, options.checkedDir ?? null);
  try {
    await removeBackupTemps(mapPath, place);
    if (read.decoded.migratedFrom !== null) {
      await writeBackup(mapPath, toStored(read.plain, place.codec ?? null), clock(), place);
      const stored = toStored(serializeMap(read.decoded.map), place.codec ?? null);
      await writeFileAtomic(mapPath, stored, { fs });
      if (options.checkedDir !== undefined) await noteChecked(options.checkedDir, mapPath, stored, fs);
    }
  } catch (error) {
    await read.lock.release();
    throw error;
  }
  return read;
}

export async function openMapStore(path: string, options: MapStoreOptions): Promise<MapStore> {
  const fs = options.fs ?? nodeFs;
  const mapPath = await followLinks(path, fs);
  const clock = options.clock ?? (() => new Date());
  const monotonic = options.monotonic ?? (() => performance.now());
  const intervalMs = (options.backupIntervalMinutes ?? 10) * 60_000;
  let codec = options.codec ?? null;
  const backupPlace = () => ({ backupDir: options.backupDir, fs, maxBackups: options.maxBackups, migrations: options.migrations, codec });
  const { lock, decoded, recovered } = await lockReadAndTidy(mapPath, fs, clock, options, backupPlace());

  let current = decoded.map;
  let revision = nextRevision();

  // A failed save does not block the ones after it.
  const enqueue = createQueue();
  let closed = false;

  // When this store last took a backup (or opened), on a clock that cannot be set back.
  let lastBackupTick = monotonic();

  async function backupIfDue(now: Date): Promise<void> {
    const newest = await newestBackupTime(mapPath, backupPlace());
    if (newest !== null) {
      const sinceNewest = now.getTime() - newest.getTime();
      // A wall clock set back makes the newest backup look as if it were taken in the future;
      // then only the time this store has measured itself can say a backup is due.
      const due = sinceNewest >= 0 ? sinceNewest >= intervalMs : monotonic() - lastBackupTick >= intervalMs;
      if (!due) return;
    }
    await writeBackup(mapPath, toStored(serializeMap(current), codec), now, backupPlace());
    lastBackupTick = monotonic();
  }

  async function write(next: MapDocument): Promise<SaveResult> {
    if (closed) throw new MapFileError('locked', mapPath, `${mapPath}: the map was closed, so it was not saved`);
    const valid = validateForWrite(next, mapPath);
    await backupIfDue(clock());
    const stored = toStored(serializeMap(valid), codec);
    await writeFileAtomic(mapPath, stored, { fs });
    // Checked whole just above: the next open of these very bytes needs only to parse them.
    if (options.checkedDir !== undefined) await noteChecked(options.checkedDir, mapPath, stored, fs);
    current = valid;
    revision = nextRevision();
    return { savedAt: clock().toISOString(), revision };
  }

  async function writeFrom(baseRevision: number, build: (onDisk: MapDocument) => MapDocument): Promise<SaveResult> {
    if (baseRevision !== revision) throw new StaleRevisionError(mapPath);
    return write(build(current));
  }

  async function rekey(next: ByteCodec | null): Promise<RekeyReport> {
    if (closed) throw new MapFileError('locked', mapPath, `${mapPath}: the map was closed, so its key was not changed`);
    // All or nothing, even across a crash: a half-done change is finished or reported at next open.
    const report = await rekeyMapAndBackups(mapPath, serializeMap(current), backupPlace(), codec, next, clock());
    codec = next;
    return report;
  }

  return {
    path: mapPath,
    openWarnings: recovered === null ? [] : [recovered],
    get map() {
      return current;
    },
    get revision() {
      return revision;
    },
    save: (next) => enqueue(() => write(next)),
    saveFrom: (baseRevision, build) => enqueue(() => writeFrom(baseRevision, build)),
    changeCodec: (next) => enqueue(() => rekey(next)),
    flush: () => enqueue(async () => undefined),
    close: async () => {
      await enqueue(async () => undefined);
      if (closed) return;
      closed = true;
      await lock.release();
    },
  };
}
