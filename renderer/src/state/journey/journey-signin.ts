// Reads a filled sign-in sheet back: a CSV with a name column and an attended column (yes/no), as
// the printed sheet has them. Names are matched to the map's stakeholders; a name that matches no
// one, or more than one person, is reported rather than guessed.
import { nameKey } from '../../../../shared/exchange/csv-to-map';
import type { CsvTable } from '../../../../shared/exchange/csv';
import type { MapDocument } from '../../../../shared/model';

export interface SignInReading {
  /** Stakeholder ids marked as attended, in the sheet's order. */
  readonly attended: readonly string[];
  /** Names marked as attended that are on no stakeholder. */
  readonly unknown: readonly string[];
  /** Names marked as attended that more than one stakeholder has. */
  readonly ambiguous: readonly string[];
}

export class SignInSheetError extends Error {}

const NAME_HEADERS = ['name', 'full name', 'names'];
const ATTENDED_HEADERS = ['attended', 'present', 'came', 'here'];
const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', 'ja', 'oui', 'sí', 'si']);
const NO = new Set(['no', 'n', 'false', '0', '']);

function findHeader(table: CsvTable, wanted: readonly string[], what: string, file: string): string {
  const header = table.headers.find((h) => wanted.includes(h.trim().toLowerCase()));
  if (header === undefined) {
    throw new SignInSheetError(`${file}: no ${what} column. The sheet needs a header row with “Name” and “Attended”; it has ${table.headers.map((h) => `“${h}”`).join(', ') || 'none'}.`);
  }
  return header;
}

export function readSignInSheet(table: CsvTable, map: MapDocument, file: string): SignInReading {
  const nameHeader = findHeader(table, NAME_HEADERS, 'name', file);
  const attendedHeader = findHeader(table, ATTENDED_HEADERS, 'attended', file);
  const byName = new Map<string, string[]>();
  for (const s of map.stakeholders) byName.set(nameKey(s.name), [...(byName.get(nameKey(s.name)) ?? []), s.id]);
  const attended: string[] = [];
  const unknown: string[] = [];
  const ambiguous: string[] = [];
  for (const row of table.rows) {
    const name = (row.cells.get(nameHeader) ?? '').trim();
    const mark = (row.cells.get(attendedHeader) ?? '').trim().toLowerCase();
    if (!YES.has(mark) && !NO.has(mark)) {
      throw new SignInSheetError(`${file}, line ${row.line}: “${mark}” in the attended column is neither yes nor no.`);
    }
    if (name === '' || !YES.has(mark)) continue;
    const ids = byName.get(nameKey(name)) ?? [];
    if (ids.length === 0) unknown.push(name);
    else if (ids.length > 1) ambiguous.push(name);
    else if (!attended.includes(ids[0]!)) attended.push(ids[0]!);
  }
  return { attended, unknown, ambiguous };
}
