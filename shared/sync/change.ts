// One organizer's change to a shared map: a numbered batch of field writes. Changes are the unit
// that is sealed, sent through the relay and applied on every other device, so they are validated
// as untrusted input after unsealing, exactly like a file from disk.
//
// Why our own field-level log rather than a general CRDT library: a map is a set of records with
// fields, and what organizers need to see is "two values for one field, by whom", which a
// multi-value register per field gives directly. It also avoids the measured Automerge costs at
// 20,000 stakeholders (seconds to load, a remote-apply regression) noted in the sync design.
import { z } from 'zod';

/** The two lists of records; everything else in a map is a section shared as one whole value. */
export const RECORD_TABLES = ['stakeholders', 'ties'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
export const SECTION_TABLE = 'sections';
/** Who the organizers are: actor id -> { name }, so a conflict can say who changed what. */
export const MEMBER_TABLE = 'members';
export type Table = RecordTable | typeof SECTION_TABLE | typeof MEMBER_TABLE;

/**
 * The sync format this app writes and reads. Bump it only for a change older apps would misread;
 * a new field on a record needs no bump (older apps keep it untouched). An app that meets a change
 * of a newer format keeps it unapplied and the shared map read-only until it is updated.
 */
export const SYNC_FORMAT = 1;

/** A record's soft-delete mark lives in this field: a concurrent edit must never vanish with it. */
export const REMOVED_FIELD = '$removed';

export interface Removal {
  readonly by: string;
  readonly at: string;
}

export interface SetOp {
  readonly table: Table;
  readonly id: string;
  readonly field: string;
  /** JSON value; for REMOVED_FIELD a Removal or null (kept again). */
  readonly value: unknown;
}

/** What each organizer had applied when a change was made: actor id -> highest sequence number. */
export type VersionVector = Readonly<Record<string, number>>;

export interface Change {
  readonly actor: string;
  readonly seq: number;
  /** Lamport clock: orders concurrent writes the same way on every device. */
  readonly clock: number;
  /** Everything the author had seen, not counting this change itself. */
  readonly deps: VersionVector;
  readonly at: string;
  readonly ops: readonly SetOp[];
  /** The sync format of the app that wrote it (absent: 1). */
  readonly format?: number;
}

const key = z.string().min(1).max(200);

export const changeSchema = z.strictObject({
  actor: z.string().regex(/^[a-z0-9-]{8,64}$/),
  seq: z.number().int().min(1),
  clock: z.number().int().min(1),
  deps: z.record(z.string().regex(/^[a-z0-9-]{8,64}$/), z.number().int().min(0)),
  at: z.string().max(40),
  format: z.number().int().min(1).max(1_000_000).optional(),
  ops: z
    .array(z.strictObject({ table: z.enum([...RECORD_TABLES, SECTION_TABLE, MEMBER_TABLE]), id: key, field: key, value: z.unknown() }))
    .max(100_000),
});

/** A write is after another when the other is among what its author had seen. */
export function hasSeen(deps: VersionVector, actor: string, seq: number): boolean {
  return (deps[actor] ?? 0) >= seq;
}
