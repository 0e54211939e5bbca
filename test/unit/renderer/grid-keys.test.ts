// Where the list's focus goes: from a row, ArrowRight enters its first cell and ArrowLeft from the
// first cell returns to the row; rows move by one, a page, or to either end, keeping the column.
import { describe, expect, it } from 'vitest';
import { nextGridFocus } from '../../../renderer/src/views/table/grid-keys';

describe('grid focus keys', () => {
  it('steps into the cells and back out to the row', () => {
    expect(nextGridFocus('ArrowRight', { row: 3, col: null }, 10, 4, 5)).toEqual({ row: 3, col: 0 });
    expect(nextGridFocus('ArrowRight', { row: 3, col: 3 }, 10, 4, 5)).toEqual({ row: 3, col: 3 });
    expect(nextGridFocus('ArrowLeft', { row: 3, col: 0 }, 10, 4, 5)).toEqual({ row: 3, col: null });
    expect(nextGridFocus('ArrowLeft', { row: 3, col: null }, 10, 4, 5)).toBeNull();
  });

  it('moves between rows by one, a page, or to the ends, keeping the column', () => {
    expect(nextGridFocus('ArrowDown', { row: 3, col: 2 }, 10, 4, 5)).toEqual({ row: 4, col: 2 });
    expect(nextGridFocus('PageDown', { row: 3, col: 2 }, 10, 4, 5)).toEqual({ row: 8, col: 2 });
    expect(nextGridFocus('PageDown', { row: 8, col: null }, 10, 4, 5)).toEqual({ row: 9, col: null });
    expect(nextGridFocus('PageUp', { row: 3, col: 1 }, 10, 4, 5)).toEqual({ row: 0, col: 1 });
    expect(nextGridFocus('End', { row: 3, col: 1 }, 10, 4, 5)).toEqual({ row: 9, col: 1 });
    expect(nextGridFocus('Home', { row: 3, col: null }, 10, 4, 5)).toEqual({ row: 0, col: null });
    expect(nextGridFocus('a', { row: 3, col: null }, 10, 4, 5)).toBeNull();
  });
});
