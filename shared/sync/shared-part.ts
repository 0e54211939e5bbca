// The part of a map that may leave its holder's device. Confidential people never do: they stay in
// the holder's own encrypted map, and every trace of them (their ties, their place in meetings,
// committees and tasks, the anchor field) is left out of what is shared. Fail closed: anyone not
// plainly `confidential: false` counts as confidential here.
import type { MapLike } from './map-ops';

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

export function sharedPart(map: MapLike): MapLike {
  return withoutPeople(map, new Set(list(map.stakeholders).filter((s) => s.confidential !== false).map((s) => s.id)));
}

/** The map without the given people: their records, their ties and every section's mention of them. */
export function withoutPeople(map: MapLike, hidden: ReadonlySet<string>): MapLike {
  if (hidden.size === 0) return map;
  const out: Record<string, unknown> = {};
  // The two lists are filtered below; copying their 80,000 records first would cost every edit dearly.
  for (const [key, value] of Object.entries(map)) if (key !== 'stakeholders' && key !== 'ties') out[key] = withoutIds(value, hidden);
  out.stakeholders = list(map.stakeholders).filter((s) => !hidden.has(s.id));
  out.ties = list(map.ties).filter((t) => !hidden.has(String(t.source)) && !hidden.has(String(t.target)));
  return out;
}

/** What the holder sees: the shared map with their own confidential people and ties put back. */
export function withHeldBack(shared: MapLike, local: MapLike): MapLike {
  const held = list(local.stakeholders).filter((s) => s.confidential !== false);
  if (held.length === 0) return shared;
  const heldIds = new Set(held.map((s) => s.id));
  const present = new Set([...list(shared.stakeholders).map((s) => s.id), ...heldIds]);
  const heldTies = list(local.ties).filter(
    (t) => (heldIds.has(String(t.source)) || heldIds.has(String(t.target))) && present.has(String(t.source)) && present.has(String(t.target)),
  );
  return { ...shared, stakeholders: [...list(shared.stakeholders), ...held], ties: [...list(shared.ties), ...heldTies] };
}

/**
 * Drops a hidden id wherever a section names it: from lists of ids, and any record in a list that
 * names one in a field of its own (a task a confidential person owns is theirs, not the coalition's).
 */
function withoutIds(value: unknown, hidden: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return hidden.has(value) ? null : value;
  if (Array.isArray(value)) {
    return value
      .filter((v) => !(typeof v === 'string' && hidden.has(v)))
      .filter((v) => !(isRecord(v) && Object.values(v).some((f) => typeof f === 'string' && hidden.has(f))))
      .map((v) => withoutIds(v, hidden));
  }
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutIds(v, hidden)]));
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): readonly Item[] {
  return Array.isArray(value) ? (value as Item[]) : [];
}
