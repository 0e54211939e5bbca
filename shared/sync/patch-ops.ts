// A local edit as the window already says it (a map patch: the records it upserts and removes, the
// sections it replaces) turned into exactly the field writes opsBetween finds by comparing the
// shared parts of the whole map before and after. Comparing whole maps costs every edit about
// 80,000 records on a 20,000-stakeholder map; here only the records the patch touches are
// compared, plus those whose shared form the edit changes without naming them: the ties of someone
// who became confidential (or open again), and the sections, which then may name them.
//
// How: a small map of just those records is cut from `before`, and the same from the map the
// patch makes, each in the order the whole map has them; the shared part of each is taken by the
// very same function the whole-map path uses and the two are compared as usual. A record the patch
// leaves alone appears in both small maps as the same object, so it gives no write, as in the big one.
import type { Removal, SetOp } from './change';
import { opsBetween, type MapLike } from './map-ops';

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

export interface ListPatchLike {
  readonly upsert: readonly Item[];
  readonly remove: readonly string[];
}

/** shared/map-patch.ts's MapPatch, as loosely as this module reads it. */
export interface PatchLike {
  readonly stakeholders: ListPatchLike;
  readonly ties: ListPatchLike;
  readonly sections: Readonly<Record<string, unknown>>;
}

type SharedOf = (map: MapLike) => MapLike;

/**
 * The writes that turn the shared part of `before` into that of `applyMapPatch(before, patch)`;
 * null when the patch cannot be applied to `before` as it stands (a removal of a record it does
 * not have, an id upserted twice): then the caller compares whole maps, or refuses, as before.
 */
export function opsOfPatch(before: MapLike, patch: PatchLike, removal: Removal, sharedOf: SharedOf): SetOp[] | null {
  const people = touchedList(items(before.stakeholders), patch.stakeholders);
  if (people === null) return null;
  const moved = hiddenChanged(people, sharedOf);
  const tieIds = new Set([...patch.ties.upsert.map((t) => t.id), ...patch.ties.remove]);
  if (moved.size > 0) for (const t of items(before.ties)) if (moved.has(String(t.source)) || moved.has(String(t.target))) tieIds.add(t.id);
  const ties = touchedList(items(before.ties), patch.ties, tieIds);
  if (ties === null) return null;
  // Sections: those the patch replaces; every one when someone's confidentiality changed.
  const afterSections = { ...sectionsOf(before), ...patch.sections };
  const names = moved.size > 0 ? Object.keys(afterSections) : Object.keys(patch.sections);
  // Everyone a tie or section names comes along, so the shared part hides whom the whole map would.
  const named = new Set<string>();
  for (const t of [...ties.before, ...ties.after]) named.add(String(t.source)).add(String(t.target));
  for (const name of names) for (const map of [before, afterSections]) collectStrings(map[name], named);
  const context = touchedList(items(before.stakeholders), patch.stakeholders, new Set([...people.ids, ...named]));
  if (context === null) return null;
  const small = (list: Item[], tieList: Item[], sections: MapLike): MapLike => {
    const map: Record<string, unknown> = {};
    for (const key of Object.keys(sections)) if (names.includes(key)) map[key] = sections[key];
    return { ...map, stakeholders: list, ties: tieList };
  };
  return opsBetween(sharedOf(small(context.before, ties.before, before)), sharedOf(small(context.after, ties.after, afterSections)), removal);
}

interface Touched {
  readonly ids: ReadonlySet<string>;
  /** The touched records of `before`, in its order. */
  readonly before: Item[];
  /** The same ids after the patch, in the order applyMapPatch leaves them (kept in place, new at the end). */
  readonly after: Item[];
}

/** The records with the given ids (by default those the patch names) before and after the patch. */
function touchedList(list: readonly Item[], patch: ListPatchLike, ids: ReadonlySet<string> = new Set([...patch.upsert.map((i) => i.id), ...patch.remove])): Touched | null {
  if (ids.size === 0 && patch.upsert.length === 0 && patch.remove.length === 0) return { ids, before: [], after: [] };
  const upserts = new Map(patch.upsert.map((item) => [item.id, item]));
  if (upserts.size !== patch.upsert.length) return null;
  const removed = new Set(patch.remove);
  const present = new Set<string>();
  const before: Item[] = [];
  const after: Item[] = [];
  for (const item of list) {
    if (!removed.has(item.id) && !upserts.has(item.id) && !ids.has(item.id)) continue;
    present.add(item.id);
    if (!ids.has(item.id)) continue;
    before.push(item);
    if (!removed.has(item.id)) after.push(upserts.get(item.id) ?? item);
  }
  for (const id of removed) if (!present.has(id)) return null;
  for (const item of patch.upsert) if ((!present.has(item.id) || removed.has(item.id)) && ids.has(item.id)) after.push(item);
  return { ids, before, after };
}

/** Who the patch moves into or out of the hidden part (becomes confidential, open, added or removed hidden). */
function hiddenChanged(people: Touched, sharedOf: SharedOf): Set<string> {
  const hidden = (item: Item | undefined) => item !== undefined && !items(sharedOf({ stakeholders: [item], ties: [] }).stakeholders).some((s) => s.id === item.id);
  const beforeById = new Map(people.before.map((i) => [i.id, i]));
  const afterById = new Map(people.after.map((i) => [i.id, i]));
  return new Set([...people.ids].filter((id) => hidden(beforeById.get(id)) !== hidden(afterById.get(id))));
}

function sectionsOf(map: MapLike): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) if (key !== 'stakeholders' && key !== 'ties' && key !== 'format' && key !== 'version') out[key] = value;
  return out;
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) collectStrings(v, into);
}

function items(value: unknown): readonly Item[] {
  return Array.isArray(value) ? (value as Item[]) : [];
}
