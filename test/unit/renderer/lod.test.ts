import { describe, expect, it } from 'vitest';
import { boundsOf, fitViewport, LARGE_MAP_NODES, levelOfDetailFor } from '../../../renderer/src/graph/level-of-detail';
import { buildStylesheet } from '../../../renderer/src/graph/stylesheet';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = (large: boolean) => buildStylesheet(levelOfDetailFor(large ? LARGE_MAP_NODES + 1 : 10)) as unknown as Rule[];

describe('levelOfDetailFor', () => {
  it('keeps small maps fully drawn while moving', () => {
    expect(levelOfDetailFor(LARGE_MAP_NODES)).toEqual({ large: false, hideEdgesOnViewport: false, textureOnViewport: false, minZoomedFontSize: 7 });
  });

  it('hides edges and pans a texture on big maps, and draws only legible labels', () => {
    const lod = levelOfDetailFor(10_000);
    expect(lod).toMatchObject({ large: true, hideEdgesOnViewport: true, textureOnViewport: true });
    expect(lod.minZoomedFontSize).toBeGreaterThan(levelOfDetailFor(10).minZoomedFontSize);
  });
});

describe('the stylesheet by level of detail', () => {
  it('is unchanged for small maps (the default is the small-map sheet)', () => {
    expect(rules(false)).toEqual(buildStylesheet() as unknown as Rule[]);
    expect(rules(false).some((r) => r.style['curve-style'] === 'haystack')).toBe(false);
  });

  it('draws big maps with haystack ties but keeps straight lines where a tie has an arrow', () => {
    const big = rules(true);
    const haystack = big.findIndex((r) => r.selector === 'edge' && r.style['curve-style'] === 'haystack');
    const straight = big.findIndex((r) => r.selector === 'edge.directed' && r.style['curve-style'] === 'straight');
    expect(haystack).toBeGreaterThan(0);
    expect(straight).toBeGreaterThan(haystack);
    const labelled = big.find((r) => r.style.label === 'data(label)');
    expect(labelled?.style['min-zoomed-font-size']).toBe(levelOfDetailFor(10_000).minZoomedFontSize);
  });
});

describe('the big-map node rules', () => {
  it('keep the pie off the base node rule and give it only to nodes with a second slice', () => {
    const big = rules(true);
    const base = big.find((r) => r.selector === 'node');
    expect(Object.keys(base?.style ?? {}).filter((k) => k.startsWith('pie-'))).toEqual([]);
    expect(base?.style['background-color']).toBe('data(colour)');
    const pie = big.find((r) => r.selector === 'node[pie2Size > 0]');
    expect(pie?.style['pie-2-background-size']).toBe('data(pie2Size)');
    expect(pie?.style['pie-5-background-color']).toBe('data(pie5Colour)');
  });

  it('leave the small-map node rule with its pie and label backing', () => {
    const small = rules(false).find((r) => r.selector === 'node');
    expect(small?.style['pie-1-background-size']).toBe('data(pie1Size)');
    expect(small?.style['text-background-opacity']).toBe(0.75);
    expect(rules(false).some((r) => r.selector === 'node[pie2Size > 0]')).toBe(false);
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
