// How many toolbar commands fold under "More…", from the widths Chromium measured for the sample
// map's toolbar (gap 12 px above 1180 px, 6 px below, where the buttons are also narrower).
import { describe, expect, it } from 'vitest';
import { foldCount, foldedSet, rowWidth, SEARCH_ROOM, type RowMeasure } from '../../../renderer/src/views/toolbar-fit';

// Undo/Redo, Add stakeholder, Filters, Map|List, More… as measured at 1920 px.
const WIDE: Omit<RowMeasure, 'available'> = {
  gap: 12,
  kept: [128, 155, 68, 109, 75],
  foldable: { files: 372, import: 269, export: 86, safety: 490, presentation: 158 },
};
const NARROW: Omit<RowMeasure, 'available'> = {
  gap: 6,
  kept: [116, 149, 62, 97, 69],
  foldable: { files: 372, import: 269, export: 86, safety: 490, presentation: 152 },
};

describe('folding the toolbar to one row', () => {
  it('adds the gaps and the search box room to the widths', () => {
    // Nothing folded: 5 kept, the search box and 5 commands, 10 gaps between 11 items.
    expect(rowWidth({ ...WIDE, available: 0 }, 0)).toBe(535 + SEARCH_ROOM + 1375 + 10 * 12);
    expect(rowWidth({ ...WIDE, available: 0 }, 5)).toBe(535 + SEARCH_ROOM + 5 * 12);
  });

  it('folds the least used first: safety at 1880 px, then import, files, export, presentation', () => {
    const folded = (available: number, row = WIDE) => [...foldedSet(foldCount({ ...row, available }))];
    expect(folded(2300)).toEqual([]);
    expect(folded(1880)).toEqual(['safety']);
    expect(folded(1500)).toEqual(['safety', 'import']);
    expect(folded(1100)).toEqual(['safety', 'import', 'files']);
    expect(folded(950, NARROW)).toEqual(['safety', 'import', 'files', 'export']);
    expect(folded(776, NARROW)).toEqual(['safety', 'import', 'files', 'export', 'presentation']);
  });

  it('every width it leaves fits the row it keeps, and one more command would not', () => {
    for (let available = 700; available <= 2600; available += 10) {
      const m = { ...(available > 1180 ? WIDE : NARROW), available };
      const count = foldCount(m);
      if (count < 5) expect(rowWidth(m, count)).toBeLessThanOrEqual(available);
      if (count > 0) expect(rowWidth(m, count - 1)).toBeGreaterThan(available);
    }
  });

  it('folds everything when even the shortest row is too wide', () => {
    expect(foldCount({ ...NARROW, available: 500 })).toBe(5);
  });
});
