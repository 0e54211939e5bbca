// Betweenness centrality by Brandes' algorithm (one BFS per source, then dependencies summed
// back in reverse BFS order), with closeness read off the same searches. Equals
// networkx.betweenness_centrality(G) on an unweighted undirected graph: normalized by
// 1/((n-1)(n-2)), which for undirected graphs also halves the double count of each pair.
//
// Leaves (degree 1, hanging off a node of degree > 1) are not searched from: every shortest path
// from a leaf is its neighbour's path with one step in front, so the leaf's dependencies equal
// its neighbour's, plus one per reachable target for the neighbour itself. Stakeholder maps have
// many such leaves (people known through one contact), so this saves a large share of the work.
//
// The searches themselves are in betweenness-core.ts; this file plans them and finishes the sums,
// so the same plan can be cut into slices for worker threads (see sliceOfSources).
import type { CompactGraph } from './compact-graph';
import { addPartialSums, brandesPartialSums, type AdjacencyArrays, type PartialSums, type SourcePlan } from './betweenness-core';

export { closenessValue } from './betweenness-core';

export interface ShortestPathFigures {
  readonly betweenness: Float64Array;
  /** Same as closenessCentrality(graph): networkx's definition with the Wasserman-Faust scaling. */
  readonly closeness: Float64Array;
}

/** The exact plan: every node except folded leaves is a source; each leaf rides with its anchor. */
export function exactSourcePlan(graph: AdjacencyArrays): SourcePlan {
  const { order: n, offsets, neighbours } = graph;
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const weight = new Float64Array(n).fill(1);
  const folded = new Float64Array(n);
  const sources: number[] = [];
  for (let v = 0; v < n; v += 1) {
    const anchor = neighbours[offsets[v]!]!;
    if (degree(v) === 1 && degree(anchor) > 1) {
      folded[anchor] = folded[anchor]! + 1;
      weight[anchor] = weight[anchor]! + 1;
    } else {
      sources.push(v);
    }
  }
  return { sources: Int32Array.from(sources), weight, folded };
}

/**
 * Slice `index` of `count`: every count-th source starting at index. Striding rather than
 * cutting blocks keeps the slices equally heavy when costly sources sit next to each other.
 */
export function sliceOfSources(sources: Int32Array, index: number, count: number): Int32Array {
  if (!Number.isInteger(count) || count < 1) throw new Error(`betweenness slices: slice count must be a positive integer, got ${count}`);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new Error(`betweenness slices: slice ${index} is not in 0..${count - 1}`);
  const slice = new Int32Array(Math.ceil(Math.max(0, sources.length - index) / count));
  for (let i = index, j = 0; i < sources.length; i += count, j += 1) slice[j] = sources[i]!;
  return slice;
}

/** Turns the summed partials of an exact plan into networkx's normalized figures. */
export function finishExactFigures(order: number, partials: readonly PartialSums[]): ShortestPathFigures {
  const { betweenness, closeness } = addPartialSums(order, partials);
  if (order > 2) {
    const scale = 1 / ((order - 1) * (order - 2));
    for (let i = 0; i < order; i += 1) betweenness[i] = betweenness[i]! * scale;
  }
  return { betweenness, closeness };
}

export function shortestPathFigures(graph: CompactGraph): ShortestPathFigures {
  const plan = exactSourcePlan(graph);
  return finishExactFigures(graph.order, [brandesPartialSums(graph, plan, plan.sources, true)]);
}

export function betweennessCentrality(graph: CompactGraph): Float64Array {
  return shortestPathFigures(graph).betweenness;
}
