import { describe, expect, it } from 'vitest';
import { nextRowIndex } from '../../../renderer/src/views/table/row-keys';

describe('nextRowIndex', () => {
  it('moves a row, a page, or to either end, never past them', () => {
    expect(nextRowIndex('ArrowDown', 3, 100, 10)).toBe(4);
    expect(nextRowIndex('ArrowUp', 0, 100, 10)).toBe(0);
    expect(nextRowIndex('PageDown', 3, 100, 10)).toBe(13);
    expect(nextRowIndex('PageDown', 95, 100, 10)).toBe(99);
    expect(nextRowIndex('PageUp', 15, 100, 10)).toBe(5);
    expect(nextRowIndex('PageUp', 4, 100, 10)).toBe(0);
    expect(nextRowIndex('Home', 50, 100, 10)).toBe(0);
    expect(nextRowIndex('End', 50, 100, 10)).toBe(99);
    expect(nextRowIndex('PageDown', 0, 100, 0)).toBe(1);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextRowIndex('a', 3, 100, 10)).toBeNull();
    expect(nextRowIndex('End', 0, 0, 10)).toBeNull();
  });
});

describe('nextTabIndex', () => {
  it('wraps left and right and jumps with Home and End', async () => {
    const { nextTabIndex } = await import('../../../renderer/src/views/tab-keys');
    expect(nextTabIndex('ArrowRight', 5, 6)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 0, 6)).toBe(5);
    expect(nextTabIndex('Home', 3, 6)).toBe(0);
    expect(nextTabIndex('End', 3, 6)).toBe(5);
    expect(nextTabIndex('ArrowDown', 3, 6)).toBeNull();
  });
});
