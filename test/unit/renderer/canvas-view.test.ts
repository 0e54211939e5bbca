// The big-map canvas's view maths: screen = model * zoom + pan, zooming about the cursor within the
// limits, the wheel's direction and units, the box the screen shows, and the eased fly-to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Viewport } from '../../../renderer/src/graph/level-of-detail';
import {
  centredOn,
  easeBetween,
  panBy,
  toModel,
  toScreen,
  visibleBox,
  wheelFactor,
  zoomAround,
  ZOOM_LIMITS,
} from '../../../renderer/src/graph/canvas/view';

const coordinate = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const point = fc.record({ x: coordinate, y: coordinate });
const zoomIn = (limits: { min: number; max: number }) => fc.double({ min: limits.min, max: limits.max, noNaN: true });
const viewport: fc.Arbitrary<Viewport> = fc.record({ zoom: zoomIn(ZOOM_LIMITS), pan: point });
const near = (a: { x: number; y: number }, b: { x: number; y: number }, tolerance: number) => {
  expect(Math.abs(a.x - b.x)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(a.y - b.y)).toBeLessThanOrEqual(tolerance);
};

describe('screen and model points', () => {
  it('places a model point as Cytoscape does', () => {
    const view = { zoom: 2, pan: { x: 10, y: -20 } };
    expect(toScreen(view, { x: 5, y: 5 })).toEqual({ x: 20, y: -10 });
    expect(toModel(view, { x: 20, y: -10 })).toEqual({ x: 5, y: 5 });
  });

  it('turns a screen point into a model point and back', () => {
    fc.assert(
      fc.property(viewport, point, (view, p) => {
        near(toScreen(view, toModel(view, p)), p, 1e-6);
        near(toModel(view, toScreen(view, p)), p, 1e-6 / view.zoom);
      }),
    );
  });
});

describe('zooming about the cursor', () => {
  it('keeps the model point under the cursor where it is', () => {
    fc.assert(
      fc.property(viewport, fc.double({ min: 0.2, max: 5, noNaN: true }), point, (view, factor, at) => {
        const under = toModel(view, at);
        const zoomed = zoomAround(view, factor, at);
        near(toScreen(zoomed, under), at, 1e-6 * (1 + Math.abs(under.x) + Math.abs(under.y)));
      }),
    );
  });

  it('multiplies the zoom by the factor within the limits, and stops at them', () => {
    const at = { x: 300, y: 200 };
    expect(zoomAround({ zoom: 1, pan: { x: 0, y: 0 } }, 1.5, at).zoom).toBe(1.5);
    expect(zoomAround({ zoom: 3, pan: { x: 0, y: 0 } }, 10, at).zoom).toBe(ZOOM_LIMITS.max);
    expect(zoomAround({ zoom: 0.1, pan: { x: 0, y: 0 } }, 0.01, at).zoom).toBe(ZOOM_LIMITS.min);
    // At a limit, a further push leaves the view exactly where it was.
    const top = { zoom: ZOOM_LIMITS.max, pan: { x: -40, y: 12 } };
    expect(zoomAround(top, 2, at)).toEqual(top);
  });

  it('pans by a screen distance without zooming', () => {
    expect(panBy({ zoom: 0.5, pan: { x: 3, y: 4 } }, 10, -6)).toEqual({ zoom: 0.5, pan: { x: 13, y: -2 } });
  });
});

describe('the wheel', () => {
  it('zooms in when scrolled up and out when scrolled down, by the same step each way', () => {
    expect(wheelFactor(-100, 0)).toBeGreaterThan(1);
    expect(wheelFactor(100, 0)).toBeLessThan(1);
    expect(wheelFactor(0, 0)).toBe(1);
    expect(wheelFactor(100, 0) * wheelFactor(-100, 0)).toBeCloseTo(1, 12);
    expect(wheelFactor(100, 0)).toBeCloseTo(Math.exp(-0.15), 12);
  });

  it('reads line and page deltas as the pixels they stand for', () => {
    expect(wheelFactor(3, 1)).toBeCloseTo(wheelFactor(99, 0), 12);
    expect(wheelFactor(1, 2)).toBeCloseTo(wheelFactor(400, 0), 12);
    expect(wheelFactor(-1, 2)).toBeGreaterThan(wheelFactor(-3, 1));
  });

  it('zooms more the further the wheel turns', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), (a, b) => {
        if (a < b) expect(wheelFactor(a, 0)).toBeGreaterThanOrEqual(wheelFactor(b, 0));
      }),
    );
  });
});

describe('what the screen shows', () => {
  it('is the model box between the screen corners, grown by the margin', () => {
    const view = { zoom: 2, pan: { x: 100, y: 50 } };
    expect(visibleBox(view, 800, 600)).toEqual({ x1: -50, y1: -25, x2: 350, y2: 275 });
    expect(visibleBox(view, 800, 600, 10)).toEqual({ x1: -60, y1: -35, x2: 360, y2: 285 });
  });

  it('holds exactly the model points that land on the screen', () => {
    fc.assert(
      fc.property(viewport, point, (view, p) => {
        const box = visibleBox(view, 800, 600);
        const s = toScreen(view, p);
        const onScreen = s.x >= 0 && s.x <= 800 && s.y >= 0 && s.y <= 600;
        const inBox = p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
        // Points right on an edge may fall either way by rounding; everything else must agree.
        const onEdge = [s.x, s.x - 800, s.y, s.y - 600].some((d) => Math.abs(d) < 1e-6);
        if (!onEdge) expect(inBox).toBe(onScreen);
      }),
    );
  });

  it('puts a model point at the centre of the screen', () => {
    fc.assert(
      fc.property(point, zoomIn(ZOOM_LIMITS), (p, zoom) => {
        const view = centredOn(p, zoom, 800, 600);
        expect(view.zoom).toBe(zoom);
        near(toScreen(view, p), { x: 400, y: 300 }, 1e-6);
      }),
    );
  });
});

describe('easing from one view to another', () => {
  const size = [800, 600] as const;

  it('starts at the first view and ends at the second', () => {
    fc.assert(
      fc.property(viewport, viewport, (from, to) => {
        const start = easeBetween(from, to, 0, ...size);
        const end = easeBetween(from, to, 1, ...size);
        expect(start.zoom).toBeCloseTo(from.zoom, 9);
        expect(end.zoom).toBeCloseTo(to.zoom, 9);
        near(start.pan, from.pan, 1e-6);
        near(end.pan, to.pan, 1e-6);
        // Times outside 0-1 stay at the ends rather than overshooting.
        expect(easeBetween(from, to, -0.5, ...size)).toEqual(start);
        expect(easeBetween(from, to, 1.5, ...size)).toEqual(end);
      }),
    );
  });

  it('changes the zoom steadily in one direction, never past either end', () => {
    fc.assert(
      fc.property(viewport, viewport, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 12 }), (from, to, times) => {
        const zooms = [...times].sort((a, b) => a - b).map((t) => easeBetween(from, to, t, ...size).zoom);
        const rising = to.zoom >= from.zoom;
        for (let k = 1; k < zooms.length; k += 1) {
          if (rising) expect(zooms[k]!).toBeGreaterThanOrEqual(zooms[k - 1]! * (1 - 1e-12));
          else expect(zooms[k]!).toBeLessThanOrEqual(zooms[k - 1]! * (1 + 1e-12));
        }
        for (const z of zooms) {
          expect(z).toBeGreaterThanOrEqual(Math.min(from.zoom, to.zoom) * (1 - 1e-12));
          expect(z).toBeLessThanOrEqual(Math.max(from.zoom, to.zoom) * (1 + 1e-12));
        }
      }),
    );
  });

  it('moves the point at the centre of the screen along a straight line, halfway at half time', () => {
    const from = centredOn({ x: 0, y: 0 }, 1, ...size);
    const to = centredOn({ x: 1_000, y: -500 }, 0.25, ...size);
    const middle = easeBetween(from, to, 0.5, ...size);
    near(toModel(middle, { x: 400, y: 300 }), { x: 500, y: -250 }, 1e-9);
    // Zoom moves geometrically: halfway between 1 and 0.25 is 0.5.
    expect(middle.zoom).toBeCloseTo(0.5, 12);
    const early = toModel(easeBetween(from, to, 0.2, ...size), { x: 400, y: 300 });
    expect(early.y / early.x).toBeCloseTo(-0.5, 9);
    expect(early.x).toBeGreaterThan(0);
    expect(early.x).toBeLessThan(500);
  });
});
