// What compaction needs from a relay beyond push and pull: snapshot parts (kept apart from changes
// by their ids, "snap-<id>-<part>-<count>", so pull never returns them and an older app never
// mistakes one for a change) and deleting documents the members no longer need. The relay learns
// that a document is a snapshot part and when documents go; it still sees no name or content.
import type { Sealed } from './seal';

export interface SnapshotStore {
  /** Ids of every snapshot part the relay holds now. */
  partIds(): Promise<string[]>;
  /** The parts with these ids that are there (a missing one is left out). */
  read(ids: readonly string[]): Promise<Sealed[]>;
  write(parts: readonly Sealed[]): Promise<void>;
  /** Deletes documents (sealed changes or snapshot parts) by id; how many were there to delete. */
  remove(ids: readonly string[]): Promise<number>;
}

/** A sealed change's id, or a snapshot part's: only these are ever read, written or deleted. */
export const CHANGE_ID = /^[0-9a-f]{32}$/;
export const PART_ID = /^snap-[0-9a-f]{32}-\d{1,6}-\d{1,6}$/;
