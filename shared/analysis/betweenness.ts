// Betweenness centrality by Brandes' algorithm (one BFS per source, then dependencies summed
// back in reverse BFS order). Equals networkx.betweenness_centrality(G) on an unweighted
// undirected graph: normalized by 1/((n-1)(n-2)), which for undirected graphs also halves the
// double count of each pair.
import type { CompactGraph } from './compact-graph';

export function betweennessCentrality(graph: CompactGraph): Float64Array {
  const { order: n, offsets, neighbours } = graph;
  const result = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  // Nodes in the order BFS reached them; read backwards it is Brandes' stack.
  const visited = new Int32Array(n);

  for (let source = 0; source < n; source += 1) {
    let head = 0;
    let tail = 0;
    visited[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const v = visited[head++]!;
      const next = distance[v]! + 1;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k += 1) {
        const w = neighbours[k]!;
        if (distance[w] === -1) {
          distance[w] = next;
          visited[tail++] = w;
        }
        if (distance[w] === next) paths[w] = paths[w]! + paths[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i -= 1) {
      const w = visited[i]!;
      const share = (1 + dependency[w]!) / paths[w]!;
      const previous = distance[w]! - 1;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k += 1) {
        const v = neighbours[k]!;
        if (distance[v] === previous) dependency[v] = dependency[v]! + paths[v]! * share;
      }
      result[w] = result[w]! + dependency[w]!;
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
    for (let i = 0; i < n; i += 1) result[i] = result[i]! * scale;
  }
  return result;
}
