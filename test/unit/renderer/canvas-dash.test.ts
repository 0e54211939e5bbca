// Dashed strokes on the big-map canvas: dashes drawn while a dash and its gap can be seen, and a
// solid line faded to the pattern's share of ink once they are finer than the screen can show;
// a dashed tie cut to the view with its dashes where they fall on the whole tie.
import { describe, expect, it } from 'vitest';
import { clippedForDashes, dashAt, MIN_DASH_PERIOD_PX } from '../../../renderer/src/graph/canvas/dash';

describe('dashed strokes at a scale', () => {
  it('keeps the pattern while a dash and its gap span enough device pixels', () => {
    expect(dashAt([7, 4], 1)).toEqual({ segments: [7, 4], alpha: 1 });
    // Exactly at the limit (11 model units at 1.5/11 device pixels each) the dashes still show.
    expect(dashAt([7, 4], MIN_DASH_PERIOD_PX / 11)).toEqual({ segments: [7, 4], alpha: 1 });
  });

  it('draws a finer pattern solid, at the share of it that is ink', () => {
    // A 20,000-stakeholder map fitted to the window: about 0.04 device pixels per model unit.
    expect(dashAt([7, 4], 0.04)).toEqual({ segments: [], alpha: 7 / 11 });
    expect(dashAt([5, 3], 0.1)).toEqual({ segments: [], alpha: 5 / 8 });
  });

  it('counts a pattern of odd length as the canvas does, repeated once more with dashes and gaps swapped', () => {
    expect(dashAt([3, 1, 2], 0.01)).toEqual({ segments: [], alpha: 0.5 });
  });

  it('leaves a stroke with no pattern solid at full strength', () => {
    expect(dashAt([], 0.01)).toEqual({ segments: [], alpha: 1 });
  });
});

describe('a dashed tie cut to the view', () => {
  const box = { x1: 0, y1: 0, x2: 100, y2: 100 };

  it('keeps a tie inside the view whole', () => {
    expect(clippedForDashes(10, 10, 90, 50, box, 11)).toEqual([10, 10, 90, 50]);
  });

  it('drops a tie that passes by the view, even when its bounding box covers it', () => {
    expect(clippedForDashes(-50, 60, 60, 250, box, 11)).toBeNull();
    expect(clippedForDashes(-500, 50, -10, 50, box, 11)).toBeNull();
  });

  it('starts a tie coming from far away a whole number of periods from its source, just before the view', () => {
    const [x1, y1, x2, y2] = clippedForDashes(-10_000, 50, 10_000, 50, box, 11)!;
    // The source is 10,000 units left of the view's edge: 909 periods (9,999 units) in.
    expect(x1).toBeCloseTo(-10_000 + 909 * 11, 6);
    expect((x1 + 10_000) % 11).toBeCloseTo(0, 6);
    expect(x1).toBeLessThanOrEqual(0);
    expect(x1).toBeGreaterThan(-11);
    expect([y1, x2, y2]).toEqual([50, 100, 50]);
  });

  it('does the same along a slanted tie, measured along the tie', () => {
    const [x1, y1] = clippedForDashes(-300, -400, 60, 80, box, 11)!;
    const along = Math.hypot(x1 + 300, y1 + 400);
    expect(along / 11).toBeCloseTo(Math.round(along / 11), 6);
    // The tie enters the view at 500 units along (x = 0, y = 0); the cut starts under a period before.
    expect(along).toBeLessThanOrEqual(500);
    expect(along).toBeGreaterThan(500 - 11);
  });
});
