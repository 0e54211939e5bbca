import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowWindow, scrollTopToShow } from '../../../renderer/src/views/table/row-window';

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, with spacers for the rest', () => {
    const w = rowWindow({ rowCount: 20_000, rowHeight: 40, scrollTop: 4_000, viewportHeight: 400, overscan: 5 });
    expect(w).toEqual({ start: 95, end: 116, spaceAbove: 95 * 40, spaceBelow: (20_000 - 116) * 40 });
  });

  it('starts at the top and stops at the last row', () => {
    expect(rowWindow({ rowCount: 1_000, rowHeight: 30, scrollTop: 0, viewportHeight: 300, overscan: 10 })).toMatchObject({ start: 0, spaceAbove: 0 });
    const end = rowWindow({ rowCount: 1_000, rowHeight: 30, scrollTop: 10_000_000, viewportHeight: 300, overscan: 10 });
    expect(end.end).toBe(1_000);
    expect(end.spaceBelow).toBe(0);
    expect(end.start).toBe(989);
  });

  it('is empty for no rows', () => {
    expect(rowWindow({ rowCount: 0, rowHeight: 30, scrollTop: 50, viewportHeight: 300, overscan: 10 })).toEqual({ start: 0, end: 0, spaceAbove: 0, spaceBelow: 0 });
  });

  it('always covers the viewport and keeps the full height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 10, max: 80 }),
        fc.nat({ max: 5_000_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.nat({ max: 30 }),
        (rowCount, rowHeight, rawTop, viewportHeight, overscan) => {
          const scrollTop = Math.min(rawTop, Math.max(0, rowCount * rowHeight - viewportHeight));
          const w = rowWindow({ rowCount, rowHeight, scrollTop, viewportHeight, overscan });
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(rowCount);
          expect(w.spaceAbove + (w.end - w.start) * rowHeight + w.spaceBelow).toBe(rowCount * rowHeight);
          // Every row that intersects the viewport is rendered.
          const firstShown = Math.min(rowCount - 1, Math.floor(scrollTop / rowHeight));
          const lastShown = Math.min(rowCount - 1, Math.floor((scrollTop + viewportHeight - 1) / rowHeight));
          expect(w.start).toBeLessThanOrEqual(firstShown);
          expect(w.end).toBeGreaterThan(Math.max(firstShown, lastShown));
        },
      ),
    );
  });
});

describe('scrollTopToShow', () => {
  it('leaves the scroll alone when the row is in view', () => {
    expect(scrollTopToShow(10, 40, 200, 400, 0)).toBeNull();
  });

  it('scrolls up to a row above, below the sticky header', () => {
    expect(scrollTopToShow(2, 40, 400, 400, 36)).toBe(80);
  });

  it('scrolls down just far enough for a row below', () => {
    // Row 30 ends at 36 + 31 * 40 = 1276; the viewport is 400 high.
    expect(scrollTopToShow(30, 40, 0, 400, 36)).toBe(876);
  });
});
