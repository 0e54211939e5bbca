// Excel keeps a date as a number of days and shows it as a date only through the cell's style.
// A number is turned into YYYY-MM-DD (what the map's date fields read) only when its style is
// clearly a date: a built-in date format, or a custom format with day/month/year letters outside
// quotes and brackets. Anything else stays the number as written, so nothing is guessed.
import { attr, children, type XmlElement } from './xml-read';

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, plus the common East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormatCode(code: string): boolean {
  // Drop quoted text, escaped characters and [colour]/[$-locale] brackets, then look for date letters.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s;E+-]*$/i.test(bare);
}

/** For each style index (a cell's `s`), whether it shows a date. */
export function dateStyles(styles: XmlElement | undefined): boolean[] {
  const sheet = children(styles, 'styleSheet')[0];
  const custom = new Map<number, string>();
  for (const fmt of children(children(sheet, 'numFmts')[0], 'numFmt')) {
    custom.set(Number(attr(fmt, 'numFmtId')), attr(fmt, 'formatCode') ?? '');
  }
  return children(children(sheet, 'cellXfs')[0], 'xf').map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? '0');
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

const DAY_MS = 86_400_000;

/**
 * A date serial -> "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when it has a time of day; null when it
 * is not a plausible date. The 1900 system counts the non-existent 29 Feb 1900 (serial 60), as Lotus did.
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = !date1904 && serial < 60 ? serial + 1 : serial;
  const ms = Math.round((epoch + days * DAY_MS) / 1000) * 1000;
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
