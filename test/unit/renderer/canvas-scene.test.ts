// The big-map canvas's scene: read from the same element list Cytoscape gets, it must leave out what
// is hidden and draw each node and tie as the Cytoscape stylesheet would. The stylesheet itself is
// the reference here: a small reader applies its rules in order (the later rule wins, as in
// Cytoscape) and every scene element is compared with the look those rules give it.
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { categoryInfo, UNCATEGORIZED_COLOUR } from '../../../shared/categories';
import { addStakeholder, addTie, updateCoalition, type StakeholderDraft } from '../../../shared/edits';
import type { MapDocument, TieType } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { buildScene, LINK_SOURCE_COLOUR, NODE_LAYERS, type Scene } from '../../../renderer/src/graph/canvas/scene';
import { buildElements, type GraphInput } from '../../../renderer/src/graph/elements';
import { HIGHLIGHT_COLOUR, HIGHLIGHT_TIE_COLOUR } from '../../../renderer/src/graph/highlight-styles';
import { createNodeLook } from '../../../renderer/src/graph/node-look';
import { buildStylesheet, INK, SELECTION_COLOUR, TICKED_COLOUR, TICKED_RING_WIDTH } from '../../../renderer/src/graph/stylesheet';
import { CONFLICT_COLOUR, TIE_COLOUR } from '../../../renderer/src/graph/tie-styles';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { noFilters } from '../../../renderer/src/state/core/app-state';

/** Maria (two categories, confidential), Haven House (anchor), Ortiz, an unplaced person, a two-category
 * organization, and Dana, who is 'declined' so a stage filter can hide her. */
function coalitionMap(): MapDocument {
  let n = 0;
  const ctx = { now: '2025-03-01T09:00:00.000Z', newId: () => `s${++n}` };
  let map = emptyMap('Eastside Shelter Coalition');
  const add = (draft: Partial<StakeholderDraft>) => {
    map = addStakeholder(map, { ...blankDraft(), stage: 'member', ...draft }, ctx).map;
  };
  add({ name: 'Maria Lopez', categories: ['directly-affected', 'influential'], confidential: true, position: { x: 0, y: 0 } });
  add({ name: 'Haven House', kind: 'organization', categories: ['service-provider'], influence: 5, position: { x: 100, y: 0 } });
  add({ name: 'Council member Ortiz', categories: ['policymaker'], position: { x: 0, y: 100 } });
  add({ name: 'Unplaced Person' });
  add({ name: 'Faith Alliance', kind: 'organization', categories: ['service-provider', 'interested-public', 'influential'], position: { x: 200, y: 50 } });
  add({ name: 'Dana Reyes', categories: ['interested-public'], stage: 'declined', position: { x: -100, y: 50 } });
  const tie = (source: string, target: string, type: TieType, strength: number) => {
    map = addTie(map, { source, target, type, strength, trust: null, reportedBy: '', reportedAt: null, notes: '' }, { ...ctx, newId: () => `t${++n}` }).map;
  };
  tie('s1', 's2', 'knows', 1);
  tie('s2', 's3', 'refers-to', 3);
  tie('s1', 's3', 'conflict', 2);
  tie('s6', 's1', 'knows', 2);
  tie('s5', 's2', 'partners-with', 2);
  tie('s3', 's5', 'knows', 2);
  return updateCoalition(map, { anchorId: 's2' });
}

const map = coalitionMap();
const figures = analyzeMap(map).stakeholders;
const hideDeclined = { ...noFilters, stages: ['mapped', 'to-contact', 'contacted', 'member', 'core'] as const };
const lit = createNodeLook({ sizeBy: 'influence', colourBy: 'category', figures, highlight: new Set(['s1', 's3', 's5']) });
const byCommunity = createNodeLook({ sizeBy: 'influence', colourBy: 'community', figures, highlight: null });

/** The situations the map can be in, each read both by the stylesheet reader and by buildScene. */
const cases: Record<string, { input: GraphInput; linkSource?: string }> = {
  plain: { input: { map, filters: noFilters, selection: null } },
  filtered: { input: { map, filters: hideDeclined, selection: null } },
  selected: { input: { map, filters: hideDeclined, selection: 's2' } },
  highlighted: { input: { map, filters: noFilters, selection: null, look: lit } },
  'selected under a highlight': { input: { map, filters: noFilters, selection: 's1', look: lit } },
  'selection inside the highlight': { input: { map, filters: noFilters, selection: 's3', look: lit } },
  'coloured by community': { input: { map, filters: noFilters, selection: 's5', look: byCommunity } },
  linking: { input: { map, filters: noFilters, selection: 's1' }, linkSource: 's1' },
  'linking from an anchor under a highlight': { input: { map, filters: noFilters, selection: null, look: lit }, linkSource: 's2' },
  // People ticked in the list: the confidential one, the anchor and a plain one; then with one of them selected.
  ticked: { input: { map, filters: noFilters, selection: null, checked: new Set(['s1', 's2', 's3']) } },
  'ticked with one selected': { input: { map, filters: noFilters, selection: 's3', checked: new Set(['s1', 's2', 's3']) } },
  'ticked under a highlight': { input: { map, filters: noFilters, selection: null, look: lit, checked: new Set(['s1', 's3']) } },
};

// ---- The stylesheet reader: applies the rules in order to one element's classes and data.
type Rule = { selector: string; style: Record<string, unknown> };
const rules = buildStylesheet() as unknown as Rule[];
const classesOf = (e: ElementDefinition) => new Set(String(e.classes ?? '').split(' ').filter(Boolean));

function matches(selector: string, group: string, classes: Set<string>, data: Record<string, unknown>): boolean {
  return selector.split(',').some((part) => {
    const m = /^(node|edge)?((?:\.[\w-]+)*)(?:\[(\w+) > (\d+)\])?(:\w+)?$/.exec(part.trim());
    if (!m) throw new Error(`the stylesheet reader cannot read the selector "${part}"`);
    const [, type, cls, field, bound, state] = m;
    if (state) return false; // states such as :active belong to a pointer, not to the picture
    if (type && `${type}s` !== group) return false;
    if (field && !(Number(data[field]) > Number(bound))) return false;
    return (cls ?? '').split('.').filter(Boolean).every((c) => classes.has(c));
  });
}

function valueOf(raw: unknown, data: Record<string, unknown>): unknown {
  if (typeof raw !== 'string') return raw;
  const plain = /^data\((\w+)\)$/.exec(raw);
  if (plain) return data[plain[1]!];
  const mapped = /^mapData\((\w+), ([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+)\)$/.exec(raw);
  if (!mapped) return raw;
  const [lo, hi, from, to] = mapped.slice(2).map(Number) as [number, number, number, number];
  const t = Math.min(1, Math.max(0, (Number(data[mapped[1]!]) - lo) / (hi - lo)));
  return from + (to - from) * t;
}

function styleOf(e: ElementDefinition, extraClass?: string): Map<string, unknown> {
  const classes = classesOf(e);
  if (extraClass) classes.add(extraClass);
  const data = e.data as Record<string, unknown>;
  const style = new Map<string, unknown>();
  for (const rule of rules) {
    if (!matches(rule.selector, String(e.group), classes, data)) continue;
    for (const [property, raw] of Object.entries(rule.style)) style.set(property, valueOf(raw, data));
  }
  return style;
}

const built = (name: string) => {
  const { input, linkSource } = cases[name]!;
  const elements = buildElements(input);
  return { elements, scene: buildScene(elements, linkSource ?? null), linkSource };
};

describe('the canvas scene draws what the stylesheet draws', () => {
  it.each(Object.keys(cases))('nodes: fill, pie, ring, halo, opacity, shape and bold labels (%s)', (name) => {
    const { elements, scene, linkSource } = built(name);
    for (const e of elements.filter((el) => el.group === 'nodes')) {
      const style = styleOf(e, e.data.id === linkSource ? 'link-source' : undefined);
      const i = scene.indexOf.get(String(e.data.id));
      if (style.get('display') === 'none') {
        expect(i).toBeUndefined();
        continue;
      }
      const n = scene.nodes[i!]!;
      expect(n.id).toBe(e.data.id);
      expect(n.colour).toBe(style.get('background-color'));
      expect(n.pie !== null).toBe(Number(style.get('pie-2-background-size')) > 0);
      const plainBorder = style.get('border-width') === 1.5 && style.get('border-color') === '#FFFFFF';
      if (plainBorder) expect(n.ring).toBeNull();
      else expect(n.ring).toEqual({ colour: style.get('border-color'), width: style.get('border-width'), style: style.get('border-style') });
      if (style.has('underlay-color')) {
        expect(n.halo).toEqual({ colour: style.get('underlay-color'), padding: style.get('underlay-padding'), opacity: style.get('underlay-opacity') });
      } else expect(n.halo).toBeNull();
      expect(n.opacity).toBe(style.get('opacity') ?? 1);
      expect(n.boldLabel).toBe(style.get('font-weight') === 'bold');
      // Labels for the rest depend on room (scene-labels.ts); the selection and lit nodes always have one.
      expect(n.alwaysLabelled).toBe(classesOf(e).has('chosen') || classesOf(e).has('highlighted'));
      expect(n.organization).toBe(style.get('shape') === 'round-rectangle');
    }
  });

  it.each(Object.keys(cases))('layers follow the stylesheet z-index: a higher z-index is always drawn above (%s)', (name) => {
    const { elements, scene, linkSource } = built(name);
    const z = new Map(elements.map((e) => [String(e.data.id), Number(styleOf(e, e.data.id === linkSource ? 'link-source' : undefined).get('z-index') ?? 0)]));
    for (const a of scene.nodes) {
      expect(a.layer).toBeGreaterThanOrEqual(0);
      expect(a.layer).toBeLessThan(NODE_LAYERS);
      for (const b of scene.nodes) if (z.get(a.id)! > z.get(b.id)!) expect(a.layer).toBeGreaterThan(b.layer);
    }
    const rankOf = new Map<string, number>();
    scene.edgeGroups.forEach((g, rank) => g.edges.forEach((e) => rankOf.set(e.id, rank)));
    for (const a of rankOf.keys()) for (const b of rankOf.keys()) if (z.get(a)! > z.get(b)!) expect(rankOf.get(a)!).toBeGreaterThanOrEqual(rankOf.get(b)!);
  });

  it.each(Object.keys(cases))('ties: colour, width, opacity, dash and arrow (%s)', (name) => {
    const { elements, scene } = built(name);
    const drawn = new Map(scene.edgeGroups.flatMap((g) => g.edges.map((e) => [e.id, { look: g.look, edge: e }] as const)));
    for (const e of elements.filter((el) => el.group === 'edges')) {
      const style = styleOf(e);
      const found = drawn.get(String(e.data.id));
      if (style.get('display') === 'none') {
        expect(found).toBeUndefined();
        continue;
      }
      expect(found?.look).toEqual({
        colour: style.get('line-color'),
        width: expect.closeTo(Number(style.get('width')), 9),
        opacity: style.get('opacity'),
        dashed: style.get('line-style') === 'dashed',
      });
      expect(found?.edge.directed).toBe(style.get('target-arrow-shape') === 'triangle');
      expect(scene.nodes[found!.edge.source]!.id).toBe(e.data.source);
      expect(scene.nodes[found!.edge.target]!.id).toBe(e.data.target);
    }
  });
});

function everyVisibleNodeOnce(scene: Scene) {
  const seen = [...scene.nodeGroups.flatMap((g) => g.members), ...scene.decorated].sort((a, b) => a - b);
  expect(seen).toEqual(scene.nodes.map((_n, i) => i));
}

describe('the scene, case by case', () => {
  it('leaves out filtered-out stakeholders and their ties, and indexes the rest by id', () => {
    const { scene } = built('filtered');
    expect(scene.nodes.map((n) => n.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    scene.nodes.forEach((n, i) => expect(scene.indexOf.get(n.id)).toBe(i));
    expect(scene.indexOf.has('s6')).toBe(false);
    const edgeIds = scene.edgeGroups.flatMap((g) => g.edges.map((e) => e.id));
    expect(edgeIds).toHaveLength(5);
    expect(built('plain').scene.edgeGroups.flatMap((g) => g.edges)).toHaveLength(6);
    expect(scene.largestSize).toBe(60);
  });

  it('keeps NaN for the place of a stakeholder never placed', () => {
    const { scene } = built('plain');
    const unplaced = scene.nodes[scene.indexOf.get('s4')!]!;
    expect(unplaced.x).toBeNaN();
    expect(unplaced.y).toBeNaN();
    expect(unplaced.colour).toBe(UNCATEGORIZED_COLOUR);
    expect(scene.nodes[scene.indexOf.get('s2')!]).toMatchObject({ x: 100, y: 0, organization: true, label: 'Haven House' });
  });

  it('gives pies only to stakeholders with several categories, in equal slices, and none under a community fill', () => {
    const { scene } = built('plain');
    const pie = (id: string) => scene.nodes[scene.indexOf.get(id)!]!.pie;
    expect(pie('s1')).toEqual([
      { colour: categoryInfo('directly-affected').colour, share: 0.5 },
      { colour: categoryInfo('influential').colour, share: 0.5 },
    ]);
    expect(pie('s5')?.map((s) => s.share).reduce((a, b) => a + b)).toBeCloseTo(1, 9);
    expect(pie('s5')).toHaveLength(3);
    for (const id of ['s2', 's3', 's4', 's6']) expect(pie(id)).toBeNull();
    const community = built('coloured by community').scene;
    expect(community.nodes.every((n) => n.pie === null)).toBe(true);
    expect(new Set(community.nodes.map((n) => n.colour)).has(categoryInfo('service-provider').colour)).toBe(false);
  });

  it('rings the anchor doubly, the confidential dashed, the chosen solid, and the lit above all', () => {
    const ring = (name: string, id: string) => {
      const { scene } = built(name);
      return scene.nodes[scene.indexOf.get(id)!]!.ring;
    };
    expect(ring('plain', 's2')).toEqual({ colour: INK, width: 6, style: 'double' });
    expect(ring('plain', 's1')).toEqual({ colour: INK, width: 3, style: 'dashed' });
    expect(ring('plain', 's3')).toBeNull();
    expect(ring('selected', 's2')).toEqual({ colour: INK, width: 3, style: 'solid' });
    expect(ring('linking', 's1')).toEqual({ colour: LINK_SOURCE_COLOUR, width: 4, style: 'solid' });
    expect(ring('linking from an anchor under a highlight', 's2')).toEqual({ colour: LINK_SOURCE_COLOUR, width: 4, style: 'solid' });
    // A lit node's ring is the highlight's, even while it is the link's first end.
    expect(buildScene(buildElements(cases.highlighted!.input), 's1').nodes[0]!.ring).toEqual({ colour: INK, width: 3, style: 'solid' });
  });

  it('rings the people ticked for the bulk bar heavily in ink, over the confidential and anchor rings', () => {
    const scene = buildScene(buildElements(cases.ticked!.input));
    const ring = (id: string) => scene.nodes.find((n) => n.id === id)?.ring;
    for (const id of ['s1', 's2', 's3']) expect(ring(id)).toEqual({ colour: TICKED_COLOUR, width: TICKED_RING_WIDTH, style: 'solid' });
    expect(ring('s4')?.colour).not.toBe(TICKED_COLOUR);
    // The selection's own ring (thinner, with its halo) wins on the one selected.
    expect(buildScene(buildElements(cases['ticked with one selected']!.input)).nodes.find((n) => n.id === 's3')?.ring).toEqual({ colour: INK, width: 3, style: 'solid' });
  });

  it('haloes and layers: the chosen blue on top, the lit amber, neighbours above the rest, dimmed at the back', () => {
    const { scene } = built('selected under a highlight');
    const node = (id: string) => scene.nodes[scene.indexOf.get(id)!]!;
    expect(node('s1')).toMatchObject({ halo: { colour: HIGHLIGHT_COLOUR, padding: 10, opacity: 0.55 }, layer: 4, opacity: 1 });
    expect(node('s2')).toMatchObject({ halo: null, layer: 2, opacity: 0.16 });
    expect(node('s3')).toMatchObject({ halo: { colour: HIGHLIGHT_COLOUR, padding: 10, opacity: 0.55 }, layer: 3, opacity: 1 });
    expect(node('s4')).toMatchObject({ halo: null, layer: 0, opacity: 0.16 });
    const selected = built('selected').scene;
    expect(selected.nodes[selected.indexOf.get('s2')!]).toMatchObject({ halo: { colour: SELECTION_COLOUR, padding: 8, opacity: 0.28 }, layer: 4 });
    expect(selected.nodes[selected.indexOf.get('s4')!]).toMatchObject({ layer: 0, opacity: 0.22 });
    expect(built('plain').scene.nodes.every((n) => n.layer === 1 && n.opacity === 1)).toBe(true);
  });

  it('sorts tie groups back to front and maps strength 1-3 onto widths 1.2-3.6', () => {
    const plain = built('plain').scene;
    const look = (scene: Scene, id: string) => scene.edgeGroups.find((g) => g.edges.some((e) => e.id === id))!.look;
    const edge = (scene: Scene, id: string) => scene.edgeGroups.flatMap((g) => g.edges).find((e) => e.id === id)!;
    expect(look(plain, 't7')).toEqual({ colour: TIE_COLOUR, width: 1.2, opacity: 0.8, dashed: false });
    expect(look(plain, 't8')).toMatchObject({ colour: TIE_COLOUR, width: expect.closeTo(3.6, 9) });
    expect(look(plain, 't9')).toEqual({ colour: CONFLICT_COLOUR, width: expect.closeTo(2.4, 9), opacity: 1, dashed: true });
    expect(edge(plain, 't8').directed).toBe(true);
    expect(edge(plain, 't7').directed).toBe(false);
    const lit = built('highlighted').scene;
    // Ties between lit nodes come last (on top), thick and amber; all others dim beneath them.
    expect(lit.edgeGroups.at(-1)!.look).toEqual({ colour: HIGHLIGHT_TIE_COLOUR, width: 4, opacity: 1, dashed: false });
    expect(look(lit, 't9')).toEqual({ colour: HIGHLIGHT_TIE_COLOUR, width: 4, opacity: 1, dashed: true });
    expect(look(lit, 't7').opacity).toBe(0.16);
    const selected = built('selected').scene;
    const opacities = selected.edgeGroups.map((g) => g.look.opacity);
    expect(opacities[0]).toBe(0.22);
    expect(look(selected, 't8')).toMatchObject({ colour: '#52606D', opacity: 1 });
    expect(look(selected, 't9')).toMatchObject({ colour: CONFLICT_COLOUR, opacity: 0.22 });
    // Under someone else's highlight the selection's ties dim too, yet stay above the other dimmed ties.
    const underLit = built('selected under a highlight').scene;
    const groupOf = (id: string) => underLit.edgeGroups.findIndex((g) => g.edges.some((e) => e.id === id));
    expect(look(underLit, 't7')).toMatchObject({ colour: '#52606D', opacity: 0.16 });
    expect(groupOf('t7')).toBeGreaterThan(groupOf('t8'));
  });

  it.each(Object.keys(cases))('puts every shown node in exactly one plain group or among the decorated (%s)', (name) => {
    const { scene } = built(name);
    everyVisibleNodeOnce(scene);
    for (const g of scene.nodeGroups) {
      for (const i of g.members) {
        const n = scene.nodes[i]!;
        expect([n.ring, n.halo, n.pie]).toEqual([null, null, null]);
        expect([n.layer, n.colour, n.opacity, n.organization]).toEqual([g.layer, g.colour, g.opacity, g.organization]);
      }
    }
    for (const i of scene.decorated) {
      const n = scene.nodes[i]!;
      expect(n.ring !== null || n.halo !== null || n.pie !== null).toBe(true);
    }
    const layers = (list: readonly number[]) => list.every((v, k) => k === 0 || list[k - 1]! <= v);
    expect(layers(scene.nodeGroups.map((g) => g.layer))).toBe(true);
    expect(layers(scene.decorated.map((i) => scene.nodes[i]!.layer))).toBe(true);
  });
});
