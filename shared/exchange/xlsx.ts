// An Excel sheet -> the same table a CSV sheet gives (first non-empty row = headers, rows keyed
// by header in Maps), so csv-to-map's column mapping applies unchanged. Cells are read as text:
// shared and inline strings as written, numbers as their stored text, booleans as TRUE/FALSE,
// formulas only through the result Excel saved (never evaluated). A number becomes YYYY-MM-DD only
// when its style is clearly a date (see xlsx-dates). Every refusal names file, sheet and cell.
import { DEFAULT_CSV_LIMITS, type CsvLimits, type CsvRow, type CsvTable } from './csv';
import { columnLetters } from './export-xlsx';
import { ImportError, WarningLog } from './import-error';
import { isReservedName } from './imported-graph';
import { readOwnListExport } from './own-list-export';
import { serialToIsoDate } from './xlsx-dates';
import { openXlsxSheet, type XlsxSheetSource } from './xlsx-package';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './xlsx-zip-guard';
import { attr, children, textOf, type XmlElement } from './xml-read';

export interface XlsxTable extends CsvTable {
  /** The sheet that was read, and all sheets of the workbook (for a later choice). */
  readonly sheet: string;
  readonly sheets: readonly string[];
}

export interface XlsxReadOptions {
  readonly sheet?: string;
  readonly limits?: CsvLimits;
  readonly zipLimits?: ZipLimits;
}

/** "C7" -> { column: 2, row: 7 }; null when it is not a cell reference. */
export function parseCellRef(ref: string): { column: number; row: number } | null {
  const match = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(ref.toUpperCase());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(match[2]) };
}

interface SheetRecord {
  readonly row: number;
  readonly cells: Map<number, string>;
}

class SheetReader {
  readonly warnings = new WarningLog();

  constructor(
    private readonly source: XlsxSheetSource,
    private readonly file: string,
    private readonly limits: CsvLimits,
  ) {}

  private where(ref: string): string {
    return `sheet ${this.source.sheetName}, cell ${ref}`;
  }

  fail(ref: string, reason: string): never {
    throw new ImportError(this.file, this.where(ref), reason);
  }

  warn(kind: string, ref: string, message: string): void {
    this.warnings.add(kind, `${this.file}, ${this.where(ref)}: ${message}`);
  }

  private cellValue(c: XmlElement, ref: string): string {
    const type = attr(c, 't') ?? 'n';
    const v = textOf(children(c, 'v')[0] ?? {});
    if (type === 'inlineStr') {
      const is = children(c, 'is')[0];
      return [...children(is, 't'), ...children(is, 'r').flatMap((r) => children(r, 't'))].map((t) => textOf(t) ?? '').join('');
    }
    if (v === undefined) {
      if (children(c, 'f').length > 0) this.warn('formula without result', ref, 'a formula with no saved result was read as empty (open and save the file in Excel first)');
      return '';
    }
    if (type === 's') {
      const text = this.source.sharedStrings[Number(v)];
      if (!/^\d+$/.test(v) || text === undefined) this.fail(ref, `the cell points at shared string ${v}, which the workbook does not have`);
      return text;
    }
    if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
    if (type === 'e') {
      this.warn('error cell', ref, `the cell holds the error ${v}; it was read as empty`);
      return '';
    }
    if (type === 'n' && this.source.dateStyles[Number(attr(c, 's') ?? '0')] === true) {
      return serialToIsoDate(Number(v), this.source.date1904) ?? v;
    }
    return v; // numbers as written, "str" formula results, "d" ISO dates
  }

  records(): SheetRecord[] {
    const sheetData = children(children(this.source.sheet, 'worksheet')[0], 'sheetData')[0];
    const records: SheetRecord[] = [];
    let rowNumber = 0;
    for (const row of children(sheetData, 'row')) {
      const declared = Number(attr(row, 'r'));
      rowNumber = Number.isInteger(declared) && declared > rowNumber ? declared : rowNumber + 1;
      const cells = new Map<number, string>();
      let column = -1;
      for (const c of children(row, 'c')) {
        const rawRef = attr(c, 'r');
        const parsed = rawRef === undefined ? null : parseCellRef(rawRef);
        if (rawRef !== undefined && !parsed) this.fail(rawRef, 'this is not a cell reference like C7');
        column = parsed ? parsed.column : column + 1;
        const ref = `${columnLetters(column)}${rowNumber}`;
        const value = this.cellValue(c, ref);
        if (value.trim() === '') continue;
        if (value.length > this.limits.maxFieldLength) this.fail(ref, `the cell is ${value.length} characters long (limit ${this.limits.maxFieldLength})`);
        if (column >= this.limits.maxColumns) this.fail(ref, `the cell is beyond column ${this.limits.maxColumns} (the import limit)`);
        cells.set(column, value);
      }
      if (cells.size === 0) continue; // a blank (perhaps only formatted) row is not a row
      records.push({ row: rowNumber, cells });
      if (records.length > this.limits.maxRows + 1) this.fail(`A${rowNumber}`, `more than ${this.limits.maxRows} rows (the import limit)`);
    }
    return records;
  }

  /** Headers as written, with gaps as ""; keys (null for columns not imported) by column. */
  headers(record: SheetRecord): { headers: string[]; keys: (string | null)[] } {
    const width = Math.max(...record.cells.keys()) + 1;
    const headers: string[] = [];
    const keys: (string | null)[] = [];
    const seen = new Map<string, string>();
    for (let column = 0; column < width; column++) {
      const header = (record.cells.get(column) ?? '').trim();
      const ref = `${columnLetters(column)}${record.row}`;
      headers.push(header);
      const key = header.toLowerCase();
      if (key === '') keys.push(null);
      else if (isReservedName(key)) {
        this.warn('reserved header', ref, `the header "${header}" is a reserved name; the column was not imported`);
        keys.push(null);
      } else {
        const first = seen.get(key);
        if (first !== undefined) this.fail(ref, `the header "${header}" repeats cell ${first}; rename one of them`);
        seen.set(key, ref);
        keys.push(header);
      }
    }
    return { headers, keys };
  }

  row(record: SheetRecord, headers: readonly string[], keys: readonly (string | null)[]): CsvRow {
    const cells = new Map<string, string>();
    for (const [column, value] of [...record.cells].sort(([a], [b]) => a - b)) {
      const key = keys[column];
      const ref = `${columnLetters(column)}${record.row}`;
      if (key) cells.set(key, value);
      else if (column >= keys.length) this.warn('extra cells', ref, `the cell ("${value.slice(0, 40)}") has no header above it and was not imported`);
      else if (headers[column] === '') this.warn('no header', ref, 'the column has no header; the cell was not imported');
    }
    return { line: record.row, cells };
  }
}

/** The rows of the first sheet (or the named one) of an .xlsx file, shaped like a CSV table. */
export function readXlsxRows(bytes: Uint8Array, fileName: string, options: XlsxReadOptions = {}): XlsxTable {
  const source = openXlsxSheet(bytes, fileName, options.sheet, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  const reader = new SheetReader(source, fileName, options.limits ?? DEFAULT_CSV_LIMITS);
  const [headerRecord, ...records] = reader.records();
  if (!headerRecord) throw new ImportError(fileName, `sheet ${source.sheetName}`, 'the sheet is empty');
  const { headers, keys } = reader.headers(headerRecord);
  const rows = records.map((record) => reader.row(record, headers, keys));
  // The app's own lists: figure columns off (an XLSX export guards formulas by cell style, not by an apostrophe).
  const table = readOwnListExport({ delimiter: '', headers, rows, warnings: reader.warnings.list() }, fileName, false);
  return { ...table, sheet: source.sheetName, sheets: source.sheetNames };
}

export { listXlsxSheetNames } from './xlsx-package';
