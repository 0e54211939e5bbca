// Parity of the two renderers, checked against Cytoscape itself: each case's elements go into a
// real headless Cytoscape (styles on) with the stylesheet written from the look table, and every
// element's computed style is compared with what the canvas scene resolved from the same table.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type EdgeSingular } from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import type { Scene } from '../../../renderer/src/graph/canvas/scene';
import { buildStylesheet } from '../../../renderer/src/graph/stylesheet';
import { built, cases } from './look-cases';

const instances: Core[] = [];
afterAll(() => instances.forEach((cy) => cy.destroy()));

/** The case's elements in headless Cytoscape; the link's first end carries its class, as the map view gives it. */
function drawnByCytoscape(elements: readonly ElementDefinition[], linkSource: string | undefined): Core {
  const withLink = elements.map((e) => (e.data.id === linkSource ? { ...e, classes: `${String(e.classes ?? '')} link-source` } : e));
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements: withLink });
  instances.push(cy);
  return cy;
}

const rgb = (hex: string) => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return m.slice(1).map((h) => parseInt(h, 16));
};
/** Cytoscape's parsed computed value (`pstyle`, not in its typings): colours as [r, g, b], sizes as numbers. */
const value = (e: NodeSingular | EdgeSingular, property: string): unknown =>
  (e as unknown as { pstyle(p: string): { value: unknown } }).pstyle(property).value;
const num = (e: NodeSingular | EdgeSingular, property: string) => Number(value(e, property));

function compareNode(cyNode: NodeSingular, scene: Scene): void {
  const i = scene.indexOf.get(cyNode.id());
  if (value(cyNode, 'display') === 'none') return void expect(i, `${cyNode.id()} hidden`).toBeUndefined();
  const n = scene.nodes[i!]!;
  expect(rgb(n.colour)).toEqual(value(cyNode, 'background-color'));
  expect(n.size).toBe(num(cyNode, 'width'));
  expect(n.organization).toBe(value(cyNode, 'shape') === 'round-rectangle');
  const slices = [1, 2, 3, 4, 5].map((k) => ({ colour: value(cyNode, `pie-${k}-background-color`), share: num(cyNode, `pie-${k}-background-size`) / 100 }));
  if (slices[1]!.share > 0) expect(n.pie?.map((s) => ({ colour: rgb(s.colour), share: s.share }))).toEqual(slices.filter((s) => s.share > 0));
  else expect(n.pie).toBeNull();
  const ring = { colour: value(cyNode, 'border-color'), width: num(cyNode, 'border-width'), style: value(cyNode, 'border-style') };
  const plain = ring.width === 1.5 && ring.style === 'solid' && String(ring.colour) === '255,255,255';
  expect(n.ring === null ? plain : { ...n.ring, colour: rgb(n.ring.colour) }).toEqual(n.ring === null ? true : ring);
  const haloShown = num(cyNode, 'underlay-opacity') > 0;
  expect(n.halo === null).toBe(!haloShown);
  if (n.halo) expect({ ...n.halo, colour: rgb(n.halo.colour) }).toEqual({ colour: value(cyNode, 'underlay-color'), padding: num(cyNode, 'underlay-padding'), opacity: num(cyNode, 'underlay-opacity') });
  expect(n.opacity).toBe(num(cyNode, 'opacity'));
  expect(n.labelOpacity).toBe(num(cyNode, 'text-opacity'));
  expect(n.boldLabel).toBe(value(cyNode, 'font-weight') === 'bold');
  expect(n.label).toBe(value(cyNode, 'label'));
}

function compareEdge(cyEdge: EdgeSingular, scene: Scene): void {
  const drawn = scene.edgeGroups.flatMap((g) => g.edges.map((e) => ({ look: g.look, edge: e }))).find((d) => d.edge.id === cyEdge.id());
  if (value(cyEdge, 'display') === 'none' || !cyEdge.source().visible() || !cyEdge.target().visible()) return void expect(drawn).toBeUndefined();
  expect(drawn, cyEdge.id()).toBeDefined();
  expect(rgb(drawn!.look.colour)).toEqual(value(cyEdge, 'line-color'));
  expect(drawn!.look.width).toBeCloseTo(num(cyEdge, 'width'), 9);
  expect(drawn!.look.opacity).toBe(num(cyEdge, 'opacity'));
  expect(drawn!.look.dashed).toBe(value(cyEdge, 'line-style') === 'dashed');
  expect(drawn!.edge.directed).toBe(value(cyEdge, 'target-arrow-shape') === 'triangle');
}

describe('the canvas draws what Cytoscape draws from the same look table', () => {
  it.each(Object.keys(cases))('nodes: fill, size, shape, pie, ring, halo, opacity and label (%s)', (name) => {
    const { elements, scene, linkSource } = built(name);
    const cy = drawnByCytoscape(elements, linkSource);
    expect(cy.nodes().length).toBeGreaterThan(0);
    cy.nodes().forEach((n) => compareNode(n, scene));
  });

  it.each(Object.keys(cases))('ties: colour, width, opacity, dash and arrow (%s)', (name) => {
    const { elements, scene, linkSource } = built(name);
    const cy = drawnByCytoscape(elements, linkSource);
    cy.edges().forEach((e) => compareEdge(e, scene));
  });

  it.each(Object.keys(cases))('a higher z-index in Cytoscape is always drawn later on the canvas (%s)', (name) => {
    const { elements, scene, linkSource } = built(name);
    const cy = drawnByCytoscape(elements, linkSource);
    const z = (id: string) => num(cy.getElementById(id), 'z-index');
    for (const a of scene.nodes) for (const b of scene.nodes) if (z(a.id) > z(b.id)) expect(a.layer, `${a.id} over ${b.id}`).toBeGreaterThan(b.layer);
    const rankOf = new Map<string, number>();
    scene.edgeGroups.forEach((g, rank) => g.edges.forEach((e) => rankOf.set(e.id, rank)));
    for (const [a, ra] of rankOf) for (const [b, rb] of rankOf) if (z(a) > z(b)) expect(ra).toBeGreaterThan(rb);
  });
});
