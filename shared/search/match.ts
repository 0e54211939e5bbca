// The one way the app matches what a user types against stakeholders: the main search, the list's
// filter and every picker (invite, owner, tie) use it, so "tomas" finds "Tomás" everywhere.
// Case, accents and punctuation are ignored ("obrien" finds "O'Brien", "st mary" finds "St. Mary's");
// every word typed must be found in one of the searched fields.
import type { Stakeholder, Tie } from '../model';

/** What the matcher needs of a map (read-only lists, so views can pass what they hold). */
export interface PeopleAndTies {
  readonly stakeholders: readonly Pick<Stakeholder, 'id' | 'name'>[];
  readonly ties: readonly Pick<Tie, 'source' | 'target' | 'type'>[];
}

/** Letters the Unicode decomposition leaves whole but a reader treats as plain letters. */
const PLAIN: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };

/** Printable ASCII, tabs and line breaks: nothing to decompose or spell plainly (most names and fields). */
const PLAIN_ASCII = /^[ -~\t\n\r]*$/;

/** Lower case, accents off, special letters spelled plainly, and nothing but letters and digits. */
export function foldForSearch(text: string): string {
  // The same answer as below for such text, several times faster: the map's first frame folds every name.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđıþ]/g, (c) => PLAIN[c] ?? c)
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a query, each folded; punctuation between words is a separator only when spaced. */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).map(foldForSearch).filter((w) => w !== '');
}

/** Names of the organizations each person works at (works-at ties), for search and to tell namesakes apart. */
export function organizationsOf(map: PeopleAndTies): ReadonlyMap<string, readonly string[]> {
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const orgs = new Map<string, string[]>();
  for (const t of map.ties) {
    if (t.type !== 'works-at') continue;
    const org = names.get(t.target);
    if (org !== undefined) orgs.set(t.source, [...(orgs.get(t.source) ?? []), org]);
  }
  return orgs;
}

export type Searchable = Pick<Stakeholder, 'id' | 'name'> & Partial<Pick<Stakeholder, 'role' | 'sector' | 'area' | 'email' | 'tags'>>;

/** The searched fields, folded: name, organization, email, role, tags, sector and area. */
function haystack(s: Searchable, orgs: ReadonlyMap<string, readonly string[]>): string {
  return [s.name, ...(orgs.get(s.id) ?? []), s.email ?? '', s.role ?? '', ...(s.tags ?? []), s.sector ?? '', s.area ?? ''].map(foldForSearch).join('\n');
}

/**
 * How well `s` matches the query: 0 the name exactly, 1 the name starts with it, 2 every word in
 * the name, 3 every word somewhere in its fields; null when some word is found nowhere.
 */
export function matchRank(s: Searchable, query: string, orgs: ReadonlyMap<string, readonly string[]> = new Map()): number | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const name = foldForSearch(s.name);
  const whole = words.join('');
  if (name === whole) return 0;
  if (name.startsWith(whole)) return 1;
  if (words.every((w) => name.includes(w))) return 2;
  const fields = haystack(s, orgs);
  return words.every((w) => fields.includes(w)) ? 3 : null;
}

/** True when the query is empty or every word of it is found. */
export function matchesQuery(s: Searchable, query: string, orgs?: ReadonlyMap<string, readonly string[]>): boolean {
  return queryWords(query).length === 0 || matchRank(s, query, orgs) !== null;
}

/** The matches, best first, then by name; at most `limit`. */
export function searchPeople<T extends Searchable>(people: readonly T[], query: string, options: { readonly orgs?: ReadonlyMap<string, readonly string[]>; readonly limit?: number } = {}): T[] {
  const ranked: { readonly p: T; readonly rank: number }[] = [];
  for (const p of people) {
    const rank = matchRank(p, query, options.orgs);
    if (rank !== null) ranked.push({ p, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.p.name.localeCompare(b.p.name));
  return ranked.slice(0, options.limit ?? Number.POSITIVE_INFINITY).map((r) => r.p);
}
