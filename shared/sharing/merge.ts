// What an organizer's own map becomes when the shared state moves on: the shared map, with this
// organizer's confidential people and their ties put back (they never left this computer). A
// section (meetings, committees, tasks…) that the shared state did not change keeps this
// computer's own version, because the shared copy had every confidential person taken out of it
// and would otherwise drop them from this organizer's own meetings and lists too.
import { sharedPart, withHeldBack } from '../sync/shared-part';
import type { MapLike } from '../sync/map-ops';

const RECORDS = new Set(['format', 'version', 'stakeholders', 'ties']);

/** `own`: this organizer's own placeholders in the shared map (placeholders.ts), left out here. */
export function mergeShared(shared: MapLike, local: MapLike, own: ReadonlySet<string> = new Set()): MapLike {
  const localShared = sharedPart(local);
  const merged: Record<string, unknown> = { ...withHeldBack(shared, local, own) };
  for (const key of Object.keys(merged)) {
    if (RECORDS.has(key)) continue;
    if (sameJson(merged[key], localShared[key]) && key in local) merged[key] = local[key];
  }
  // Records keep the order this computer had them in (lists and exports stay put); new ones follow.
  for (const table of ['stakeholders', 'ties']) merged[table] = inLocalOrder(merged[table], local[table]);
  return merged;
}

function inLocalOrder(records: unknown, local: unknown): unknown {
  if (!Array.isArray(records) || !Array.isArray(local)) return records;
  const place = new Map(local.map((r: { id?: unknown }, i) => [r.id, i]));
  const at = (r: { id?: unknown }) => place.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return records.map((r: { id?: unknown }, i) => ({ r, i })).sort((a, b) => at(a.r) - at(b.r) || a.i - b.i).map((x) => x.r);
}

/** Conflicting values as the window shows them: text as it is, anything else as JSON. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && (value as { $absent?: unknown }).$absent === true) return '(empty)';
  return JSON.stringify(value) ?? '(empty)';
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
