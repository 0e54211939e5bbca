// IN-1: a spreadsheet must never run what a stakeholder's name or note says. Text that a
// spreadsheet would read as a formula (or as a DDE command) gets a leading apostrophe, the
// convention Excel and LibreOffice show as "this cell is text".

/** First characters that start a formula or a command in Excel, LibreOffice or Google Sheets. */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);

/** True when a spreadsheet could treat the text as a formula, also after leading spaces. */
export function looksLikeFormula(value: string): boolean {
  const first = value.replace(/^ +/, '')[0];
  return first !== undefined && TRIGGERS.has(first);
}

/**
 * The text as a CSV cell may safely carry it: guarded with a leading `'` when needed. Text that
 * already starts with an apostrophe gets one more, because a spreadsheet hides the first one: a
 * note reading '+1 would otherwise show as +1.
 */
export function neutralizeFormula(value: string): string {
  return looksLikeFormula(value) || value.startsWith("'") ? `'${value}` : value;
}
