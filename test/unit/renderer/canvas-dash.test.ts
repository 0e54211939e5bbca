// Dashed strokes on the big-map canvas: dashes drawn while a dash and its gap can be seen, and a
// solid line faded to the pattern's share of ink once they are finer than the screen can show.
import { describe, expect, it } from 'vitest';
import { dashAt, MIN_DASH_PERIOD_PX } from '../../../renderer/src/graph/canvas/dash';

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
