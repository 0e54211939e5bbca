// Between a map and the shared state: the field writes that turn one map into the next (what an
// organizer's edit sends), and the map the shared state stands for (what every device shows).
import { RECORD_TABLES, REMOVED_FIELD, SECTION_TABLE, type Removal, type SetOp } from './change';
import { winner, type Write } from './register';
import { isRemoved, type SharedReplica, type SharedRecord } from './replica';

/** A field the record does not have (an optional field left out), as a write can say it. */
export const ABSENT = Object.freeze({ $absent: true });
const SECTION_FIELD = 'value';
const NOT_SECTIONS = new Set<string>(['format', 'version', ...RECORD_TABLES]);

type Item = Readonly<Record<string, unknown>> & { readonly id: string };
export type MapLike = Readonly<Record<string, unknown>>;

/** The writes that turn `before` into `after`; `removal` marks what `after` no longer has. */
export function opsBetween(before: MapLike, after: MapLike, removal: Removal): SetOp[] {
  const ops: SetOp[] = [];
  // One push per write, not push(...all): a first share of 20,000 stakeholders is too many arguments.
  for (const table of RECORD_TABLES) for (const op of tableOps(table, items(before[table]), items(after[table]), removal)) ops.push(op);
  for (const name of sectionNames(before, after)) {
    if (before[name] !== after[name] && !sameJson(before[name], after[name])) {
      ops.push({ table: SECTION_TABLE, id: name, field: SECTION_FIELD, value: after[name] ?? ABSENT });
    }
  }
  return ops;
}

/** The map the shared state stands for: records in a stable order, removed ones left out. */
export function mapOf(replica: SharedReplica, header: { readonly format: string; readonly version: number }): MapLike {
  const map: Record<string, unknown> = { format: header.format, version: header.version };
  for (const section of replica.recordsOf(SECTION_TABLE)) {
    const value = section.fields.get(SECTION_FIELD);
    if (value !== undefined && !isAbsent(winner(value).value)) map[section.id] = winner(value).value;
  }
  const stakeholders = replica.recordsOf('stakeholders').filter(shown).map(recordValue);
  const present = new Set(stakeholders.map((s) => s.id));
  map.stakeholders = stakeholders;
  // A tie whose end was removed elsewhere cannot stand on the map; it comes back with its end.
  map.ties = replica.recordsOf('ties').filter(shown).map(recordValue)
    .filter((t) => present.has(String(t.source)) && present.has(String(t.target)));
  return map;
}

function tableOps(table: (typeof RECORD_TABLES)[number], before: readonly Item[], after: readonly Item[], removal: Removal): SetOp[] {
  const ops: SetOp[] = [];
  const old = new Map(before.map((item) => [item.id, item]));
  for (const item of after) {
    const previous = old.get(item.id);
    old.delete(item.id);
    if (previous === item) continue;
    for (const field of fieldNames(previous, item)) {
      if (previous === undefined || !sameJson(previous[field], item[field])) {
        ops.push({ table, id: item.id, field, value: item[field] ?? ABSENT });
      }
    }
    if (previous === undefined) ops.push({ table, id: item.id, field: REMOVED_FIELD, value: null });
  }
  for (const id of old.keys()) ops.push({ table, id, field: REMOVED_FIELD, value: removal });
  return ops;
}

/** A removed record stays on the map while an edit made without seeing the removal awaits a decision. */
function shown(record: SharedRecord): boolean {
  return !isRemoved(record) || removedWhileEdited(record);
}

export function removedWhileEdited(record: SharedRecord): boolean {
  const removal = record.fields.get(REMOVED_FIELD);
  if (removal === undefined || !isRemoved(record)) return false;
  const mark = winner(removal);
  for (const [field, register] of record.fields) {
    if (field === REMOVED_FIELD) continue;
    // A write in the removal's own change (an undone addition, say) is not an edit it raced.
    const raced = (w: Write) => !(w.actor === mark.actor && w.seq === mark.seq) && (mark.deps[w.actor] ?? 0) < w.seq && (w.deps[mark.actor] ?? 0) < mark.seq;
    if (register.some(raced)) return true;
  }
  return false;
}

/** A record's current fields, as the map shows it. */
export function recordValue(record: SharedRecord): Item {
  const value: Record<string, unknown> = {};
  for (const field of [...record.fields.keys()].sort()) {
    if (field === REMOVED_FIELD) continue;
    const current = winner(record.fields.get(field) ?? []).value;
    if (!isAbsent(current)) value[field] = current;
  }
  return { ...value, id: record.id };
}

function fieldNames(a: Item | undefined, b: Item): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b)])].filter((f) => f !== 'id');
}

function sectionNames(a: MapLike, b: MapLike): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !NOT_SECTIONS.has(k));
}

function items(value: unknown): readonly Item[] {
  return Array.isArray(value) ? (value as Item[]) : [];
}

function isAbsent(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { $absent?: unknown }).$absent === true;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
