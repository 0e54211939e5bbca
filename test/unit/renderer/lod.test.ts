import { describe, expect, it } from 'vitest';
import { boundsOf, fitViewport, isBigMap, LARGE_MAP_NODES } from '../../../renderer/src/graph/level-of-detail';
import { buildStylesheet } from '../../../renderer/src/graph/stylesheet';

type Rule = { selector: string; style: Record<string, unknown> };

describe('which maps are big', () => {
  it('draws maps up to the threshold with Cytoscape and bigger ones on the canvas', () => {
    expect(isBigMap(0)).toBe(false);
    expect(isBigMap(LARGE_MAP_NODES)).toBe(false);
    expect(isBigMap(LARGE_MAP_NODES + 1)).toBe(true);
  });
});

describe('the small-map stylesheet', () => {
  it('labels every node over a white backing and fills it with its pie', () => {
    const rules = buildStylesheet() as unknown as Rule[];
    const node = rules.find((r) => r.selector === 'node');
    expect(node?.style.label).toBe('data(label)');
    expect(node?.style['text-background-opacity']).toBe(0.75);
    expect(node?.style['pie-1-background-size']).toBe('data(pie1Size)');
    expect(rules.find((r) => r.selector === 'edge')?.style['curve-style']).toBe('bezier');
  });
});

describe('fitting by positions', () => {
  it('bounds the points with a margin and skips non-finite ones', () => {
    expect(boundsOf([{ x: 0, y: 10 }, { x: 100, y: -10 }, { x: Number.NaN, y: 5 }], 5)).toEqual({ x1: -5, y1: -15, x2: 105, y2: 15 });
    expect(boundsOf([])).toBeNull();
  });

  it('centres the box and uses the tighter of the two zooms', () => {
    const v = fitViewport({ x1: 0, y1: 0, x2: 1_000, y2: 200 }, 600, 400, 50, { min: 0.05, max: 4 });
    expect(v.zoom).toBeCloseTo(0.5);
    // The box centre (500, 100) lands on the view centre (300, 200).
    expect(v.pan.x + v.zoom * 500).toBeCloseTo(300);
    expect(v.pan.y + v.zoom * 100).toBeCloseTo(200);
  });

  it('clamps the zoom for a single node', () => {
    expect(fitViewport({ x1: 10, y1: 10, x2: 10, y2: 10 }, 600, 400, 40, { min: 0.05, max: 1.4 }).zoom).toBe(1.4);
  });
});
