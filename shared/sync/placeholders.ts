// Anonymous placeholders: when the holder of confidential people allows it (a per-map sharing
// setting, off by default), each of them is represented in the shared map by a stand-in that
// carries only the two things coverage counts need, its categories and its stage. Everything else
// is left out on purpose:
// - no name, contact, address, area, notes, role, sector, organisation, tags, custom fields,
//   services, influence, lived experience, consent, position or dates: any of them can single a
//   person out in a small community, and none is needed to count categories and members;
// - no ties: a tie names an open person at its other end (a sister, a caseworker, an employer),
//   which together with a category and a stage is often enough to tell who the survivor is;
// - no mention in meetings, committees, tasks or the anchor field, for the same reason;
// - an id that cannot be linked back to the local one (the app derives it from a secret kept only
//   in the holder's encrypted sharing settings), nor to the same person's placeholder before: the
//   holder's app writes placeholders apart from any edit and all anew under fresh ids
//   (electron/main/sync/placeholder-policy.ts); a fixed kind and fixed dates.
// On every other device a placeholder is a confidential stakeholder, so exports, briefs and the
// analysis already show it under their own numbered placeholder; it is never written back by them.
import type { MapLike } from './map-ops';

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

/** How the holder's app names its placeholders; `idFor` gives null for someone who gets none. */
export interface PlaceholderPolicy {
  /** The holder's name as the other organizers know it ("held by Ana"). */
  readonly heldBy: string;
  idFor(localId: string): string | null;
}

const PLACEHOLDER_ID = /^held-[0-9a-f]{32}$/;
/** Placeholders carry no date of their own: when someone was added says something about them. */
export const PLACEHOLDER_STAMP = '2000-01-01T00:00:00.000Z';
const KNOWN_STAGES = new Set(['mapped', 'to-contact', 'contacted', 'member', 'core', 'declined']);

export function placeholderName(heldBy: string): string {
  return `Confidential person (held by ${heldBy})`;
}

/** A placeholder id as the app writes them: "held-" and 32 hex digits. */
export function isPlaceholderId(id: string): boolean {
  return PLACEHOLDER_ID.test(id);
}

export function isPlaceholder(item: { readonly id: string }): boolean {
  return isPlaceholderId(item.id);
}

/** Confidential in the shared map's sense: anything but a plain `false` (fail closed). */
export function isHeld(item: Item): boolean {
  return item.confidential !== false && !isPlaceholder(item);
}

/** The stand-in for `person` under the id `id`: categories and stage only. */
export function placeholderFor(person: Item, id: string, heldBy: string): Item {
  const categories = Array.isArray(person.categories) ? person.categories.filter((c): c is string => typeof c === 'string') : [];
  // An unknown stage is not passed on as it is: it could be any text.
  const stage = typeof person.stage === 'string' && KNOWN_STAGES.has(person.stage) ? person.stage : 'mapped';
  return {
    id,
    name: placeholderName(heldBy.slice(0, 200)),
    kind: 'person',
    categories: [...new Set(categories)].sort(),
    stage,
    confidential: true,
    createdAt: PLACEHOLDER_STAMP,
    updatedAt: PLACEHOLDER_STAMP,
  };
}

/** The placeholders the holder's map gives under `policy`, in map order. */
export function placeholdersOf(map: MapLike, policy: PlaceholderPolicy): Item[] {
  const out: Item[] = [];
  for (const person of list(map.stakeholders)) {
    if (!isHeld(person)) continue;
    const id = policy.idFor(person.id);
    if (id === null) continue;
    if (!isPlaceholderId(id)) throw new Error('a placeholder id must be "held-" and 32 hex digits');
    out.push(placeholderFor(person, id, policy.heldBy));
  }
  return out;
}

function list(value: unknown): readonly Item[] {
  return Array.isArray(value) ? (value as Item[]) : [];
}
