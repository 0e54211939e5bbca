// Finding a person's name in free text the way people write it: case and accents do not matter
// ("maria garcia" finds "María GARCÍA"), punctuation between words does not ("García, María"),
// and a possessive does not hide it ("García's"). Spellings come in two kinds:
// - certain: the full name in either order, first + last without middle names, the email address.
//   Nobody else on a coalition map is likely written that way, so these are scrubbed without asking.
// - uncertain: a first or last name alone, an initial with the other name ("M. García", "María G.").
//   They may name someone else, so the person doing the erase decides about each.
import { nameWords } from '../exchange/name-normalize';
import type { Stakeholder } from '../model';

export interface Spelling {
  /** The words as people write them, e.g. "García, María" or "M. García"; matched by `wordsOf`. */
  readonly text: string;
  readonly certain: boolean;
}

/** Text's words, each folded (case, accents, special letters), with where it stands in the text. */
interface Word {
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

/** Words split at anything that is not a letter or digit (apostrophes too: "O'Brien" -> "o", "brien"). */
function wordsWithPlaces(text: string): Word[] {
  const found: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const folded = nameWords(m[0]).join('');
    if (folded !== '') found.push({ folded, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The folded words of a spelling or a name: "García, María" -> ["garcia", "maria"]. */
export function wordsOf(text: string): string[] {
  return wordsWithPlaces(text).map((w) => w.folded);
}

function unique(spellings: Spelling[]): Spelling[] {
  const seen = new Map<string, Spelling>();
  for (const s of spellings) {
    const key = wordsOf(s.text).join(' ');
    if (key === '') continue;
    const before = seen.get(key);
    // The same words listed as certain and uncertain are certain.
    if (before === undefined || (!before.certain && s.certain)) seen.set(key, s);
  }
  return [...seen.values()];
}

/** Every spelling of a stakeholder's name (and email) worth looking for, certain ones first. */
export function spellingsOf(person: Pick<Stakeholder, 'name' | 'email' | 'kind'>): Spelling[] {
  const words = person.name.split(/[^\p{L}\p{M}\p{N}'’]+/u).filter((w) => w !== '');
  const certain: Spelling[] = [{ text: person.name, certain: true }];
  // "O'Brien" is also typed "OBrien".
  if (/['’]/.test(person.name)) certain.push({ text: person.name.replace(/['’]/g, ''), certain: true });
  if (person.email.trim() !== '') certain.push({ text: person.email.trim(), certain: true });
  const uncertain: Spelling[] = [];
  if (person.kind === 'person' && words.length >= 2) {
    const first = words[0] ?? '';
    const last = words.at(-1) ?? '';
    certain.push({ text: `${last}, ${words.slice(0, -1).join(' ')}`, certain: true });
    if (words.length >= 3) certain.push({ text: `${first} ${last}`, certain: true });
    for (const word of words) if (wordsOf(word).join('').length >= 2) uncertain.push({ text: word, certain: false });
    uncertain.push({ text: `${first.charAt(0)}. ${last}`, certain: false }, { text: `${first} ${last.charAt(0)}.`, certain: false });
  }
  return unique([...certain, ...uncertain]);
}

/** Spellings ready to look for: by their first word, longest first, so a text is read once. */
export interface Matcher {
  readonly byFirst: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly spelling: string }[]>;
}

export function compileSpellings(spellings: readonly string[]): Matcher {
  const byFirst = new Map<string, { words: string[]; spelling: string }[]>();
  for (const spelling of spellings) {
    const words = wordsOf(spelling);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ words, spelling });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

export interface Span {
  readonly start: number;
  readonly end: number;
  /** The spelling (as given) that matched here. */
  readonly spelling: string;
}

/** Where the spellings occur in `text`, in order and not overlapping; the longest wins at each place. */
export function matchSpans(text: string, matcher: Matcher): Span[] {
  if (text === '' || matcher.byFirst.size === 0) return [];
  const words = wordsWithPlaces(text);
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const candidates = matcher.byFirst.get(words[i]?.folded ?? '') ?? [];
    const hit = candidates.find((c) => c.words.every((w, k) => words[i + k]?.folded === w));
    if (hit === undefined) continue;
    const first = words[i];
    const last = words[i + hit.words.length - 1];
    if (first === undefined || last === undefined) continue;
    spans.push({ start: first.start, end: last.end, spelling: hit.spelling });
    i += hit.words.length - 1;
  }
  return spans;
}

/** Where one spelling occurs in `text`: [start, end) spans of the original text. */
export function findSpelling(text: string, spelling: string): [number, number][] {
  return matchSpans(text, compileSpellings([spelling])).map((s) => [s.start, s.end]);
}

export const SCRUBBED = '[removed]';

/** `text` with every occurrence of the spellings replaced by `replacement` (longest first at each place). */
export function scrubText(text: string, spellings: readonly string[] | Matcher, replacement = SCRUBBED): string {
  const matcher = Array.isArray(spellings) ? compileSpellings(spellings) : (spellings as Matcher);
  let out = text;
  for (const span of matchSpans(text, matcher).reverse()) out = out.slice(0, span.start) + replacement + out.slice(span.end);
  return out;
}

/** True when `text` holds any of the spellings. */
export function mentions(text: string, matcher: Matcher): boolean {
  return matchSpans(text, matcher).length > 0;
}
