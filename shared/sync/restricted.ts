// A restricted record: a survivor whom two or more advocates must share lives in a document of
// their own, under its own key, in its own relay database that only those advocates' accounts may
// read; never in the coalition's shared map. What such a document holds of a map is the people
// it names (always confidential, whatever the record says) and the ties between them; a tie to
// anyone outside stays on the device that drew it. On each member's device the document's people
// join the organizer's own view as confidential people, so the coalition's shared map (which
// leaves every confidential person out) never receives them.
import type { MapLike } from './map-ops';

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

/** The part of `map` that the restricted document of `ids` holds. */
export function restrictedPart(map: MapLike, ids: ReadonlySet<string>): MapLike {
  const people = list(map.stakeholders).filter((s) => ids.has(s.id)).map(confidential);
  return { stakeholders: people, ties: list(map.ties).filter((t) => ids.has(String(t.source)) && ids.has(String(t.target))) };
}

/**
 * The organizer's view with the restricted documents' people in it: each replaces this device's
 * copy of the same person (the document is where the members meet) and is confidential; their
 * ties among themselves come along, and ties this device drew to them stay.
 */
export function withRestricted(view: MapLike, documents: readonly MapLike[]): MapLike {
  const people = new Map<string, Item>();
  const ties = new Map<string, Item>();
  for (const doc of documents) {
    for (const s of list(doc.stakeholders)) people.set(s.id, confidential(s));
    for (const t of list(doc.ties)) ties.set(t.id, t);
  }
  if (people.size === 0) return view;
  const own = list(view.stakeholders);
  const stakeholders = [...own.map((s) => people.get(s.id) ?? s), ...[...people.values()].filter((p) => !own.some((s) => s.id === p.id))];
  const present = new Set(stakeholders.map((s) => s.id));
  const ownTies = list(view.ties);
  const newTies = [...ties.values()].filter((t) => !ownTies.some((o) => o.id === t.id) && present.has(String(t.source)) && present.has(String(t.target)));
  return { ...view, stakeholders, ties: [...ownTies, ...newTies] };
}

/** Fail closed: a restricted person is confidential on every device, whatever the record says. */
function confidential(person: Item): Item {
  return person.confidential === true ? person : { ...person, confidential: true };
}

function list(value: unknown): readonly Item[] {
  return Array.isArray(value) ? (value as Item[]) : [];
}
