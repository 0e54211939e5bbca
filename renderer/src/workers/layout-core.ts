// The layouts, pure so they run in the worker and in tests alike: ForceAtlas2 from
// seeded starting points (same map, same picture), a fixed number of iterations that shrinks as
// the graph grows so 2,000 nodes still take a second or two, then scaled to screen units.
import Graph from 'graphology';
import type { LayoutName } from '../../../shared/views';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { noOverlapLayout } from './layout-no-overlap';
import { circleLayout, concentricLayout, groupedLayout, NODE_GAP } from './layout-shapes';

export interface LayoutRequest {
  readonly nodes: readonly string[];
  readonly edges: readonly (readonly [string, string])[];
  /** Which layout and how spread out; the force layout at spacing 1 when absent. */
  readonly choice?: { readonly name: LayoutName; readonly spacing: number };
  /** Concentric: each node's value of the chosen measure (highest in the middle). */
  readonly value?: Readonly<Record<string, number>>;
  /** Grouped and circle: each node's group (its first category). */
  readonly group?: Readonly<Record<string, string>>;
  /** No overlap: where the nodes are now (those without a place start near the middle). */
  readonly positions?: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
}

export type LayoutResult = Record<string, { x: number; y: number }>;

/** Iterations by size: many for small maps (cheap and tidier), fewer for big ones. */
export function iterationsFor(nodeCount: number): number {
  if (nodeCount <= 100) return 500;
  if (nodeCount <= 500) return 250;
  if (nodeCount <= 1_500) return 120;
  return 80;
}

/** mulberry32: a tiny seeded generator so starting points repeat from run to run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Screen units per node: the picture's side grows with the square root of the node count. */
const SPACING = 125;

export function computeLayout(request: LayoutRequest): LayoutResult {
  const spacing = request.choice?.spacing ?? 1;
  if (request.choice?.name === 'concentric') return concentricLayout(request.nodes, request.value ?? {}, spacing);
  if (request.choice?.name === 'grouped') return groupedLayout(request.nodes, request.group ?? {}, spacing);
  if (request.choice?.name === 'circle') return circleLayout(request.nodes, request.group ?? {}, spacing);
  if (request.choice?.name === 'no-overlap') return noOverlapLayout(request.nodes, request.positions ?? {}, NODE_GAP * spacing);
  return forceLayout(request, spacing);
}

function forceLayout(request: LayoutRequest, spacing: number): LayoutResult {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const random = seededRandom(request.nodes.length * 7919 + request.edges.length);
  const radius = Math.sqrt(request.nodes.length) * 10;
  for (const id of request.nodes) graph.mergeNode(id, { x: (random() - 0.5) * radius, y: (random() - 0.5) * radius });
  for (const [a, b] of request.edges) {
    if (a !== b && graph.hasNode(a) && graph.hasNode(b) && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations: iterationsFor(graph.order),
      settings: { ...settings, barnesHutOptimize: graph.order > 300, gravity: 1.5, scalingRatio: 8 },
    });
  }
  return scaleToScreen(graph, spacing);
}

function scaleToScreen(graph: Graph, spacing: number): LayoutResult {
  const result: LayoutResult = {};
  if (graph.order === 0) return result;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_id, a) => {
    minX = Math.min(minX, a.x as number);
    maxX = Math.max(maxX, a.x as number);
    minY = Math.min(minY, a.y as number);
    maxY = Math.max(maxY, a.y as number);
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const target = Math.sqrt(graph.order) * SPACING * spacing;
  const scale = target / span;
  graph.forEachNode((id, a) => {
    const x = ((a.x as number) - (minX + maxX) / 2) * scale;
    const y = ((a.y as number) - (minY + maxY) / 2) * scale;
    result[id] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return result;
}
