// How an import reads who is confidential. It fails closed: the people in a coalition's sheets
// include survivors, and a value the app misreads must hide a person rather than name them.
//
// The rule, for a cell in a column read as the confidential field:
// - "clearly no" is: an empty cell, no, n, false, f, 0, off, none, public, open, not confidential,
//   non-confidential, ✗ and ✘ (case, spaces and a trailing "." or "!" set aside);
// - anything else is confidential: yes, x, ✓, "confidential", "yes - survivor", "ask Maria", "?".
// A sheet where an empty cell means "confidential" says so through the value mapping (an empty
// cell is listed among the column's values and can be mapped to "confidential" there).
//
// And for a header: any header that reads like a confidentiality column ("Confidential?", "is
// confidential", "private", "do not share", "sensitive", "keep hidden"...) is read as the
// confidential field, never kept as an invisible custom field. Several such columns are OR-ed.

const CLEARLY_NO: ReadonlySet<string> = new Set([
  '', 'no', 'n', 'false', 'f', '0', 'off', 'none', 'public', 'open', 'not confidential', 'non confidential', 'nonconfidential', '✗', '✘',
]);

function valueWord(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/u, '')
    .replace(/[\s_-]+/gu, ' ')
    .trim();
}

/** True unless the value clearly says "not confidential". */
export function readConfidential(raw: string): boolean {
  return !CLEARLY_NO.has(valueWord(raw));
}

/** True for the few spellings that need no note: a plain yes or no. */
export function isPlainYesNo(raw: string): boolean {
  return ['', 'yes', 'y', 'true', 't', '1', 'x', 'no', 'n', 'false', 'f', '0'].includes(valueWord(raw));
}

/** Word stems that mark a header as a confidentiality column, matched on whole words of the header. */
const HEADER_WORDS: readonly RegExp[] = [
  /\bconfidential(ity)?\b/u,
  /\bprivate\b/u,
  /\bprivacy\b/u,
  /\bsensitive\b/u,
  /\bsecret\b/u,
  /\bhidden\b/u,
  /\bhide\b/u,
  /\bredact(ed)?\b/u,
  /\banonymi[sz]e(d)?\b/u,
  /\banonymous\b/u,
  /\b(do not|dont|not to|never|no) (share|name|publish|disclose|list)\b/u,
];

/** "Confidential?", "Is confidential", "PRIVATE", "Do not share", "dont-share": true. */
export function looksLikeConfidentialHeader(header: string): boolean {
  const words = header
    .normalize('NFC')
    .toLowerCase()
    .replace(/['\u2019]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words !== '' && HEADER_WORDS.some((pattern) => pattern.test(words));
}
