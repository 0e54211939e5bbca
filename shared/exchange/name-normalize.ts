// How two organizers' spellings of the same person are brought to one form before comparing:
// names lose case, accents, punctuation and word order; emails lose case and spaces; phones keep
// their digits. Pure string work, so the app and the CLI find exactly the same duplicates.

/** Letters NFD does not split into base + mark, spelled the way people type them without accents. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/** Lower case, accents off, special letters folded. */
function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþıħ]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

/**
 * The words of a name: "Okafor, Grace A." -> ["okafor", "grace", "a"]. Apostrophes join their
 * neighbours ("O'Brien" -> "obrien", as people also type it); any other punctuation separates words.
 */
export function nameWords(name: string): string[] {
  return foldLetters(name)
    .replace(/['\u2019\u02bc`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * Words that say how someone is addressed, not who they are ("Dr. Grace Okafor" is Grace Okafor),
 * and the filler of organization names ("The Harbor House, Inc."). "Jr" and "Sr" stay: a father
 * and his son are two people.
 */
const NOT_IDENTIFYING: ReadonlySet<string> = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'rev', 'revd', 'reverend', 'pastor', 'fr', 'imam', 'rabbi',
  'hon', 'honorable', 'honourable', 'judge', 'sen', 'senator', 'rep', 'commissioner', 'councillor', 'councilor',
  'councilmember', 'mayor', 'officer', 'sgt', 'det', 'phd', 'md', 'esq', 'msw', 'lcsw',
  'the', 'and', 'of', 'inc', 'incorporated', 'llc', 'ltd', 'corp',
]);

/** Common short forms in organization names, read as their long form. */
const SHORT_FORMS: Readonly<Record<string, string>> = { st: 'saint', ctr: 'center', centre: 'center', assn: 'association', dept: 'department', intl: 'international' };

/**
 * The words two names are compared on: nameWords without titles and filler, short forms read in
 * full. A name made only of such words keeps them all ("The Rev" stays "the rev").
 */
export function matchWords(name: string): string[] {
  const words = nameWords(name).map((w) => SHORT_FORMS[w] ?? w);
  const kept = words.filter((w) => !NOT_IDENTIFYING.has(w));
  return kept.length > 0 ? kept : words;
}

/** The comparison key of a name: its words sorted, so "Okafor, Grace" and "Grace Okafor" agree. */
export function nameKey(name: string): string {
  return nameWords(name).sort().join(' ');
}

/** "  Grace@Example.ORG " -> "grace@example.org"; "" when there is no address. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export interface PhoneKey {
  readonly digits: string;
  /** Written with a country code (+44 ..., 0044 ...). */
  readonly international: boolean;
}

/** Numbers shorter than this are extensions or fragments, too short to identify anyone. */
export const MIN_PHONE_DIGITS = 7;

/** Digits only, with "00" read as "+"; null for an empty or too short number. */
export function phoneKey(phone: string): PhoneKey | null {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  let international = trimmed.startsWith('+');
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  return digits.length >= MIN_PHONE_DIGITS ? { digits, international } : null;
}

export type PhoneMatch = 'same' | 'country-code' | null;

/**
 * Equal digits are the same number. One more case is safe enough to call the same: one number is
 * written with a country code of 1-3 digits and the other without, and once the code (and the
 * national trunk "0" of the other) are taken off, at least seven digits agree exactly.
 */
export function comparePhones(a: PhoneKey, b: PhoneKey): PhoneMatch {
  if (a.digits === b.digits) return 'same';
  if (a.international === b.international) return null;
  const [withCode, national] = a.international ? [a, b] : [b, a];
  const nationalDigits = national.digits.replace(/^0/, '');
  if (nationalDigits.length < MIN_PHONE_DIGITS) return null;
  const codeLength = withCode.digits.length - nationalDigits.length;
  if (codeLength < 1 || codeLength > 3) return null;
  return withCode.digits.endsWith(nationalDigits) ? 'country-code' : null;
}

/** The last digits of a number, used to find candidate pairs without comparing every phone to every other. */
export function phoneBucket(key: PhoneKey): string {
  return key.digits.slice(-MIN_PHONE_DIGITS);
}

/**
 * Edit distance (insertions, deletions, substitutions and swaps of neighbours), giving up as soon as
 * it must exceed `max`: returns max + 1 then. Only cells within `max` of the diagonal can stay under
 * the limit, so only those are computed: large maps compare many names, and most differ a lot.
 */
export function editDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  const row = () => new Array<number>(b.length + 1).fill(over);
  let before = row();
  let previous = row();
  let current = row();
  for (let j = 0; j <= Math.min(b.length, max); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(over);
    if (i <= max) current[0] = i;
    let rowBest = current[0] ?? over;
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? over) + 1);
      current[j] = Math.min(value, over);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return over;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length] ?? over, over);
}

/**
 * How many letters the differing part of two names may be off by and still be proposed. Alone, a
 * name of four letters or fewer gets none ("Ann" is not "Amy"); next to a word both names share,
 * three letters get one ("Jon Smith", "John Smith"). Long names get two.
 */
export function allowedTypos(differing: string, sharesAWord = false): number {
  const letters = differing.replace(/ /g, '').length;
  if (letters <= (sharesAWord ? 2 : 4)) return 0;
  return letters <= 10 ? 1 : 2;
}

/**
 * True when every word of the shorter (or equally long) name is in the other one, a single letter standing for a
 * word it begins ("G. Okafor" in "Grace Okafor"); each word of the longer name is used once. The
 * shorter name needs two words, one of them a full word, so "Grace" alone proposes nothing.
 */
export function wordsContained(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length < 2 || shorter.length > longer.length) return false;
  if (!shorter.some((w) => w.length > 1)) return false;
  const unused = [...longer];
  // Full words first, so an initial cannot use up the word a full word needs.
  const ordered = [...shorter].sort((x, y) => y.length - x.length);
  for (const word of ordered) {
    const exact = unused.indexOf(word);
    const index = exact >= 0 || word.length > 1 ? exact : unused.findIndex((w) => w.startsWith(word));
    if (index < 0) return false;
    unused.splice(index, 1);
  }
  return true;
}
