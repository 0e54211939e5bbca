// The big-map canvas reads its scene straight from the map (scene-from-map.ts); it must be the very
// scene read from the element list Cytoscape gets (buildScene(buildElements(...))), whose look is
// checked against real Cytoscape in look-parity.test.ts. Compared whole: every node's place, size,
// fill, pie, ring, halo, layer and label, every tie's group, and the drawing order.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { CATEGORY_IDS } from '../../../shared/categories';
import type { MapDocument } from '../../../shared/model';
import { buildScene } from '../../../renderer/src/graph/canvas/scene';
import { buildMapScene } from '../../../renderer/src/graph/canvas/scene-from-map';
import { buildElements, type GraphInput } from '../../../renderer/src/graph/elements';
import { resolveLook } from '../../../renderer/src/graph/look-resolve';
import { createNodeLook } from '../../../renderer/src/graph/node-look';
import { noFilters } from '../../../renderer/src/state/core/app-state';
import { generateMap } from '../../bench/generate-map';
import { cases } from './look-cases';

/**
 * A generated coalition made more varied: some in three to five categories, some unplaced, ties of
 * every strength, an anchor, the confidential (the generator marks about one in twenty).
 */
function variedMap(): MapDocument {
  const map = generateMap(400, 3);
  const stakeholders = map.stakeholders.map((s, i) => ({
    ...s,
    categories: i % 9 === 0 ? CATEGORY_IDS.slice(i % 2, (i % 2) + 3 + (i % 3)) : i % 13 === 0 ? [] : s.categories,
    ...(i % 17 === 0 ? {} : { position: { x: (i % 20) * 40, y: Math.floor(i / 20) * 40 } }),
  }));
  return { ...map, stakeholders, coalition: { ...map.coalition, anchorId: 's4' } };
}

const map = variedMap();
const figures = analyzeMap(map).stakeholders;
const lit = new Set(map.stakeholders.filter((_s, i) => i % 5 === 0).map((s) => s.id));
const looks = {
  highlight: createNodeLook({ map, sizeBy: 'influence', colourBy: 'category', figures, highlight: lit }),
  community: createNodeLook({ map, sizeBy: 'betweenness', colourBy: 'community', figures, highlight: null }),
  stage: createNodeLook({ map, sizeBy: 'degree', colourBy: 'stage', filter: { field: 'stage', value: 'member' }, figures, highlight: null }),
};
const checked = new Set(['s1', 's2', 's3', 's4', 's9', 's90']);
const preview = Object.fromEntries(map.stakeholders.slice(0, 50).map((s, i) => [s.id, { x: -i * 10, y: i * 7 }]));
const hideDeclined = { ...noFilters, stages: ['mapped', 'to-contact', 'contacted', 'member', 'core'] as const };
const onlyCategory = { ...noFilters, categories: [CATEGORY_IDS[0]!, 'uncategorized' as const] };

const varied: Record<string, { input: GraphInput; linkSource?: string }> = {
  plain: { input: { map, filters: noFilters, selection: null } },
  'selected, filtered': { input: { map, filters: hideDeclined, selection: 's4' } },
  'selected under a highlight, ticked': { input: { map, filters: noFilters, selection: 's10', look: looks.highlight, checked } },
  'by community, one category shown': { input: { map, filters: onlyCategory, selection: 's27', look: looks.community } },
  'by stage with its filter, a layout previewed': { input: { map, filters: noFilters, selection: null, look: looks.stage, preview } },
  'linking from the anchor': { input: { map, filters: noFilters, selection: 's4', checked }, linkSource: 's4' },
  'linking under a highlight': { input: { map, filters: noFilters, selection: null, look: looks.highlight }, linkSource: 's5' },
};

describe('the scene read straight from the map', () => {
  it.each(Object.keys(varied))('equals the one read from the element list on a varied map (%s)', (name) => {
    const { input, linkSource } = varied[name]!;
    const scene = buildMapScene(input, linkSource ?? null);
    expect(scene).toEqual(buildScene(buildElements(input), linkSource ?? null));
    // The comparison covers each kind of node and tie it is meant to.
    expect(scene.nodes.some((n) => n.pie && n.pie.length >= 3) || input.look !== undefined).toBe(true);
    expect(scene.edgeGroups.length).toBeGreaterThan(1);
  });

  it.each(Object.keys(cases))('equals the one read from the element list in each look case (%s)', (name) => {
    const { input, linkSource } = cases[name]!;
    expect(buildMapScene(input, linkSource ?? null)).toEqual(buildScene(buildElements(input), linkSource ?? null));
  });

  it('has what the varied map is for: pies, rings, haloes, organizations, unplaced, hidden ties', () => {
    const { input } = varied['selected under a highlight, ticked']!;
    const scene = buildMapScene(input);
    expect(scene.nodes.filter((n) => n.organization).length).toBeGreaterThan(50);
    expect(scene.nodes.filter((n) => n.ring !== null).length).toBeGreaterThan(10);
    expect(scene.nodes.filter((n) => n.halo !== null).length).toBeGreaterThan(10);
    expect(scene.nodes.some((n) => Number.isNaN(n.x))).toBe(true);
    const plain = buildMapScene(varied.plain!.input);
    expect(plain.nodes.filter((n) => n.pie !== null).length).toBeGreaterThan(40);
    const filtered = buildMapScene(varied['selected, filtered']!.input);
    const ties = (scene: typeof plain) => scene.edgeGroups.reduce((sum, g) => sum + g.edges.length, 0);
    expect(ties(filtered)).toBeLessThan(ties(plain));
  });

  it.each(Object.keys(varied))('gives each tie and node the look the table gives its own classes and data (%s)', (name) => {
    // Looks are worked out once per class list (and per value of the data they read): checked here
    // element by element against the table itself, not against another scene.
    const { input, linkSource } = varied[name]!;
    const scene = buildMapScene(input, linkSource ?? null);
    const elements = new Map(buildElements(input).map((e) => [String(e.data.id), e]));
    const own = (id: string) => {
      const e = elements.get(id)!;
      const classes = new Set(String(e.classes).split(' '));
      if (id === linkSource) classes.add('link-source');
      return resolveLook(e.group === 'nodes' ? 'node' : 'edge', classes, e.data);
    };
    const widths = new Set<number>();
    for (const group of scene.edgeGroups) {
      for (const tie of group.edges) {
        const look = own(tie.id);
        expect([group.look.colour, group.look.width, group.look.opacity]).toEqual([look.get('line-color'), look.get('width'), look.get('opacity')]);
        widths.add(group.look.width);
      }
    }
    expect(widths.size).toBeGreaterThan(1);
    for (const node of scene.nodes) {
      const look = own(node.id);
      expect([node.colour, node.size, node.opacity]).toEqual([look.get('background-color'), look.get('width'), look.get('opacity') ?? 1]);
    }
  });
});
