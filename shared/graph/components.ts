// Connected components by breadth-first search: which island of the map each stakeholder is on.
import type { CompactGraph } from './compact-graph';

export interface Components {
  /** Component number per node, numbered in order of each component's first node. */
  readonly componentOf: Int32Array;
  readonly count: number;
  readonly sizes: readonly number[];
}

export function connectedComponents(graph: CompactGraph): Components {
  const { order: n, offsets, neighbours } = graph;
  const componentOf = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let start = 0; start < n; start += 1) {
    if (componentOf[start] !== -1) continue;
    const label = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    componentOf[start] = label;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k += 1) {
        const w = neighbours[k]!;
        if (componentOf[w] === -1) {
          componentOf[w] = label;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { componentOf, count: sizes.length, sizes };
}
