// A snapshot sealed for the relay: its JSON in parts, each part sealed like a change (AES-256-GCM
// under the coalition key) with its place (snapshot id, part number, part count) authenticated, so
// parts cannot be swapped between snapshots, dropped or reordered without the open failing. Parts
// keep every relay document far under CouchDB's 8 MB document limit (max_document_size, 8,000,000
// bytes by default): 3 MB of JSON is 4 MB of base64.
import { decodeSnapshot, encodeSnapshot, newerLayout, type NewerLayout } from '../../../shared/sync/snapshot';
import type { ReplicaState } from '../../../shared/sync/replica';
import type { VersionVector } from '../../../shared/sync/change';
import { newSealedId, SyncRefusal, type Sealed, type Sealer } from './seal';

export const PART_BYTES = 3_000_000;
const PART_ID = /^snap-([0-9a-f]{32})-(\d{1,6})-(\d{1,6})$/;

export interface OpenedSnapshot {
  readonly sid: string;
  readonly partIds: readonly string[];
  readonly covers: VersionVector;
  readonly state: ReplicaState;
}

/** A snapshot that opened under the key but was written by a newer app in a layout this one cannot read. */
export class SnapshotTooNew extends Error {
  constructor(readonly sid: string, readonly newer: NewerLayout) {
    super(`snapshot ${sid} was written by a newer version of the app (snapshot layout ${newer.version})`);
  }
}

export function partId(sid: string, index: number, count: number): string {
  return `snap-${sid}-${index}-${count}`;
}

/** The snapshot id, part number and part count a relay document's id names, or null. */
export function parsePartId(id: string): { sid: string; index: number; count: number } | null {
  const m = PART_ID.exec(id);
  if (m === null) return null;
  const index = Number(m[2]);
  const count = Number(m[3]);
  return index < count ? { sid: m[1] as string, index, count } : null;
}

/** Seals `state` as a new snapshot: its id and its parts, ready for the relay. */
export function sealSnapshot(sealer: Sealer, state: ReplicaState, partBytes = PART_BYTES): { sid: string; parts: Sealed[] } {
  const sealBlob = sealer.sealBlob;
  if (sealBlob === undefined) throw new Error('this sealer cannot seal snapshots');
  const sid = newSealedId();
  const bytes = Buffer.from(JSON.stringify(encodeSnapshot(sid, state)), 'utf8');
  const count = Math.max(1, Math.ceil(bytes.length / partBytes));
  const parts: Sealed[] = [];
  for (let i = 0; i < count; i++) {
    const id = partId(sid, i, count);
    parts.push({ id, ct: sealBlob(contextOf(id), bytes.subarray(i * partBytes, (i + 1) * partBytes)) });
  }
  return { sid, parts };
}

/**
 * Opens a snapshot from all its parts: every part must be there, open under the key and its place,
 * and together hold a valid snapshot of the same id. Anything else is a SyncRefusal.
 */
export function openSnapshot(sealer: Sealer, sid: string, parts: readonly Sealed[]): OpenedSnapshot {
  const openBlob = sealer.openBlob;
  if (openBlob === undefined) throw new SyncRefusal(sid, 'this sealer cannot open snapshots');
  const placed = parts.map((p) => ({ p, at: parsePartId(p.id) }));
  const count = placed[0]?.at?.count ?? 0;
  const ordered = placed.filter((x) => x.at?.sid === sid && x.at.count === count).sort((a, b) => (a.at?.index ?? 0) - (b.at?.index ?? 0));
  if (count === 0 || ordered.length !== count || ordered.length !== parts.length || ordered.some((x, i) => x.at?.index !== i)) {
    throw new SyncRefusal(sid, 'some of its parts are missing');
  }
  const bytes = Buffer.concat(ordered.map((x) => openBlob(x.p.id, contextOf(x.p.id), x.p.ct)));
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new SyncRefusal(sid, 'its content is not a snapshot');
  }
  const newer = newerLayout(value);
  if (newer !== null) throw new SnapshotTooNew(sid, newer);
  const decoded = decodeSnapshot(value);
  if (!decoded.ok) throw new SyncRefusal(sid, decoded.reason);
  if (decoded.id !== sid) throw new SyncRefusal(sid, 'its content belongs to another snapshot');
  sealer.checkSnapshot?.(sid, ordered.map((x) => x.p.id), decoded.state.records);
  return { sid, partIds: ordered.map((x) => x.p.id), covers: decoded.state.vector, state: decoded.state };
}

function contextOf(id: string): string {
  return `snapshot/${id}`;
}
