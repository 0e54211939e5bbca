// Node size by a figure, colour by community, and the highlight, as the pure graph builders draw them.
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { buildElements } from '../../../renderer/src/graph/elements';
import { communityColour, COMMUNITY_PALETTE, NO_COMMUNITY_COLOUR } from '../../../renderer/src/graph/community-colours';
import {
  createNodeLook,
  influenceSize,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  scaleSize,
  UNKNOWN_NODE_SIZE,
} from '../../../renderer/src/graph/node-look';
import { buildStylesheet } from '../../../renderer/src/graph/stylesheet';
import { noFilters } from '../../../renderer/src/state/core/app-state';
import { smallMap } from './map-fixture';

const map = smallMap();
const figures = analyzeMap(map).stakeholders;
const node = (elements: ElementDefinition[], id: string) => {
  const found = elements.find((e) => e.data.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};
const classes = (e: ElementDefinition) => String(e.classes).split(' ');

describe('size scaling', () => {
  it('maps the smallest figure to the smallest node and the largest to the largest', () => {
    expect(scaleSize(0, 0, 10)).toBe(MIN_NODE_SIZE);
    expect(scaleSize(10, 0, 10)).toBe(MAX_NODE_SIZE);
  });

  it('grows the area, not the width, with the figure', () => {
    const quarter = scaleSize(2.5, 0, 10);
    expect(quarter).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * 0.5, 9);
    expect(scaleSize(5, 0, 10)).toBeGreaterThan(quarter);
  });

  it('gives everyone the middle size when all figures are equal or not numbers', () => {
    const middle = (MIN_NODE_SIZE + MAX_NODE_SIZE) / 2;
    expect(scaleSize(3, 3, 3)).toBe(middle);
    expect(scaleSize(Number.NaN, 0, 1)).toBe(middle);
  });

  it('keeps today’s sizing by influence as the default', () => {
    const elements = buildElements({ map, filters: noFilters, selection: null });
    for (const s of map.stakeholders) expect(node(elements, s.id).data.size).toBe(influenceSize(s));
    expect(influenceSize({ ...map.stakeholders[0]!, influence: null })).toBe(42);
  });

  it('sizes by the chosen figure, biggest for the highest, mid-small for nodes the analysis has not seen', () => {
    const look = createNodeLook({ map, sizeBy: 'degree', colourBy: 'category', figures, highlight: null });
    const elements = buildElements({ map, filters: noFilters, selection: null, look });
    const haven = figures.find((f) => f.id === 's2');
    expect(haven?.degree).toBe(Math.max(...figures.map((f) => f.degree)));
    expect(node(elements, 's2').data.size).toBe(MAX_NODE_SIZE);
    expect(node(elements, 's4').data.size).toBe(MIN_NODE_SIZE);
    const before = createNodeLook({ map, sizeBy: 'degree', colourBy: 'category', figures: null, highlight: null });
    expect(before.size(map.stakeholders[0]!)).toBe(UNKNOWN_NODE_SIZE);
  });
});

describe('colour by community', () => {
  it('fills each node with its community colour instead of the category pie', () => {
    const look = createNodeLook({ map, sizeBy: 'influence', colourBy: 'community', figures, highlight: null });
    const maria = node(buildElements({ map, filters: noFilters, selection: null, look }), 's1');
    const community = figures.find((f) => f.id === 's1')?.community ?? -1;
    expect(maria.data.colour).toBe(communityColour(community));
    expect([maria.data.pie1Size, maria.data.pie2Size]).toEqual([0, 0]);
    expect(classes(maria)).toContain('single-fill');
  });

  it('cycles the palette and has a neutral colour for the unknown', () => {
    expect(communityColour(0)).toBe(COMMUNITY_PALETTE[0]);
    expect(communityColour(COMMUNITY_PALETTE.length)).toBe(COMMUNITY_PALETTE[0]);
    expect(communityColour(null)).toBe(NO_COMMUNITY_COLOUR);
    expect(communityColour(-1)).toBe(NO_COMMUNITY_COLOUR);
  });
});

describe('highlight', () => {
  it('lights the named stakeholders and the ties between them, dims the rest', () => {
    const look = createNodeLook({ map, sizeBy: 'influence', colourBy: 'category', figures, highlight: new Set(['s1', 's2']) });
    const elements = buildElements({ map, filters: noFilters, selection: null, look });
    expect(classes(node(elements, 's1'))).toContain('highlighted');
    expect(classes(node(elements, 's3'))).toContain('dimmed');
    const edges = elements.filter((e) => e.group === 'edges');
    const between = edges.find((e) => e.data.source === 's1' && e.data.target === 's2');
    expect(between && classes(between)).toContain('highlighted');
    expect(edges.filter((e) => classes(e).includes('dimmed'))).toHaveLength(2);
  });

  it('adds no classes when nothing is highlighted, and the stylesheet styles both states', () => {
    const look = createNodeLook({ map, sizeBy: 'influence', colourBy: 'category', figures, highlight: null });
    const elements = buildElements({ map, filters: noFilters, selection: null, look });
    expect(elements.some((e) => /highlighted|dimmed/.test(String(e.classes)))).toBe(false);
    const selectors = buildStylesheet().map((rule) => ('selector' in rule ? rule.selector : ''));
    expect(selectors).toEqual(expect.arrayContaining(['node.highlighted', 'edge.highlighted', '.dimmed']));
    expect(selectors.indexOf('.dimmed')).toBeLessThan(selectors.indexOf('.hidden'));
  });
});
