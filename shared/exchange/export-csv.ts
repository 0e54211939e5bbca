// A list as CSV that Excel opens as intended: UTF-8 with a byte-order mark (without it Excel
// guesses the local code page and mangles accents), CRLF line ends, RFC 4180 quoting, formula
// triggers neutralised in text cells, and number columns written as plain numbers.
import { checkTable, formatNumber, type ExportCell, type ExportTable } from './export-table';
import { neutralizeFormula } from './spreadsheet-safety';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Quotes a field when it holds a delimiter, a quote or a line break (RFC 4180, section 2). */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text as a guarded, quoted field; NUL is dropped because CSV readers (ours too) refuse it. */
function csvText(value: string): string {
  return quoteCsvField(neutralizeFormula(value.replace(/\0/g, '')));
}

function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell) : csvText(cell);
}

export function tableToCsv(table: ExportTable): string {
  checkTable(table);
  // Headers are guarded too: a spreadsheet reads them like any other cell.
  const header = table.columns.map((c) => csvText(c.header)).join(',');
  const rows = table.rows.map((row) => row.map(csvCell).join(','));
  return BOM + [header, ...rows].join(CRLF) + CRLF;
}

export function tableToCsvBytes(table: ExportTable): Uint8Array {
  return new TextEncoder().encode(tableToCsv(table));
}
