// The neutral shape of a list export (stakeholders, ties, recruitment): typed columns and rows.
// CSV and XLSX both write from it, so a list is defined once and the two formats agree.

export type ColumnType = 'text' | 'number';

export interface ExportColumn {
  readonly header: string;
  /** Number columns hold genuine numbers, written as plain numbers, never as text. */
  readonly type: ColumnType;
}

export type ExportCell = string | number | null;

export interface ExportTable {
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
}

export const text = (header: string): ExportColumn => ({ header, type: 'text' });
export const number = (header: string): ExportColumn => ({ header, type: 'number' });

/** A number as a spreadsheet reads it: no exponent for the figures we write, at most 6 decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`export: ${value} is not a number a spreadsheet can hold`);
  if (Number.isInteger(value)) return String(value);
  const rounded = Number(value.toFixed(6));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Checks a table's shape and types before any bytes are written. */
export function checkTable(table: ExportTable): void {
  table.rows.forEach((row, r) => {
    if (row.length !== table.columns.length) {
      throw new Error(`export: row ${r + 1} has ${row.length} cells for ${table.columns.length} columns`);
    }
    row.forEach((cell, c) => {
      const column = table.columns[c]!;
      if (cell !== null && column.type === 'number' && typeof cell !== 'number') {
        throw new Error(`export: row ${r + 1}, column "${column.header}" should be a number, got text`);
      }
    });
  });
}
