// Which node is under the pointer on the big-map canvas. The grid must answer exactly what looking
// at every node would: the topmost node (the one drawn last: higher layer, then later in the drawing
// order) whose shape, a circle
// for a person and a square for an organization, holds the point within the slack.
import type { ElementDefinition } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHitGrid } from '../../../renderer/src/graph/canvas/hit-grid';
import { buildScene, type Scene } from '../../../renderer/src/graph/canvas/scene';

/** One class set per layer, back to front, as elements.ts gives them. */
const LAYER_CLASSES = ['faded', '', 'neighbour', 'highlighted', 'chosen'] as const;

interface NodeSpec {
  readonly organization: boolean;
  readonly size: number;
  readonly layer: number;
  /** null: not placed yet. */
  readonly at: { readonly x: number; readonly y: number } | null;
}

function sceneOf(specs: readonly NodeSpec[]): Scene {
  const elements: ElementDefinition[] = specs.map((s, i) => ({
    group: 'nodes',
    data: { id: `n${i}`, label: `Stakeholder ${i}`, colour: '#0077BB', size: s.size },
    classes: [s.organization ? 'organization' : 'person', LAYER_CLASSES[s.layer]].join(' '),
    ...(s.at ? { position: { ...s.at } } : {}),
  }));
  return buildScene(elements);
}

/** The reference: every node looked at, the topmost holder kept. */
function bruteForce(scene: Scene, x: number, y: number, slack: number): number | null {
  let best: number | null = null;
  scene.nodes.forEach((n, i) => {
    const half = n.size / 2 + slack;
    const dx = Math.abs(x - n.x);
    const dy = Math.abs(y - n.y);
    const holds = n.organization ? dx <= half && dy <= half : dx * dx + dy * dy <= half * half;
    if (holds && (best === null || scene.drawRank[i]! > scene.drawRank[best]!)) best = i;
  });
  return best;
}

const coordinate = fc.double({ min: -600, max: 600, noNaN: true });
const nodeSpec: fc.Arbitrary<NodeSpec> = fc.record({
  organization: fc.boolean(),
  size: fc.integer({ min: 10, max: 90 }),
  layer: fc.integer({ min: 0, max: LAYER_CLASSES.length - 1 }),
  at: fc.option(fc.record({ x: coordinate, y: coordinate }), { freq: 8 }),
});
const specs = fc.array(nodeSpec, { minLength: 1, maxLength: 60 });
/** Points near a node (index taken modulo the node count) or anywhere. */
const probe = fc.record({ near: fc.nat(), dx: fc.double({ min: -70, max: 70, noNaN: true }), dy: fc.double({ min: -70, max: 70, noNaN: true }) });
const slack = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 8, noNaN: true }), fc.double({ min: 50, max: 300, noNaN: true }));

const probeAt = (scene: Scene, p: { near: number; dx: number; dy: number }) => {
  const n = scene.nodes[p.near % scene.nodes.length]!;
  return Number.isFinite(n.x) ? { x: n.x + p.dx, y: n.y + p.dy } : { x: p.dx * 8, y: p.dy * 8 };
};

describe('the hit grid', () => {
  it('answers as looking at every node would', () => {
    fc.assert(
      fc.property(specs, fc.array(probe, { minLength: 1, maxLength: 20 }), slack, (nodes, probes, s) => {
        const scene = sceneOf(nodes);
        const grid = buildHitGrid(scene);
        for (const p of probes) {
          const { x, y } = probeAt(scene, p);
          expect(grid.nodeAt(x, y, s)).toBe(bruteForce(scene, x, y, s));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('tells a circle from a square: a corner hits an organization but not a person', () => {
    const scene = sceneOf([
      { organization: false, size: 40, layer: 1, at: { x: 0, y: 0 } },
      { organization: true, size: 40, layer: 1, at: { x: 200, y: 0 } },
    ]);
    const grid = buildHitGrid(scene);
    expect(grid.nodeAt(18, 18, 0)).toBeNull();
    expect(grid.nodeAt(218, 18, 0)).toBe(1);
    expect(grid.nodeAt(0, 20, 0)).toBe(0);
    expect(grid.nodeAt(0, 24, 0)).toBeNull();
    expect(grid.nodeAt(0, 24, 4)).toBe(0);
  });

  it('prefers the higher layer, then the later node, where two overlap', () => {
    const overlap = (layers: [number, number]) =>
      buildHitGrid(sceneOf(layers.map((layer, i) => ({ organization: false, size: 40, layer, at: { x: i * 10, y: 0 } })))).nodeAt(5, 0, 0);
    expect(overlap([1, 1])).toBe(1);
    expect(overlap([4, 1])).toBe(0);
    expect(overlap([0, 2])).toBe(1);
  });

  it('hits what is drawn on top when two nodes of one layer have different looks', () => {
    // Plain nodes are drawn colour group by colour group, and decorated ones (here an anchor's
    // ring) after the plain ones of their layer, so list order alone would hit the wrong one.
    const elements: ElementDefinition[] = [
      { group: 'nodes', data: { id: 'a', label: 'A', colour: '#0077BB', size: 40 }, classes: 'person anchor', position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'b', label: 'B', colour: '#0077BB', size: 40 }, classes: 'person', position: { x: 10, y: 0 } },
      { group: 'nodes', data: { id: 'c', label: 'C', colour: '#EE7733', size: 40 }, classes: 'person', position: { x: 20, y: 0 } },
      { group: 'nodes', data: { id: 'd', label: 'D', colour: '#0077BB', size: 40 }, classes: 'person', position: { x: 30, y: 0 } },
    ];
    const scene = buildScene(elements);
    const grid = buildHitGrid(scene);
    expect(grid.nodeAt(5, 0, 0)).toBe(0); // the anchor, decorated, over the plain B
    expect(grid.nodeAt(25, 0, 0)).toBe(2); // C's colour group is drawn after B and D's
  });

  it('finds the nearest node within the slack when none is under the point', () => {
    const scene = sceneOf([
      { organization: false, size: 20, layer: 1, at: { x: 0, y: 0 } },
      { organization: true, size: 20, layer: 4, at: { x: 40, y: 0 } },
    ]);
    const grid = buildHitGrid(scene);
    expect(grid.nearestWithin(16, 0, 8)).toBe(0); // 6 from the first's edge, 14 from the second's
    expect(grid.nearestWithin(26, 0, 8)).toBe(1);
    expect(grid.nearestWithin(20, 30, 8)).toBeNull();
  });

  it('finds a dragged node at its new place and no longer at the old one', () => {
    fc.assert(
      fc.property(specs, fc.nat(), fc.record({ x: coordinate, y: coordinate }), slack, (nodes, pick, to, s) => {
        const scene = sceneOf(nodes);
        const grid = buildHitGrid(scene);
        const i = pick % scene.nodes.length;
        const node = scene.nodes[i]!;
        const from = { x: node.x, y: node.y };
        node.x = to.x;
        node.y = to.y;
        grid.move(i);
        expect(grid.nodeAt(to.x, to.y, s)).toBe(bruteForce(scene, to.x, to.y, s));
        expect(bruteForce(scene, to.x, to.y, s) === null).toBe(false);
        if (Number.isFinite(from.x)) {
          const there = grid.nodeAt(from.x, from.y, s);
          expect(there).toBe(bruteForce(scene, from.x, from.y, s));
          if (Math.hypot(from.x - to.x, from.y - to.y) > node.size + 2 * s) expect(there).not.toBe(i);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never hits a node that has no place, and files it once it gets one', () => {
    const scene = sceneOf([
      { organization: false, size: 30, layer: 1, at: null },
      { organization: true, size: 30, layer: 4, at: null },
    ]);
    const grid = buildHitGrid(scene);
    for (const [x, y] of [[0, 0], [Number.NaN, Number.NaN], [1e9, -1e9]] as const) expect(grid.nodeAt(x, y, 500)).toBeNull();
    scene.nodes[0]!.x = 50;
    scene.nodes[0]!.y = 60;
    grid.move(0);
    expect(grid.nodeAt(55, 60, 0)).toBe(0);
    // Taking the place away again (an undone placement) takes it off the grid too.
    scene.nodes[0]!.x = Number.NaN;
    grid.move(0);
    expect(grid.nodeAt(50, 60, 0)).toBeNull();
  });
});
