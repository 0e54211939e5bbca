// k-core numbers (networkx.core_number): the largest k such that the node belongs to a
// subgraph where everyone has at least k neighbours. Batagelj and Zaversnik's bucket method,
// linear in the number of edges: peel nodes in order of current degree.
import type { CompactGraph } from './compact-graph';

export function coreNumbers(graph: CompactGraph): Int32Array {
  const { order: n, offsets, neighbours } = graph;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v += 1) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  // Bucket sort by degree: binStart[d] is where degree-d nodes begin in `sorted`.
  const binStart = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v += 1) binStart[degree[v]! + 1] = binStart[degree[v]! + 1]! + 1;
  for (let d = 1; d <= maxDegree + 1; d += 1) binStart[d] = binStart[d]! + binStart[d - 1]!;
  const sorted = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = binStart.slice();
  for (let v = 0; v < n; v += 1) {
    position[v] = fill[degree[v]!]!++;
    sorted[position[v]!] = v;
  }

  for (let i = 0; i < n; i += 1) {
    const v = sorted[i]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k += 1) {
      const u = neighbours[k]!;
      if (degree[u]! > degree[v]!) {
        // Move u to the front of its bucket, then shrink its degree by one.
        const du = degree[u]!;
        const front = binStart[du]!;
        const w = sorted[front]!;
        if (w !== u) {
          sorted[position[u]!] = w;
          position[w] = position[u]!;
          sorted[front] = u;
          position[u] = front;
        }
        binStart[du] = front + 1;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}
