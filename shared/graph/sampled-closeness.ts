// Closeness estimated from a few breadth-first searches, for the first answer on big maps (the
// exact figure needs a search from every stakeholder). On an undirected graph the distance from a
// pivot to v is the distance from v to the pivot, so the mean distance from v to a component's
// pivots, drawn uniformly inside that component, estimates v's mean distance to everyone in it
// (Eppstein & Wang 2001). Distances on a connected map sit within a few steps of each other, so a
// few hundred pivots pin the mean down closely. Components no bigger than their pivot share are
// searched from every node: there the figures are exact.
//
// The sampled betweenness searches already measure every distance from their pivots (uniform over
// the whole map), so their sums are used as they are wherever a component drew enough of those
// pivots; only the components that drew too few are searched here, from pivots of their own.
//
// The scale is networkx's (Wasserman-Faust): (r-1)/total distance, times (r-1)/(n-1), where r is
// the size of v's component, which is known exactly.
import { closenessValue } from './betweenness-core';
import type { AdjacencyArrays } from './betweenness-core';
import type { Components } from './components';
import { breadthFirst } from './breadth-first';
import { seededRandom } from './random';

export interface ClosenessEstimate {
  readonly closeness: Float64Array;
  /** Searches behind the estimate: earlier pivots used, plus the ones run here. */
  readonly searches: number;
}

/** Pivots per component: its fair share of `samples`, at least `minimum`, at most its size. */
function pivotCount(size: number, order: number, samples: number, minimum: number): number {
  return Math.min(size, Math.max(minimum, Math.ceil((samples * size) / order)));
}

/** Distances already summed by earlier searches (the sampled betweenness pivots). */
export interface PivotDistances {
  readonly distanceSums: Float64Array;
  readonly reachedBy: Float64Array;
}

export function estimateCloseness(graph: AdjacencyArrays, components: Components, samples: number, seed = 1, prior?: PivotDistances): ClosenessEstimate {
  const n = graph.order;
  if (!Number.isInteger(samples) || samples < 1) {
    throw new Error(`closeness estimate: the sample size must be a positive whole number, got ${samples}`);
  }
  const members: number[][] = components.sizes.map(() => []);
  for (let v = 0; v < n; v += 1) members[components.componentOf[v]!]!.push(v);

  const distanceSum = new Float64Array(n);
  const pivotsSeen = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const random = seededRandom(seed);
  let searches = 0;

  const searchFrom = (source: number) => {
    const tail = breadthFirst(graph, source, distance, queue);
    for (let i = 0; i < tail; i += 1) {
      const v = queue[i]!;
      distanceSum[v] = distanceSum[v]! + distance[v]!;
      pivotsSeen[v] = pivotsSeen[v]! + 1;
      distance[v] = -1;
    }
    searches += 1;
  };

  for (const nodes of members) {
    const k = pivotCount(nodes.length, n, samples, 32);
    // Every node of a component is reached by the same pivots: the first node says how many.
    const earlier = prior && prior.reachedBy.length === n ? prior.reachedBy[nodes[0]!]! : 0;
    if (earlier >= k) {
      for (const v of nodes) {
        distanceSum[v] = prior!.distanceSums[v]!;
        pivotsSeen[v] = prior!.reachedBy[v]!;
      }
      searches += earlier;
      continue;
    }
    // The first k places of a seeded partial shuffle: k distinct pivots, uniform in the component.
    for (let i = 0; i < k; i += 1) {
      const j = i + Math.floor(random() * (nodes.length - i));
      const pivot = nodes[j]!;
      nodes[j] = nodes[i]!;
      nodes[i] = pivot;
      searchFrom(pivot);
    }
  }

  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    const size = components.sizes[components.componentOf[v]!]!;
    const seen = pivotsSeen[v]!;
    if (size < 2 || seen === 0) continue;
    // The mean distance to a pivot counts v itself (distance 0) when v was drawn; the exact mean
    // over the component does too, so mean * size is the estimated sum over all r - 1 others.
    const total = (distanceSum[v]! / seen) * size;
    closeness[v] = closenessValue(size - 1, total, n);
  }
  return { closeness, searches };
}
