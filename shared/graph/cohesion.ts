// Whole-map figures: how tightly knit the map is (density) and how much it leans on a few
// well-connected stakeholders (Freeman's degree centralization: 1 for a star, 0 when everyone
// has the same number of contacts).
import type { CompactGraph } from './compact-graph';

/** networkx.density for an undirected graph: edges present over edges possible. */
export function density(graph: CompactGraph): number {
  const n = graph.order;
  return n <= 1 ? 0 : (2 * graph.size) / (n * (n - 1));
}

export function degreeCentralization(degrees: Int32Array): number {
  const n = degrees.length;
  if (n < 3) return 0;
  let top = 0;
  for (const d of degrees) if (d > top) top = d;
  let shortfall = 0;
  for (const d of degrees) shortfall += top - d;
  return shortfall / ((n - 1) * (n - 2));
}

export function degrees(graph: CompactGraph): Int32Array {
  const result = new Int32Array(graph.order);
  for (let v = 0; v < graph.order; v += 1) result[v] = graph.offsets[v + 1]! - graph.offsets[v]!;
  return result;
}
