// A snapshot: a replica's whole applied state in one JSON value, and exactly which changes it
// covers (a version vector: every change of actor a up to covers[a]). A device that absorbs it and
// then applies the changes it does not cover holds what applying every change gives, so the relay
// may drop the changes it covers. Compaction (electron/main/sync/compaction.ts) seals and purges.
//
// Compact form: the writes of one change share its clock and its deps, so each change is written
// once in `dots` (its deps vector once in `deps`), and a field's register is a list of
// [value, dot] pairs. Decoding treats the value as untrusted input, exactly like a change.
import { z } from 'zod';
import { MEMBER_TABLE, RECORD_TABLES, SECTION_TABLE, type Table, type VersionVector } from './change';
import type { Write } from './register';
import type { ReplicaState, SharedRecord } from './replica';

export const SNAPSHOT_FORMAT = 'coalition-map-snapshot';
export const SNAPSHOT_VERSION = 1;

const actor = z.string().regex(/^[a-z0-9-]{8,64}$/);
const vector = z.record(actor, z.number().int().min(0));
const count = z.number().int().min(0);
const key = z.string().min(1).max(200);

const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  id: z.string().regex(/^[0-9a-f]{32}$/),
  covers: vector,
  lamport: count,
  syncFormat: z.number().int().min(1).max(1_000_000),
  deps: z.array(vector),
  /** [actor, seq, clock, index into deps] */
  dots: z.array(z.tuple([actor, count, count, count])),
  /** [table, id, first clock, first actor, [[field, [[value, index into dots], ...]], ...]] */
  records: z.array(z.tuple([z.enum([...RECORD_TABLES, SECTION_TABLE, MEMBER_TABLE]), key, count, actor, z.array(z.tuple([key, z.array(z.tuple([z.unknown(), count]))]))])),
});

export type SnapshotValue = z.infer<typeof snapshotSchema>;

/** The state as a snapshot's JSON value, with its random id. */
export function encodeSnapshot(id: string, state: ReplicaState): SnapshotValue {
  const deps: VersionVector[] = [];
  const depsIndex = new Map<VersionVector, number>();
  const dots: SnapshotValue['dots'] = [];
  const dotIndex = new Map<string, number>();
  const dotOf = (w: Write): number => {
    const name = `${w.actor}:${w.seq}`;
    let index = dotIndex.get(name);
    if (index === undefined) {
      let d = depsIndex.get(w.deps);
      if (d === undefined) depsIndex.set(w.deps, (d = deps.push(w.deps) - 1));
      index = dots.push([w.actor, w.seq, w.clock, d]) - 1;
      dotIndex.set(name, index);
    }
    return index;
  };
  const records: SnapshotValue['records'] = [];
  for (const r of state.records) {
    const fields: [string, [unknown, number][]][] = [];
    for (const [field, register] of r.fields) fields.push([field, register.map((w) => [w.value, dotOf(w)] as [unknown, number])]);
    records.push([r.table, r.id, r.first.clock, r.first.actor, fields]);
  }
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, id, covers: { ...state.vector }, lamport: state.lamport, syncFormat: state.syncFormat ?? 1, deps, dots, records };
}

/** The state a snapshot's JSON value holds, or the reason it is not a valid snapshot. */
export function decodeSnapshot(value: unknown): { ok: true; id: string; state: ReplicaState } | { ok: false; reason: string } {
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'its content is not a valid snapshot' };
  const s = parsed.data;
  const writes: Omit<Write, 'value'>[] = [];
  for (const [who, seq, clock, d] of s.dots) {
    const deps = s.deps[d];
    if (deps === undefined || seq < 1 || clock < 1) return { ok: false, reason: 'a write of the snapshot names no change' };
    // A snapshot covers every write it holds: anything else would let a purge drop an uncovered change.
    if ((s.covers[who] ?? 0) < seq) return { ok: false, reason: 'it holds a write it does not say it covers' };
    writes.push({ actor: who, seq, clock, deps });
  }
  const records: SharedRecord[] = [];
  for (const [table, id, clock, firstActor, fields] of s.records) {
    const map = new Map<string, Write[]>();
    for (const [field, register] of fields) {
      const ws: Write[] = [];
      for (const [v, dot] of register) {
        const w = writes[dot];
        if (w === undefined) return { ok: false, reason: 'a write of the snapshot names no change' };
        ws.push({ ...w, value: v });
      }
      if (ws.length > 0) map.set(field, ws);
    }
    records.push({ table: table as Table, id, first: { clock, actor: firstActor }, fields: map });
  }
  return { ok: true, id: s.id, state: { vector: s.covers, lamport: s.lamport, records, syncFormat: s.syncFormat } };
}

/** A snapshot of a newer layout than this app reads, and what it says it covers when that can be read. */
export interface NewerLayout {
  readonly version: number;
  readonly covers: VersionVector | null;
  readonly syncFormat: number | null;
}

/**
 * Non-null when `value` calls itself a snapshot of a newer layout (a newer app wrote it). Opened
 * under the key, it is authentic: this app cannot take it in, so it says "update the app" instead
 * of calling it tampered with.
 */
export function newerLayout(value: unknown): NewerLayout | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.format !== SNAPSHOT_FORMAT || typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version <= SNAPSHOT_VERSION) return null;
  const covers = vector.safeParse(v.covers);
  const syncFormat = z.number().int().min(1).max(1_000_000).safeParse(v.syncFormat);
  return { version: v.version, covers: covers.success ? covers.data : null, syncFormat: syncFormat.success ? syncFormat.data : null };
}

/** True when every change `inner` covers is covered by `outer`. */
export function coversAll(outer: VersionVector, inner: VersionVector): boolean {
  return Object.entries(inner).every(([a, seq]) => (outer[a] ?? 0) >= seq);
}

/** How many changes `applied` holds that `covered` does not cover (vectors count contiguous sequences). */
export function uncovered(applied: VersionVector, covered: VersionVector): number {
  return Object.entries(applied).reduce((sum, [a, seq]) => sum + Math.max(0, seq - (covered[a] ?? 0)), 0);
}
