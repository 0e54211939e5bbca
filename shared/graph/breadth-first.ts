// One breadth-first search over the compact graph's arrays, into scratch arrays the caller keeps:
// `distance` must hold -1 for every node on entry; on return the reached nodes are queue[0..tail)
// with their distances set, and the caller resets them to -1 before the next search.
import type { AdjacencyArrays } from './betweenness-core';

/** Returns how many nodes were reached (the source included). */
export function breadthFirst(graph: AdjacencyArrays, source: number, distance: Int32Array, queue: Int32Array): number {
  const { offsets, neighbours } = graph;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  distance[source] = 0;
  while (head < tail) {
    const v = queue[head++]!;
    const next = distance[v]! + 1;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k += 1) {
      const w = neighbours[k]!;
      if (distance[w] === -1) {
        distance[w] = next;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}
