// What the window and the Node side say to each other about a shared map: the sharing status it
// always shows, the invite it hands out, and the open conflicts in words. The channels themselves
// are declared in shared/ipc.ts with the others; their argument schemas live here.
import { z } from 'zod';
import type { OpenedMap } from '../ipc';

/** One line of the status the window always shows. */
export type SharingState = 'not-shared' | 'synced' | 'syncing' | 'offline' | 'unreachable' | 'refused' | 'moved' | 'removed';

export interface SharedConflictValue {
  /** The value as the window shows it (text; other values as JSON). */
  readonly text: string;
  /** The organizer who wrote it, by the name in their invite. */
  readonly by: string;
}

export interface SharedConflict {
  readonly kind: 'two-values' | 'removed-while-edited';
  readonly table: 'stakeholders' | 'ties';
  readonly id: string;
  /** The record's name (or "a tie"). */
  readonly label: string;
  /** The field with two values; null for a removal. */
  readonly field: string | null;
  /** "Changed by Ana and Ben", or "Ana removed Safe Harbor Shelter while Ben edited it". */
  readonly sentence: string;
  readonly values: readonly SharedConflictValue[];
}

export interface SharingStatus {
  readonly state: SharingState;
  /** Local changes saved on this computer and not yet on the relay. */
  readonly waiting: number;
  /** Changes from the relay that were refused (altered, or sealed with another key); never applied. */
  readonly refused: number;
  /** Why the relay could not be reached, in words; null when it could. */
  readonly reason: string | null;
  /** The relay's address, without any password. */
  readonly relay: string | null;
  /** This organizer's name in the shared map. */
  readonly you: string | null;
  /** Every organizer who joined, by the name in their invite, in the order they joined. */
  readonly members: readonly string[];
  readonly conflicts: readonly SharedConflict[];
  /** Counts arrivals of others' changes; the window takes them when it grows. */
  readonly incoming: number;
  /** Whether this organizer's confidential people have anonymous placeholders in the shared map (off when absent). */
  readonly placeholders?: boolean;
  readonly lastSyncAt: string | null;
  /** When this copy was moved to a new key and database, and by whom ('moved' and 'removed'); null otherwise. */
  readonly moved?: { readonly at: string; readonly by: string } | null;
  /** The organizers with their ids (to remove one), in the order they joined. */
  readonly organizers?: readonly { readonly id: string; readonly name: string }[];
  /** This organizer's id in the shared map. */
  readonly youId?: string | null;
  /** Whether a change of this organizer's own to the shared map is there for Undo to take back (absent: none). */
  readonly undoable?: boolean;
  /** The restricted records this organizer is a member of: their names on this device and how many people each holds. */
  readonly restricted?: readonly RestrictedSummary[];
  /** The same records with their ids, people and members. */
  readonly restrictedDetails?: readonly RestrictedDetail[];
}

export interface RestrictedSummary {
  readonly label: string;
  readonly people: number;
}

/** One restricted record for the window's commands on it (add a person, invite, leave). */
export interface RestrictedDetail {
  /** The record's id, the same on every member's device. */
  readonly id: string;
  readonly label: string;
  /** The ids of the people it holds. */
  readonly people: readonly string[];
  /** Its organizers by name, in the order they joined; those who left are not. */
  readonly members: readonly string[];
  /** The people leaving it would take off this map: those held only through it (another member put them in). */
  readonly leaving: readonly string[];
  /** Its organizers with their ids (to remove one), in the order they joined. */
  readonly organizers?: readonly { readonly id: string; readonly name: string }[];
  /** Who moved the record to a new key without this organizer, by name; null (or absent) when nobody did. */
  readonly removedBy?: string | null;
}

/** "Remove from this record…" done: who was removed, the record's new database, and what the relay's admin must still set (null at a shared folder). */
export interface RestrictedRemoval {
  readonly removed: string;
  readonly relay: string;
  readonly setup: string | null;
}

/** A restricted record's id, as the status gives it. */
export const restrictedRecordId = z.string().regex(/^[0-9a-f]{32}$/);

/** An invite to a restricted record, with what has to be set up at the relay before the invited organizer can sync (null when nothing). */
export interface RestrictedInvite extends SharedMapInvite {
  readonly setup: string | null;
}

/** A person's id, as the map gives it. */
export const personId = z.string().min(1).max(200);

/** What the organizer who removed someone or started a clean copy hands on. */
export interface SharedMove {
  /** One handover invite for each organizer who stays (not for the one who moved it). */
  readonly invites: readonly SharedMapInvite[];
  /** What could not be done (the old database not deleted, say), in words. */
  readonly warnings: readonly string[];
  /** The new copy's address, without any password. */
  readonly relay: string;
}

/** An organizer's id in the shared map, as the member list gives it. */
export const memberId = z.string().regex(/^[a-z0-9-]{8,64}$/);

export interface SharedMapInvite {
  /** The invite's words form (the QR code carries the same words). */
  readonly words: string;
  /** The relay address the invited organizer types with it. */
  readonly relay: string;
  /** Who the invite is for. */
  readonly name: string;
}

export const organizerName = z.string().trim().min(1).max(60);

/**
 * A relay address: a CouchDB database or server over http(s) (an account may be given as
 * user:password@), or a folder (a synced or shared drive) given as an absolute path.
 */
export const relayAddress = z
  .string()
  .trim()
  .min(1)
  .max(2_048)
  .refine((a) => /^https?:\/\/[^\s]+$/i.test(a) || a.startsWith('/') || /^[A-Za-z]:\\/.test(a), 'an http(s) address or a folder path starting with /');

export const inviteWordsArg = z.string().min(1).max(4_000);

const recordTable = z.enum(['stakeholders', 'ties']);
const recordId = z.string().min(1).max(200);

/** "Keep this one" for a field with two values, or keep / remove a record removed while edited. */
export const settleArg = z.union([
  z.strictObject({ table: recordTable, id: recordId, field: z.string().min(1).max(200), keep: z.number().int().min(0).max(50) }),
  z.strictObject({ table: recordTable, id: recordId, keepRecord: z.boolean() }),
]);
export type SettleArg = z.infer<typeof settleArg>;

/**
 * How the window's undo history took a save of a shared map, for the sync's own undo to follow it:
 * 'undo' the window stepping back over its last step (the sync forgets that step rather than
 * keeping the save as a new change of its own to undo, which would bring the step back); 'none' a
 * save that is no step (laying out the map); 'clear' a delete that erases the undo history (the
 * sync forgets every step too). Absent: an edit, or a redo, each a step of its own.
 */
export const historyStepArg = z.enum(['undo', 'none', 'clear']);
export type HistoryStep = z.infer<typeof historyStepArg>;

/** "Undo" on a shared map once the others' changes were taken in: what the sync did, in words. */
export interface SharedUndo {
  /** True when this organizer's last change was taken back, for everyone. */
  readonly undone: boolean;
  /** What happened, or why not ("Not undone: Ben changed role of X since your change."). */
  readonly message: string;
  /** The map saved with the change taken back (null when nothing changed). */
  readonly opened: OpenedMap | null;
  /** Whether another change of this organizer's own is still there to undo. */
  readonly undoable: boolean;
}
