// The part of a map that may leave its holder's device. Confidential people never do: they stay in
// the holder's own encrypted map, and every trace of them (their ties, their place in meetings,
// committees and tasks, the anchor field) is left out of what is shared. Fail closed: anyone not
// plainly `confidential: false` counts as confidential here. Placeholders are never part of it:
// the holder's own go out in refreshes of their own (electron/main/sync/placeholder-policy.ts),
// and those that came from another holder are never written back by this one.
import type { MapLike } from './map-ops';
import { isHeld, isPlaceholder } from './placeholders';

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

/**
 * `withheld` names people kept out whatever their flag says: those of a restricted record, who
 * must never reach the coalition's shared map even if someone marks them open on their own map.
 */
export function sharedPart(map: MapLike, withheld: ReadonlySet<string> = new Set()): MapLike {
  const hidden = new Set(list(map.stakeholders).filter((s) => s.confidential !== false || isPlaceholder(s) || withheld.has(s.id)).map((s) => s.id));
  return withoutPeople(map, hidden);
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

/**
 * What the holder sees: the shared map with their own confidential people and ties put back, and
 * their own placeholders (`own`) left out, since the people they stand for are here. A tie this
 * device drew to someone else's placeholder stays on this device too.
 */
export function withHeldBack(shared: MapLike, local: MapLike, own: ReadonlySet<string> = new Set()): MapLike {
  const held = list(local.stakeholders).filter(isHeld);
  const base = own.size === 0 ? shared : { ...shared, stakeholders: list(shared.stakeholders).filter((s) => !own.has(s.id)) };
  const placeholders = list(base.stakeholders).filter(isPlaceholder).map((s) => s.id);
  if (held.length === 0 && placeholders.length === 0) return base;
  const heldIds = new Set([...held.map((s) => s.id), ...placeholders]);
  const present = new Set([...list(base.stakeholders).map((s) => s.id), ...heldIds]);
  const heldTies = list(local.ties).filter(
    (t) => (heldIds.has(String(t.source)) || heldIds.has(String(t.target))) && present.has(String(t.source)) && present.has(String(t.target)),
  );
  return { ...base, stakeholders: [...list(base.stakeholders), ...held], ties: [...list(base.ties), ...heldTies] };
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
