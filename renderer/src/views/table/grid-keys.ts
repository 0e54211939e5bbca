// Pure: where the list's keyboard focus goes. A row is focused first (Enter opens it in the panel);
// ArrowRight steps into its cells and ArrowLeft back out to the row. Up, Down, PageUp, PageDown,
// Home and End move between rows and keep the column.
import { nextRowIndex } from './row-keys';

export interface GridFocus {
  readonly row: number;
  /** The column's index among the shown columns; null when the row itself has the focus. */
  readonly col: number | null;
}

export function nextGridFocus(key: string, at: GridFocus, rowCount: number, colCount: number, page: number): GridFocus | null {
  if (key === 'ArrowRight') return colCount === 0 ? null : { row: at.row, col: at.col === null ? 0 : Math.min(colCount - 1, at.col + 1) };
  if (key === 'ArrowLeft') return at.col === null ? null : { row: at.row, col: at.col === 0 ? null : at.col - 1 };
  const row = nextRowIndex(key, at.row, rowCount, page);
  return row === null ? null : { row, col: at.col };
}
