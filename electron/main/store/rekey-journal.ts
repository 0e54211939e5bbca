// A change of passphrase touches many files (the map and every backup generation), so one atomic
// rename cannot cover it. A journal beside the map makes the whole change all-or-nothing:
//   1. journal "prepared" (what is being changed, no secrets) is written durably;
//   2. every new file is written in full to a durable temp file beside the one it replaces;
//   3. journal "committed", listing each temp and its target, replaces the first: the commit point;
//   4. each temp is renamed over its target; then the journal is deleted.
// At the next open, under the lock: a committed journal is finished (the renames need no key, the
// temps are already in their new form) and reported; a prepared one means nothing was replaced,
// the temps are swept as leftovers, and the user is told the change did not happen.
import { basename, dirname } from 'node:path';
import { isTempOf, removeQuietly, syncFolder, writeFileAtomic } from './atomic-write';
import { backupFolderFor } from './backups';
import { errorCode, type FsPort } from './fs-port';
import { exists } from './quarantine';

export type Protection = 'encrypted' | 'plain';

export interface RekeyMove {
  readonly temp: string;
  readonly target: string;
}

interface Journal {
  readonly format: typeof JOURNAL_FORMAT;
  readonly phase: 'prepared' | 'committed';
  readonly startedAt: string;
  readonly from: Protection;
  readonly to: Protection;
  readonly moves: readonly RekeyMove[];
}

const JOURNAL_FORMAT = 'coalition-map-rekey-journal';

export function journalPathFor(mapPath: string): string {
  return `${mapPath}.rekey-journal`;
}

export async function writeJournal(mapPath: string, fs: FsPort, journal: Omit<Journal, 'format'>): Promise<void> {
  await writeFileAtomic(journalPathFor(mapPath), `${JSON.stringify({ format: JOURNAL_FORMAT, ...journal })}\n`, { fs });
}

/** Renames each temp over its target (skipping those already renamed) and makes the renames durable. */
export async function applyMoves(moves: readonly RekeyMove[], fs: FsPort): Promise<void> {
  for (const move of moves) {
    if (await exists(fs, move.temp)) await fs.rename(move.temp, move.target);
  }
  for (const folder of new Set(moves.map((m) => dirname(m.target)))) await syncFolder(fs, folder);
}

export async function removeJournal(mapPath: string, fs: FsPort): Promise<void> {
  await removeQuietly(fs, journalPathFor(mapPath));
  await syncFolder(fs, dirname(mapPath));
}

function describe(p: Protection): string {
  return p === 'encrypted' ? 'encrypted under a passphrase' : 'not encrypted';
}

/** A move may only rename a temp of the map or of one of its backups over that same file. */
function isOwnMove(move: unknown, mapPath: string, backupFolder: string): move is RekeyMove {
  if (move === null || typeof move !== 'object') return false;
  const { temp, target } = move as Record<string, unknown>;
  if (typeof temp !== 'string' || typeof target !== 'string') return false;
  const place = target === mapPath || (dirname(target) === backupFolder && /^[\w-]+\.json$/.test(basename(target)));
  return place && dirname(temp) === dirname(target) && isTempOf(target, basename(temp));
}

function parse(bytes: Buffer, mapPath: string, backupFolder: string): Journal | null {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<Journal>;
    const protection = (p: unknown) => p === 'encrypted' || p === 'plain';
    if (value.format !== JOURNAL_FORMAT || (value.phase !== 'prepared' && value.phase !== 'committed')) return null;
    if (!protection(value.from) || !protection(value.to) || typeof value.startedAt !== 'string' || !Array.isArray(value.moves)) return null;
    if (!value.moves.every((m) => isOwnMove(m, mapPath, backupFolder))) return null;
    return value as Journal;
  } catch {
    return null;
  }
}

/**
 * Finishes or reports a change of passphrase a crash cut short; call under the map's lock, before
 * leftover temp files are swept. Returns what the user must be told, or null when there was none.
 */
export async function recoverRekey(mapPath: string, backupDir: string, fs: FsPort): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(journalPathFor(mapPath));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  const journal = parse(bytes, mapPath, backupFolderFor(mapPath, backupDir));
  const when = journal === null ? '' : ` (started ${journal.startedAt})`;
  if (journal?.phase === 'committed') {
    await applyMoves(journal.moves, fs);
    await removeJournal(mapPath, fs);
    return `A change of this map's passphrase was cut short${when}. It has now been finished: the map and its backups are ${describe(journal.to)}.`;
  }
  await removeJournal(mapPath, fs);
  const still = journal === null ? 'as they were before it began' : describe(journal.from);
  return `A change of this map's passphrase was cut short${when} before it took effect, so nothing was changed: the map and its backups are still ${still}. Make the change again if you still want it.`;
}
