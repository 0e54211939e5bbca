// Closeness centrality as networkx.closeness_centrality(G) computes it: (r-1)/sum of distances
// to the r-1 nodes a node can reach, scaled by (r-1)/(n-1) (Wasserman and Faust) so that a node
// in a small component does not look central just because its few distances are short.
// The analysis gets closeness from the betweenness searches (shortestPathFigures); this
// stand-alone version is the plain definition, kept for callers that need closeness alone.
import { closenessValue } from './betweenness';
import { breadthFirst } from './breadth-first';
import type { CompactGraph } from './compact-graph';

export function closenessCentrality(graph: CompactGraph): Float64Array {
  const n = graph.order;
  const result = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);

  for (let source = 0; source < n; source += 1) {
    const tail = breadthFirst(graph, source, distance, queue);
    let total = 0;
    for (let i = 0; i < tail; i += 1) {
      total += distance[queue[i]!]!;
      distance[queue[i]!] = -1;
    }
    result[source] = closenessValue(tail - 1, total, n);
  }
  return result;
}
