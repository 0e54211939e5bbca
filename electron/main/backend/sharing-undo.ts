// "Undo" in the window on a shared map once the others' changes were taken in. The window's own
// history is dropped then (stepping back to an earlier map would take back their changes too), so
// the sync's undo reaches further: it takes back this organizer's own last change field by field
// for everyone (SyncPeer.undo), and refuses in words, writing nothing, when someone else changed
// one of those fields since. The map then saved is the window's, as when taking the others' changes.
import type { OpenedMap } from '../../../shared/ipc';
import type { SharedUndo } from '../../../shared/sharing/sharing-contract';
import { MEMBER_TABLE, RECORD_TABLES, REMOVED_FIELD, type Change } from '../../../shared/sync/change';
import { labelOf } from '../../../shared/sync/conflicts';
import { fieldWords } from '../../../shared/sync/field-words';
import type { SharedReplica } from '../../../shared/sync/replica';
import type { MapStore } from '../store';
import type { MapSession } from './map-session';
import type { SyncAudit } from './sharing-audit';
import type { SharedMapSync } from './sharing-engine';

/** Stamps every edit writes: not what the organizer changed. */
const STAMPS = new Set(['updatedAt', 'createdAt']);
/** Beyond this many records, the words give a count. */
const NAMED_RECORDS = 2;

type TakeChanges = (session: MapSession, sync: SharedMapSync, store: MapStore) => Promise<OpenedMap | null>;

export async function undoSharedChange(session: MapSession, sync: SharedMapSync, store: MapStore, audit: SyncAudit, takeChanges: TakeChanges): Promise<SharedUndo> {
  const result = await sync.undoOwn(store.map, describeChange);
  const undoable = sync.status().undoable ?? false;
  if (!result.undone) {
    // A refusal is logged like a refused change: a count, never who or which field.
    if (result.message.startsWith('Not undone')) await audit('sync-undo-refused', 1);
    return { undone: false, message: result.message, opened: null, undoable };
  }
  await audit('sync-undo', 1);
  // Saved like the others' changes (atomic, backed up); the same map when nothing shows differently.
  const opened = (await takeChanges(session, sync, store)) ?? session.opened(store, []);
  return { undone: true, message: `Undone for everyone: your last change (${result.what}).`, opened, undoable };
}

/** What a change of the organizer's own was, in words: "role of Jordan Lee", "adding Jordan Lee", "4 records". */
export function describeChange(state: SharedReplica, changes: readonly Change[]): string {
  const records = new Map<string, { readonly table: string; readonly id: string; readonly fields: Set<string> }>();
  for (const op of changes.flatMap((c) => c.ops)) {
    if (op.table === MEMBER_TABLE || STAMPS.has(op.field)) continue;
    const key = `${op.table}/${op.id}`;
    const entry = records.get(key) ?? { table: op.table, id: op.id, fields: new Set<string>() };
    // A record's removal marker: null when the change added (or kept) it, a removal when it removed it.
    entry.fields.add(op.field === REMOVED_FIELD ? (op.value === null ? '+' : '-') : op.field);
    records.set(key, entry);
  }
  if (records.size === 0) return 'the shared map';
  if (records.size > NAMED_RECORDS) return `${records.size} records`;
  return [...records.values()].map((r) => recordWords(state, r.table, r.id, r.fields)).join(' and ');
}

function recordWords(state: SharedReplica, table: string, id: string, fields: ReadonlySet<string>): string {
  const recordTable = RECORD_TABLES.find((t) => t === table);
  if (recordTable === undefined) return `the ${id} section`;
  const label = labelOf(state, recordTable, id);
  if (fields.has('-')) return `removing ${label}`;
  if (fields.has('+')) return `adding ${label}`;
  return `${joinWords([...fields].map(fieldWords))} of ${label}`;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
