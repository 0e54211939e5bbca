// What an incoming row would change on a stakeholder already on the map, field by field, and the
// record after the user's keep-or-replace choices. A blank incoming value never erases anything;
// a value filling a blank always comes in; two different values keep the map's unless the user
// chose to replace it. Lists are joined. Confidential and lived experience only ever turn on: an
// import never makes a confidential person open.
import type { Stakeholder } from '../model';

export const TEXT_FIELDS = ['name', 'role', 'sector', 'email', 'phone', 'address', 'area', 'notes'] as const;
export const LIST_FIELDS = ['categories', 'services', 'tags'] as const;

type TextField = (typeof TEXT_FIELDS)[number];
type ListField = (typeof LIST_FIELDS)[number];
/** A field of the record, or `custom:<key>` for a custom field. */
export type DiffField = TextField | ListField | 'kind' | 'influence' | 'stage' | 'consentUntil' | 'livedExperience' | 'confidential' | `custom:${string}`;

export interface FieldChange {
  readonly field: DiffField;
  readonly before: string;
  readonly after: string;
  /** fill: a blank (or a list) gains values, always applied. conflict: two values, kept unless replaced. */
  readonly kind: 'fill' | 'conflict';
}

function shown(value: string | number | boolean | null | readonly string[]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

function compareValue(field: DiffField, before: string | number | null, after: string | number | null, out: FieldChange[]): void {
  const blankAfter = after === null || (typeof after === 'string' && after.trim() === '');
  if (blankAfter || before === after) return;
  const blankBefore = before === null || (typeof before === 'string' && before.trim() === '');
  out.push({ field, before: shown(before), after: shown(after), kind: blankBefore ? 'fill' : 'conflict' });
}

/** Every change the incoming record would bring; none when re-importing the same values. */
export function diffRecord(existing: Stakeholder, incoming: Stakeholder): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of TEXT_FIELDS) compareValue(field, existing[field], incoming[field], out);
  if (incoming.kind !== existing.kind) out.push({ field: 'kind', before: existing.kind, after: incoming.kind, kind: 'conflict' });
  for (const field of LIST_FIELDS) {
    const added = incoming[field].filter((v) => !(existing[field] as readonly string[]).includes(v));
    if (added.length > 0) out.push({ field, before: shown(existing[field]), after: shown([...existing[field], ...added]), kind: 'fill' });
  }
  compareValue('influence', existing.influence, incoming.influence, out);
  // "mapped" is every record's starting stage: an incoming "mapped" says nothing new.
  compareValue('stage', existing.stage, incoming.stage === 'mapped' ? null : incoming.stage, out);
  compareValue('consentUntil', existing.consentUntil, incoming.consentUntil, out);
  if (incoming.livedExperience && !existing.livedExperience) out.push({ field: 'livedExperience', before: 'no', after: 'yes', kind: 'fill' });
  if (incoming.confidential && !existing.confidential) out.push({ field: 'confidential', before: 'no', after: 'yes', kind: 'fill' });
  for (const [key, value] of Object.entries(incoming.custom)) compareValue(`custom:${key}`, existing.custom[key] ?? null, value, out);
  return out;
}

function pick<T>(existing: T, incoming: T, change: FieldChange | undefined, replace: ReadonlySet<DiffField>): T {
  if (!change) return existing;
  return change.kind === 'fill' || replace.has(change.field) ? incoming : existing;
}

/**
 * The existing record with the changes applied: fills always, conflicts only for the fields in
 * `replace`. Returns the existing record itself (same object) when nothing changes.
 */
export function applyChanges(existing: Stakeholder, incoming: Stakeholder, changes: readonly FieldChange[], replace: ReadonlySet<DiffField>, now: string): Stakeholder {
  const byField = new Map(changes.map((c) => [c.field, c]));
  const applied = changes.filter((c) => c.kind === 'fill' || replace.has(c.field));
  if (applied.length === 0) return existing;
  const custom: Record<string, string> = { ...existing.custom };
  const next: { -readonly [K in keyof Stakeholder]: Stakeholder[K] } = { ...existing, custom, updatedAt: now };
  for (const field of TEXT_FIELDS) next[field] = pick(existing[field], incoming[field], byField.get(field), replace);
  next.kind = pick(existing.kind, incoming.kind, byField.get('kind'), replace);
  next.categories = byField.has('categories') ? [...new Set([...existing.categories, ...incoming.categories])] : existing.categories;
  next.services = byField.has('services') ? [...new Set([...existing.services, ...incoming.services])] : existing.services;
  next.tags = byField.has('tags') ? [...new Set([...existing.tags, ...incoming.tags])] : existing.tags;
  next.influence = pick(existing.influence, incoming.influence, byField.get('influence'), replace);
  next.stage = pick(existing.stage, incoming.stage, byField.get('stage'), replace);
  next.consentUntil = pick(existing.consentUntil, incoming.consentUntil, byField.get('consentUntil'), replace);
  next.livedExperience = existing.livedExperience || incoming.livedExperience;
  // Never lowered, whatever was chosen: safety first.
  next.confidential = existing.confidential || incoming.confidential;
  for (const [key, value] of Object.entries(incoming.custom)) {
    const change = byField.get(`custom:${key}`);
    if (change && (change.kind === 'fill' || replace.has(change.field))) custom[key] = value;
  }
  return next;
}
