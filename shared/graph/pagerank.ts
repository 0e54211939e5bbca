// PageRank as networkx.pagerank(G, alpha) computes it on an undirected graph: every edge walks
// both ways with equal weight, a node without neighbours (dangling) hands its rank to everyone
// evenly, and teleporting is uniform.
// The iteration and its stopping rule are networkx's own (summed change below order * 1e-6), so
// the figures agree with networkx to rounding; pass a smaller tolerance to get nearer the exact
// fixed point (networkx's default answer can sit a few 1e-6 away from it).
import type { CompactGraph } from './compact-graph';

export interface PageRankOptions {
  readonly alpha?: number;
  /** Stop when the summed change over all nodes falls below order * tolerance. */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

export function pageRank(graph: CompactGraph, options: PageRankOptions = {}): Float64Array {
  const { order: n, offsets, neighbours } = graph;
  const alpha = options.alpha ?? 0.85;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 1000;
  if (n === 0) return new Float64Array(0);

  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  // Each node passes rank/degree along each of its edges.
  const outShare = new Float64Array(n);

  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let dangling = 0;
    for (let v = 0; v < n; v += 1) {
      const degree = offsets[v + 1]! - offsets[v]!;
      if (degree === 0) dangling += rank[v]!;
      else outShare[v] = rank[v]! / degree;
    }
    const base = alpha * (dangling / n) + (1 - alpha) / n;
    let change = 0;
    for (let v = 0; v < n; v += 1) {
      let incoming = 0;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k += 1) incoming += outShare[neighbours[k]!]!;
      const value = alpha * incoming + base;
      next[v] = value;
      change += Math.abs(value - rank[v]!);
    }
    [rank, next] = [next, rank];
    if (change < n * tolerance) break;
  }
  return rank;
}
