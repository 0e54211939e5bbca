// RFC 4180 CSV: quoted fields with "" escapes and embedded line breaks, CRLF/LF/CR line ends,
// and a delimiter (",", ";" or tab) detected from the header line, since European Excel writes ";".
// Rows come back as Maps keyed by header, so "__proto__" is just a string there.
import { decodeFileBytes } from './decode-text';
import { ImportError, WarningLog } from './import-error';
import { isReservedName } from './imported-graph';
import { readOwnListExport } from './own-list-export';

export interface CsvLimits {
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly maxFieldLength: number;
}

export const DEFAULT_CSV_LIMITS: CsvLimits = { maxRows: 200_000, maxColumns: 500, maxFieldLength: 100_000 };

export interface CsvRow {
  /** 1-based line of the file where the row starts, as a spreadsheet shows it. */
  readonly line: number;
  /** Cells by trimmed header as written; reserved header names are left out and reported. */
  readonly cells: ReadonlyMap<string, string>;
}

export interface CsvTable {
  readonly delimiter: string;
  /** The headers as written (trimmed), in order. */
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly warnings: readonly string[];
}

export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** Splits the text into records of raw cells, each with the line it starts on. */
export function splitRecords(text: string, file: string, limits: CsvLimits, delimiter: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endCell = (): void => {
    if (cell.length > limits.maxFieldLength) throw new ImportError(file, `line ${recordLine}`, `a cell is ${cell.length} characters long (limit ${limits.maxFieldLength})`);
    cells.push(cell);
    cell = '';
    if (cells.length > limits.maxColumns) throw new ImportError(file, `line ${recordLine}`, `more than ${limits.maxColumns} columns`);
  };
  const endRecord = (): void => {
    endCell();
    // A blank line is not a row, nor is a line of only delimiters and spaces (",,,," is how a
    // spreadsheet saves a formatted but empty row), as in the XLSX reader.
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    if (records.length > limits.maxRows + 1) throw new ImportError(file, `line ${recordLine}`, `more than ${limits.maxRows} rows (the import limit)`);
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (quoted) throw new ImportError(file, `line ${quoteLine}`, 'a quoted cell is never closed (a " is missing)');
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

export function parseCsv(text: string, file: string, limits: CsvLimits = DEFAULT_CSV_LIMITS): CsvTable {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split(/\r\n|\r|\n/).length;
    throw new ImportError(file, `line ${line}`, 'the file contains NUL characters; it may be a binary file or UTF-16 without a byte-order mark');
  }
  if (text.trim() === '') throw new ImportError(file, null, 'the file is empty');
  const delimiter = detectDelimiter(text);
  const [headerRecord, ...records] = splitRecords(text, file, limits, delimiter);
  const headers = (headerRecord?.cells ?? []).map((h) => h.trim());
  const warnings = new WarningLog();
  const keys: (string | null)[] = [];
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = header.toLowerCase();
    const column = index + 1;
    if (key === '') {
      keys.push(null);
      return;
    }
    if (isReservedName(key)) {
      warnings.add('reserved header', `${file}, column ${column}: the header "${header}" is a reserved name; the column was not imported`);
      keys.push(null);
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) throw new ImportError(file, `column ${column}`, `the header "${header}" repeats column ${first}; rename one of them`);
    seen.set(key, column);
    keys.push(header);
  });
  const rows = records.map(({ line, cells }) => {
    const row = new Map<string, string>();
    cells.forEach((value, index) => {
      const key = keys[index];
      if (key) row.set(key, value);
      else if (index >= keys.length && value.trim() !== '') {
        warnings.add('extra cells', `${file}, line ${line}: more cells than headers; cell ${index + 1} ("${value.slice(0, 40)}") was not imported`);
      } else if (key === null && index < headers.length && headers[index] === '' && value.trim() !== '') {
        warnings.add('no header', `${file}, line ${line}: cell ${index + 1} has no header and was not imported`);
      }
    });
    return { line, cells: row };
  });
  // The app's own lists come back as they were before the export guarded them.
  return readOwnListExport({ delimiter, headers, rows, warnings: warnings.list() }, file, true);
}

/** Bytes -> table: strict decoding first (see decode-text), then parsing. */
export function readCsvFile(bytes: Uint8Array, file: string, encoding?: string, limits: CsvLimits = DEFAULT_CSV_LIMITS): CsvTable {
  return parseCsv(decodeFileBytes(bytes, file, encoding).text, file, limits);
}
