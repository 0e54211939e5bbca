// Presentation mode's one rule, as pure functions: a confidential stakeholder shows as
// "Confidential stakeholder N" (numbered in map order, exactly as the analysis numbers them) and
// everything that could identify them is blanked. Free text anywhere else (tie notes, meetings,
// insight sentences, notices) is scrubbed of their names and contact details, so a sentence
// computed before the switch cannot leak a name either.
import { confidentialPlaceholder } from '../../../../shared/analysis/context';
import type { MapDocument, Stakeholder } from '../../../../shared/model';

/** Confidential stakeholder id -> the placeholder shown instead of the name. */
export function confidentialNames(map: MapDocument): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  let ordinal = 0;
  for (const s of map.stakeholders) if (s.confidential) names.set(s.id, confidentialPlaceholder(++ordinal));
  return names;
}

function hidden(s: Stakeholder, placeholder: string): Stakeholder {
  const { source: _source, ...kept } = s;
  return { ...kept, name: placeholder, role: '', sector: '', email: '', phone: '', address: '', area: '', notes: '', tags: [], custom: {} };
}

const HIDDEN_DETAIL = '[hidden]';
/** Shorter values (initials, a two-digit number) would blank ordinary words everywhere. */
const MIN_SECRET_LENGTH = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Scrub = <T>(value: T) => T;

/** A function that replaces every confidential name and contact detail inside any value's strings. */
export function createScrub(map: MapDocument): Scrub {
  const names = confidentialNames(map);
  const replacements = new Map<string, string>();
  const words = new Map<string, string>();
  for (const s of map.stakeholders) {
    const placeholder = names.get(s.id);
    if (placeholder === undefined) continue;
    for (const detail of [s.email, s.phone, s.address]) if (detail.trim().length >= MIN_SECRET_LENGTH) replacements.set(detail.trim().toLowerCase(), HIDDEN_DETAIL);
    if (s.name.trim().length >= MIN_SECRET_LENGTH) replacements.set(s.name.trim().toLowerCase(), placeholder);
    // Minutes and notes often say "Maria" alone: the first name goes too, as a whole word.
    const first = firstNameOf(s.name);
    if (first !== null) words.set(first.toLowerCase(), placeholder);
  }
  return createReplacementScrub(replacements, words);
}

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'rev', 'prof', 'sr', 'sra', 'fr', 'imam', 'rabbi', 'pastor']);

/** The first word of a person's name that is not a title, when it is long enough to be a name. */
export function firstNameOf(name: string): string | null {
  const words = name.trim().split(/\s+/).map((w) => w.replace(/[.,]+$/u, ''));
  const first = words.find((w) => !TITLES.has(w.toLowerCase()));
  // A one-word name is already scrubbed whole; initials are too short to hide safely.
  if (first === undefined || words.length < 2 || first.length < MIN_SECRET_LENGTH) return null;
  return first;
}

/**
 * A scrub that replaces each key (lower case) found in any string, whatever its case, by its value;
 * `words` are replaced only as whole words (a first name, not the same letters inside another word).
 */
export function createReplacementScrub(replacements: ReadonlyMap<string, string>, words: ReadonlyMap<string, string> = new Map()): Scrub {
  if (replacements.size === 0 && words.size === 0) return <T>(value: T): T => value;
  // Longest first, so "Maria Torres" is replaced whole before "Maria T" could match inside it.
  const secrets = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const wholeWords = [...words.keys()].filter((w) => !replacements.has(w)).map((w) => `(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`);
  const pattern = new RegExp([...secrets, ...wholeWords].join('|'), 'giu');
  const text = (value: string): string => value.replace(pattern, (found) => replacements.get(found.toLowerCase()) ?? words.get(found.toLowerCase()) ?? HIDDEN_DETAIL);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value instanceof Map) return new Map([...value].map(([k, v]) => [walk(k), walk(v)]));
    if (value instanceof Set) return new Set([...value].map(walk));
    // Only plain records: typed arrays of figures and other objects hold no text.
    if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return <T>(value: T): T => walk(value) as T;
}

/** The map as presentation mode shows it: same ids and shape, nothing that names a confidential person. */
export function presentMap(map: MapDocument, scrub: Scrub = createScrub(map)): MapDocument {
  const names = confidentialNames(map);
  if (names.size === 0) return map;
  const { stakeholders, ...rest } = map;
  return {
    ...scrub(rest),
    stakeholders: stakeholders.map((s) => {
      const placeholder = names.get(s.id);
      // Ordinary stakeholders keep their own fields; only free text is checked for hidden names.
      return placeholder === undefined ? { ...s, notes: scrub(s.notes), custom: scrub(s.custom) } : hidden(s, placeholder);
    }),
  };
}

/** True when the stakeholder's details may not be edited now (editing would save the placeholders). */
export function isEditLocked(map: MapDocument | null, id: string | null, presenting: boolean): boolean {
  if (!presenting || map === null || id === null) return false;
  return map.stakeholders.find((s) => s.id === id)?.confidential === true;
}
