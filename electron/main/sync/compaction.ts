// Compaction: any member writes a sealed snapshot of the shared state to the relay and then deletes
// what it makes unnecessary. The rule that keeps every change: a document is deleted only when a
// snapshot that this device has just read back from the relay, opened under the key and checked
// covers it. A sealed change is covered when its (actor, sequence) is within the snapshot's vector.
// A snapshot is deleted only when another verified snapshot supersedes it: covers everything it
// covers and more, or exactly as much and has the smaller id (so of two equal snapshots written at
// once, both members keep the same one). "Supersedes" is a strict order, so whatever members delete
// at once, some snapshot that covers each deleted document stays on the relay.
import type { VersionVector } from '../../../shared/sync/change';
import type { ReplicaState } from '../../../shared/sync/replica';
import { coversAll } from '../../../shared/sync/snapshot';
import { SyncRefusal, type Sealed, type Sealer } from './seal';
import { openSnapshot, parsePartId, SnapshotTooNew, type OpenedSnapshot } from './snapshot-seal';
import type { SnapshotStore } from './snapshot-store';

/**
 * The points between relay calls where a test can hold one member while another goes ahead, and
 * 'base-kept': a newer base is on disk and the sync file is about to be shortened (kill tests).
 */
export type CompactionStep = 'snapshot-written' | 'snapshots-verified' | 'changes-purged' | 'base-kept';
export type CompactionSeam = (step: CompactionStep) => Promise<void>;

/** A snapshot on the relay that opened and checked: what it covers, and its state when it was opened just now. */
export interface VerifiedSnapshot {
  readonly sid: string;
  readonly partIds: readonly string[];
  readonly covers: VersionVector;
  /** The newest sync format among the changes it covers. */
  readonly syncFormat: number;
  /** Present only when read in this call; the cache keeps no state (a large map's is hundreds of megabytes). */
  readonly state?: ReplicaState;
  /** The sealed parts as the relay sent them, present with `state`: a device keeps them as they are. */
  readonly parts?: readonly Sealed[];
}

/** A snapshot that opened under the key in a newer layout (a newer app wrote it): never taken in, never a reason to purge. */
export interface TooNew {
  readonly sid: string;
  readonly tooNew: SnapshotTooNew['newer'];
}

export type SnapshotCache = Map<string, VerifiedSnapshot | TooNew | 'refused'>;

export interface VerifiedSet {
  readonly verified: VerifiedSnapshot[];
  /** Ids of complete snapshots that did not open (altered, or sealed with another key). */
  readonly refused: string[];
  /** Snapshots a newer app wrote in a layout this app cannot read. */
  readonly newer: TooNew[];
}

/**
 * Every complete snapshot on the relay, opened and checked. `cache` keeps what was opened before
 * (by snapshot id, which is random and never reused), so a sync reads each snapshot once; whether
 * all its parts are still there is asked of the relay every time.
 */
export async function verifiedSnapshots(store: SnapshotStore, sealer: Sealer, cache: SnapshotCache): Promise<VerifiedSet> {
  const groups = new Map<string, string[]>();
  for (const id of await store.partIds()) {
    const at = parsePartId(id);
    if (at !== null) groups.set(at.sid, [...(groups.get(at.sid) ?? []), id]);
  }
  const verified: VerifiedSnapshot[] = [];
  const refused: string[] = [];
  const newer: TooNew[] = [];
  for (const [sid, ids] of groups) {
    const count = parsePartId(ids[0] as string)?.count;
    if (ids.length !== count || ids.some((id) => parsePartId(id)?.count !== count)) continue; // still being written, or being deleted
    const cached = cache.get(sid);
    if (cached !== undefined) {
      if (cached === 'refused') refused.push(sid);
      else if ('tooNew' in cached) newer.push(cached);
      else verified.push(cached);
      continue;
    }
    const opened = await openFromRelay(store, sealer, sid, ids);
    if (opened === null) continue;
    if (opened === 'refused') {
      cache.set(sid, 'refused');
      refused.push(sid);
      continue;
    }
    if ('tooNew' in opened) {
      cache.set(sid, opened);
      newer.push(opened);
      continue;
    }
    const light = { sid, partIds: opened.partIds, covers: opened.covers, syncFormat: opened.state.syncFormat ?? 1 };
    cache.set(sid, light);
    verified.push({ ...light, state: opened.state, parts: opened.parts });
  }
  return { verified, refused, newer };
}

/** An opened snapshot with the sealed parts it was opened from. */
export type OpenedParts = OpenedSnapshot & { readonly parts: readonly Sealed[] };

/** Reads and opens one snapshot's parts; null when a part is no longer there. */
export async function openFromRelay(store: SnapshotStore, sealer: Sealer, sid: string, ids: readonly string[]): Promise<OpenedParts | TooNew | 'refused' | null> {
  const parts = await store.read(ids);
  if (parts.length !== ids.length) return null; // a part went while reading: not complete
  try {
    return { ...openSnapshot(sealer, sid, parts), parts };
  } catch (error) {
    if (error instanceof SnapshotTooNew) return { sid, tooNew: error.newer };
    if (!(error instanceof SyncRefusal)) throw error;
    return 'refused';
  }
}

/** True when `a` supersedes `b` (see the top of this file). */
export function supersedes(a: Pick<VerifiedSnapshot, 'sid' | 'covers'>, b: Pick<VerifiedSnapshot, 'sid' | 'covers'>): boolean {
  if (a.sid === b.sid || !coversAll(a.covers, b.covers)) return false;
  return !coversAll(b.covers, a.covers) || a.sid < b.sid;
}

/** The sealed changes among `known` that one of `verified` covers (a change that does not open is never among them). */
export function coveredChanges(known: readonly Sealed[], verified: readonly VerifiedSnapshot[], sealer: Sealer): string[] {
  if (verified.length === 0) return [];
  const ids: string[] = [];
  for (const sealed of known) {
    let change;
    try {
      change = sealer.open(sealed);
    } catch (error) {
      if (!(error instanceof SyncRefusal)) throw error;
      continue;
    }
    if (verified.some((s) => (s.covers[change.actor] ?? 0) >= change.seq)) ids.push(sealed.id);
  }
  return ids;
}

export interface PurgeReport {
  readonly changes: number;
  readonly snapshots: number;
}

/** Deletes the changes `verified` covers, then the snapshots another of `verified` supersedes. */
export async function purgeCovered(store: SnapshotStore, sealer: Sealer, known: readonly Sealed[], verified: readonly VerifiedSnapshot[], seam: CompactionSeam): Promise<PurgeReport> {
  const changes = await store.remove(coveredChanges(known, verified, sealer));
  await seam('changes-purged');
  const old = verified.filter((s) => verified.some((other) => supersedes(other, s)));
  const snapshots = old.length === 0 ? 0 : await store.remove(old.flatMap((s) => s.partIds));
  return { changes, snapshots: old.length === 0 || snapshots === 0 ? 0 : old.length };
}

/** The vector covering what every one of `vectors` covers. */
export function joinVectors(vectors: readonly VersionVector[]): VersionVector {
  const out: Record<string, number> = {};
  for (const v of vectors) for (const [a, seq] of Object.entries(v)) out[a] = Math.max(out[a] ?? 0, seq);
  return out;
}
