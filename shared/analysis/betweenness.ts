// Betweenness centrality by Brandes' algorithm (one BFS per source, then dependencies summed
// back in reverse BFS order), with closeness read off the same searches. Equals
// networkx.betweenness_centrality(G) on an unweighted undirected graph: normalized by
// 1/((n-1)(n-2)), which for undirected graphs also halves the double count of each pair.
//
// Leaves (degree 1, hanging off a node of degree > 1) are not searched from: every shortest path
// from a leaf is its neighbour's path with one step in front, so the leaf's dependencies equal
// its neighbour's, plus one per reachable target for the neighbour itself. Stakeholder maps have
// many such leaves (people known through one contact), so this saves a large share of the work.
import type { CompactGraph } from './compact-graph';

export interface ShortestPathFigures {
  readonly betweenness: Float64Array;
  /** Same as closenessCentrality(graph): networkx's definition with the Wasserman-Faust scaling. */
  readonly closeness: Float64Array;
}

export function shortestPathFigures(graph: CompactGraph): ShortestPathFigures {
  const { order: n, offsets, neighbours } = graph;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  // Nodes in the order BFS reached them; read backwards it is Brandes' stack.
  const visited = new Int32Array(n);
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const isPrunedLeaf = (v: number) => degree(v) === 1 && degree(neighbours[offsets[v]!]!) > 1;
  // Leaves hanging off each node; they ride along with that node's search.
  const leaves = new Int32Array(n);
  for (let v = 0; v < n; v += 1) {
    if (!isPrunedLeaf(v)) continue;
    const anchor = neighbours[offsets[v]!]!;
    leaves[anchor] = leaves[anchor]! + 1;
  }

  for (let source = 0; source < n; source += 1) {
    if (isPrunedLeaf(source)) continue;
    let head = 0;
    let tail = 0;
    let total = 0;
    visited[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const v = visited[head++]!;
      const next = distance[v]! + 1;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k += 1) {
        const w = neighbours[k]!;
        if (distance[w] === -1) {
          distance[w] = next;
          total += next;
          visited[tail++] = w;
        }
        if (distance[w] === next) paths[w] = paths[w]! + paths[v]!;
      }
    }
    const copies = 1 + leaves[source]!;
    for (let i = tail - 1; i > 0; i -= 1) {
      const w = visited[i]!;
      const share = (1 + dependency[w]!) / paths[w]!;
      const previous = distance[w]! - 1;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k += 1) {
        const v = neighbours[k]!;
        if (distance[v] === previous) dependency[v] = dependency[v]! + paths[v]! * share;
      }
      betweenness[w] = betweenness[w]! + copies * dependency[w]!;
    }
    // From each leaf, the source lies on the path to every other node it reaches.
    betweenness[source] = betweenness[source]! + leaves[source]! * (tail - 2);
    closeness[source] = closenessValue(tail - 1, total, n);
    if (leaves[source]! > 0) {
      // A leaf's distances are the source's, one longer, except the step to the source itself.
      const leafValue = closenessValue(tail - 1, total + tail - 2, n);
      for (let k = offsets[source]!; k < offsets[source + 1]!; k += 1) {
        const leaf = neighbours[k]!;
        if (degree(leaf) === 1) closeness[leaf] = leafValue;
      }
    }
    // Reset only what this source touched, so sparse graphs stay linear per source.
    for (let i = 0; i < tail; i += 1) {
      const v = visited[i]!;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }

  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i += 1) betweenness[i] = betweenness[i]! * scale;
  }
  return { betweenness, closeness };
}

/** networkx: (r-1)/total, times (r-1)/(n-1) so a small component does not look central. */
export function closenessValue(reached: number, total: number, n: number): number {
  return total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
}

export function betweennessCentrality(graph: CompactGraph): Float64Array {
  return shortestPathFigures(graph).betweenness;
}
