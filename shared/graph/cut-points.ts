// Articulation points (people whose departure splits a group) and bridges (ties whose loss
// does) by Hopcroft and Tarjan's low-point DFS. The DFS keeps its own stack in typed arrays:
// a 20,000-person chain would overflow the call stack if we recursed.
import type { CompactGraph } from './compact-graph';

export interface CutPoints {
  /** 1 where the node is an articulation point. */
  readonly isArticulation: Uint8Array;
  /** Bridge endpoints as node index pairs, lower index first. */
  readonly bridges: readonly (readonly [number, number])[];
}

export function cutPoints(graph: CompactGraph): CutPoints {
  const { order: n, offsets, neighbours } = graph;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextSlot = offsets.slice(0, n);
  const stack = new Int32Array(n);
  const isArticulation = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let clock = 0;

  for (let root = 0; root < n; root += 1) {
    if (discovered[root] !== -1) continue;
    let top = 0;
    let rootChildren = 0;
    stack[top++] = root;
    discovered[root] = low[root] = clock++;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (nextSlot[v]! < offsets[v + 1]!) {
        const w = neighbours[nextSlot[v]!]!;
        nextSlot[v] = nextSlot[v]! + 1;
        if (discovered[w] === -1) {
          parent[w] = v;
          discovered[w] = low[w] = clock++;
          stack[top++] = w;
          if (v === root) rootChildren += 1;
        } else if (w !== parent[v]) {
          // A back edge (the graph is simple, so skipping the parent once is exact).
          if (discovered[w]! < low[v]!) low[v] = discovered[w]!;
        }
        continue;
      }
      top -= 1;
      const p = parent[v]!;
      if (p === -1) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! > discovered[p]!) bridges.push(p < v ? [p, v] : [v, p]);
      if (p !== root && low[v]! >= discovered[p]!) isArticulation[p] = 1;
    }
    if (rootChildren >= 2) isArticulation[root] = 1;
  }
  return { isArticulation, bridges };
}
