// Closeness centrality as networkx.closeness_centrality(G) computes it: (r-1)/sum of distances
// to the r-1 nodes a node can reach, scaled by (r-1)/(n-1) (Wasserman and Faust) so that a node
// in a small component does not look central just because its few distances are short.
// The analysis gets closeness from the betweenness searches (shortestPathFigures); this
// stand-alone version is the plain definition, kept for callers that need closeness alone.
import { closenessValue } from './betweenness';
import type { CompactGraph } from './compact-graph';

export function closenessCentrality(graph: CompactGraph): Float64Array {
  const { order: n, offsets, neighbours } = graph;
  const result = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);

  for (let source = 0; source < n; source += 1) {
    let head = 0;
    let tail = 0;
    let total = 0;
    queue[tail++] = source;
    distance[source] = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = distance[v]! + 1;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k += 1) {
        const w = neighbours[k]!;
        if (distance[w] === -1) {
          distance[w] = next;
          total += next;
          queue[tail++] = w;
        }
      }
    }
    const reached = tail - 1;
    result[source] = closenessValue(reached, total, n);
    for (let i = 0; i < tail; i += 1) distance[queue[i]!] = -1;
  }
  return result;
}
