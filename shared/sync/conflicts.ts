// The open conflicts of a shared map, in words: two values for one field ("Changed by Ana and
// Ben"), and a record one organizer removed while another edited it. Settling one is an ordinary
// write made after seeing every side, so it replaces them all on every device.
import { MEMBER_TABLE, RECORD_TABLES, REMOVED_FIELD, type SetOp } from './change';
import { removedWhileEdited } from './map-ops';
import { winner } from './register';
import type { SharedReplica } from './replica';
import { fieldWords } from './field-words';

export interface FieldConflict {
  readonly kind: 'two-values';
  readonly table: (typeof RECORD_TABLES)[number];
  readonly id: string;
  readonly field: string;
  readonly values: readonly { readonly value: unknown; readonly by: string }[];
  readonly sentence: string;
}

export interface RemovalConflict {
  readonly kind: 'removed-while-edited';
  readonly table: (typeof RECORD_TABLES)[number];
  readonly id: string;
  readonly sentence: string;
}

export type Conflict = FieldConflict | RemovalConflict;

export function openConflicts(replica: SharedReplica): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const table of RECORD_TABLES) {
    for (const record of replica.recordsOf(table)) {
      if (removedWhileEdited(record)) conflicts.push(removalConflict(replica, table, record.id));
      for (const [field, register] of record.fields) {
        if (field === REMOVED_FIELD || register.length < 2) continue;
        const values = register.map((w) => ({ value: w.value, by: memberName(replica, w.actor) }));
        conflicts.push({ kind: 'two-values', table, id: record.id, field, values, sentence: `${labelOf(replica, table, record.id)}: ${fieldWords(field)} changed by ${joinNames(values.map((v) => v.by))}` });
      }
    }
  }
  return conflicts;
}

/** "Keep this one": the chosen value, written after seeing every side. */
export function keepValue(conflict: FieldConflict, index: number): SetOp {
  const chosen = conflict.values[index];
  if (chosen === undefined) throw new Error(`conflict has no value number ${index}`);
  return { table: conflict.table, id: conflict.id, field: conflict.field, value: chosen.value };
}

/** Settles a removal that raced an edit: keep the record, or remove it after all. */
export function settleRemoval(conflict: RemovalConflict, keep: boolean, by: string, at: string): SetOp {
  return { table: conflict.table, id: conflict.id, field: REMOVED_FIELD, value: keep ? null : { by, at } };
}

export function memberName(replica: SharedReplica, actor: string): string {
  const name = replica.record(MEMBER_TABLE, actor)?.fields.get('name');
  return name === undefined ? 'an organizer' : String(winner(name).value);
}

function removalConflict(replica: SharedReplica, table: (typeof RECORD_TABLES)[number], id: string): RemovalConflict {
  const removal = replica.record(table, id)?.fields.get(REMOVED_FIELD);
  const by = removal === undefined ? 'an organizer' : memberName(replica, winner(removal).actor);
  return { kind: 'removed-while-edited', table, id, sentence: `${by} removed ${labelOf(replica, table, id)} while it was being edited: keep or remove?` };
}

export function labelOf(replica: SharedReplica, table: (typeof RECORD_TABLES)[number], id: string): string {
  const name = replica.record(table, id)?.fields.get('name');
  return name === undefined ? (table === 'ties' ? 'a tie' : 'a stakeholder') : String(winner(name).value);
}

function joinNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
