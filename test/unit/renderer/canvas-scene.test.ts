// The big-map canvas's scene, case by case: what it leaves out, how it places, fills, rings, haloes
// and layers nodes, and how it groups ties. That each element looks as Cytoscape draws it from the
// same look table is checked against real Cytoscape in look-parity.test.ts.
import { describe, expect, it } from 'vitest';
import { categoryInfo, UNCATEGORIZED_COLOUR } from '../../../shared/categories';
import { buildScene, LINK_SOURCE_COLOUR, type Scene } from '../../../renderer/src/graph/canvas/scene';
import { buildElements } from '../../../renderer/src/graph/elements';
import { HIGHLIGHT_COLOUR, HIGHLIGHT_TIE_COLOUR, INK, SELECTION_COLOUR, TICKED_COLOUR, TICKED_RING_WIDTH } from '../../../renderer/src/graph/look-table';
import { CONFLICT_COLOUR, TIE_COLOUR } from '../../../renderer/src/graph/tie-styles';
import { built, cases } from './look-cases';

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
    // Chosen and lit, the highlight's rule comes later and wins, z-index too (as Cytoscape draws it).
    expect(node('s1')).toMatchObject({ halo: { colour: HIGHLIGHT_COLOUR, padding: 10, opacity: 0.55 }, layer: 3, opacity: 1 });
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
