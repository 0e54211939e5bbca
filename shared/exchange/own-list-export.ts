// Reading back the app's own stakeholder and ties lists (export-lists.ts), recognised by their
// exact leading headers. Two things the export added are taken off again, and only there: the
// apostrophe that keeps a formula-like cell as text in a CSV (spreadsheet-safety.ts), and the
// computed figure columns (degree, betweenness…), which the app works out itself and which would
// otherwise come back as custom fields.
import type { CsvRow, CsvTable } from './csv';
import { FIGURE_COLUMNS } from './export-lists';
import { looksLikeFormula } from './spreadsheet-safety';

const STAKEHOLDER_LEAD = ['id', 'name', 'kind', 'categories', 'organization'];
const TIE_LEAD = ['id', 'source_id', 'source', 'target_id', 'target', 'type', 'directed'];
const FIGURES = FIGURE_COLUMNS.map((c) => c.header);

export type OwnList = 'stakeholders' | 'ties';

const startsWith = (headers: readonly string[], lead: readonly string[]): boolean => lead.every((h, i) => headers[i] === h);

/** Which of the app's lists the headers are, or null for anybody else's sheet. */
export function ownListOf(headers: readonly string[]): OwnList | null {
  if (startsWith(headers, TIE_LEAD)) return 'ties';
  const figures = headers.slice(-FIGURES.length);
  if (startsWith(headers, STAKEHOLDER_LEAD) && startsWith(figures, FIGURES)) return 'stakeholders';
  return null;
}

/** The inverse of neutralizeFormula: one leading apostrophe off, only where the export put it. */
export function restoreNeutralized(value: string): string {
  if (!value.startsWith("'")) return value;
  const rest = value.slice(1);
  return looksLikeFormula(rest) || rest.startsWith("'") ? rest : value;
}

/**
 * The table as the app meant it, when it is one of the app's lists: figure columns left out (with
 * a note), and for a CSV (`neutralized`) each guarded cell restored. Any other table is returned as is.
 */
export function readOwnListExport(table: CsvTable, file: string, neutralized: boolean): CsvTable {
  const list = ownListOf(table.headers);
  if (list === null) return table;
  const dropped = new Set(list === 'stakeholders' ? FIGURES : []);
  const rows = table.rows.map((row): CsvRow => {
    const cells = new Map<string, string>();
    for (const [header, value] of row.cells) if (!dropped.has(header)) cells.set(header, neutralized ? restoreNeutralized(value) : value);
    return { line: row.line, cells };
  });
  const note = `${file}: this is the app's own ${list} list; the computed figures (${FIGURES.join(', ')}) were not imported, the map works them out again`;
  return {
    ...table,
    headers: table.headers.filter((h) => !dropped.has(h)),
    rows,
    warnings: dropped.size > 0 ? [...table.warnings, note] : table.warnings,
  };
}
