// The Brandes kernel: partial betweenness sums (and closeness) from a chosen list of sources.
// Sources are independent, so any runtime (this thread, a Node worker, a Web Worker) can run one
// slice of the source list and the partial arrays are simply added up afterwards. Pure: it reads
// only the typed arrays of the compact graph, so those arrays are all a worker needs.
//
// Each search also records, per node, the neighbours one step closer to the source (its
// predecessors) in the node's own CSR row; the backward pass then walks only those instead of
// every neighbour, which the profile showed was half the time on stakeholder-shaped graphs.

/** The part of a CompactGraph the searches read; plain typed arrays, cheap to post to a worker. */
export interface AdjacencyArrays {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

export interface SourcePlan {
  /** The nodes to search from, in order. */
  readonly sources: Int32Array;
  /** Per node: how many times its search counts (itself plus the leaf sources folded into it). */
  readonly weight: Float64Array;
  /** Per node: leaf sources folded into its search; each puts this node on tail - 2 paths. */
  readonly folded: Float64Array;
  /** Sampled plans: weight each target's share by distance (no folded leaves, no closeness). */
  readonly linearScaling?: boolean;
}

export interface PartialSums {
  /** Unscaled sums of dependencies. */
  readonly betweenness: Float64Array;
  /** Closeness of the searched sources and their folded leaves; zero elsewhere. */
  readonly closeness: Float64Array;
  /**
   * Linearly scaled (sampled) plans only, else empty: per node, the summed distance from the
   * sources that reached it and how many did, from which sampled-closeness.ts estimates closeness
   * without searching again.
   */
  readonly distanceSums: Float64Array;
  readonly reachedBy: Float64Array;
}

/** networkx: (r-1)/total, times (r-1)/(n-1) so a small component does not look central. */
export function closenessValue(reached: number, total: number, n: number): number {
  return total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
}

/**
 * Runs Brandes from `sources` (a subset of plan.sources, or all of them) and returns the partial
 * sums. With `withCloseness`, the plan must be an exact plan: the leaves of each source are then
 * its degree-1 neighbours, whose closeness is read off the source's distances.
 */
export function brandesPartialSums(
  graph: AdjacencyArrays,
  plan: SourcePlan,
  sources: Int32Array,
  withCloseness: boolean,
): PartialSums {
  const search = createBrandesSearch(graph, plan, withCloseness);
  search.run(sources);
  return search.sums;
}

export interface BrandesSearch {
  /** Adds the searches from these sources to `sums`; call as often as there are chunks. */
  run(sources: Int32Array): void;
  readonly sums: PartialSums;
}

/**
 * A reusable search: scratch arrays allocated once, sums accumulated over any number of run()
 * calls, so a worker can take chunks of sources one at a time from a shared counter.
 */
export function createBrandesSearch(graph: AdjacencyArrays, plan: SourcePlan, withCloseness: boolean): BrandesSearch {
  const { order: n, offsets, neighbours } = graph;
  const { weight, folded } = plan;
  const linearScaling = plan.linearScaling === true;
  if (linearScaling && (withCloseness || folded.some((f) => f > 0))) {
    throw new Error('betweenness: a linearly scaled plan has no folded leaves and no closeness');
  }
  // Summed distances of the current search (for closeness).
  let total = 0;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(withCloseness ? n : 0);
  const distanceSums = new Float64Array(linearScaling ? n : 0);
  const reachedBy = new Float64Array(linearScaling ? n : 0);
  // Allocated once and reset only where a search touched them, so each search is O(reached).
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const predecessorCount = new Int32Array(n);
  const predecessors = new Int32Array(neighbours.length);
  // Nodes in the order the search reached them; read backwards it is Brandes' stack.
  const visited = new Int32Array(n);

  /** Breadth-first from `source`, counting shortest paths and recording predecessors; returns how many nodes it reached. */
  function forward(source: number): number {
    let head = 0;
    let tail = 0;
    total = 0;
    visited[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const v = visited[head++]!;
      const next = distance[v]! + 1;
      const pathsV = paths[v]!;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k += 1) {
        const w = neighbours[k]!;
        let dw = distance[w]!;
        if (dw === -1) {
          dw = next;
          distance[w] = next;
          total += next;
          visited[tail++] = w;
        }
        if (dw === next) {
          paths[w] = paths[w]! + pathsV;
          predecessors[offsets[w]! + predecessorCount[w]!] = v;
          predecessorCount[w] = predecessorCount[w]! + 1;
        }
      }
    }
    return tail;
  }

  /** Brandes' dependencies, summed back in reverse order of reach. */
  function backward(source: number, tail: number): void {
    const copies = weight[source]!;
    for (let i = tail - 1; i > 0; i -= 1) {
      const w = visited[i]!;
      const dependencyW = dependency[w]!;
      const share = (1 + dependencyW) / paths[w]!;
      const start = offsets[w]!;
      const end = start + predecessorCount[w]!;
      for (let k = start; k < end; k += 1) {
        const v = predecessors[k]!;
        dependency[v] = dependency[v]! + paths[v]! * share;
      }
      betweenness[w] = betweenness[w]! + copies * dependencyW;
    }
    // From each folded leaf, the source lies on the path to every other node it reaches.
    betweenness[source] = betweenness[source]! + folded[source]! * (tail - 2);
  }

  /**
   * Linear scaling (see sampled-betweenness.ts): each target t adds d(s,v)/d(s,t) of its share
   * to v instead of all of it. `dependency` holds the sum of share/d(s,t) below each node; times
   * the node's own distance it is the scaled dependency.
   */
  function backwardScaled(source: number, tail: number): void {
    const copies = weight[source]!;
    for (let i = tail - 1; i > 0; i -= 1) {
      const w = visited[i]!;
      const dependencyW = dependency[w]!;
      const share = (1 / distance[w]! + dependencyW) / paths[w]!;
      const start = offsets[w]!;
      const end = start + predecessorCount[w]!;
      for (let k = start; k < end; k += 1) {
        const v = predecessors[k]!;
        dependency[v] = dependency[v]! + paths[v]! * share;
      }
      betweenness[w] = betweenness[w]! + copies * distance[w]! * dependencyW;
      distanceSums[w] = distanceSums[w]! + distance[w]!;
      reachedBy[w] = reachedBy[w]! + 1;
    }
    reachedBy[source] = reachedBy[source]! + 1;
  }

  function searchFrom(source: number): void {
    const tail = forward(source);
    if (linearScaling) backwardScaled(source, tail);
    else backward(source, tail);
    if (withCloseness) foldedCloseness(graph, closeness, source, tail, total, folded[source]! > 0);
    for (let i = 0; i < tail; i += 1) {
      const v = visited[i]!;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
      predecessorCount[v] = 0;
    }
  }

  return {
    run(sources: Int32Array): void {
      for (let s = 0; s < sources.length; s += 1) searchFrom(sources[s]!);
    },
    sums: { betweenness, closeness, distanceSums, reachedBy },
  };
}

function foldedCloseness(graph: AdjacencyArrays, closeness: Float64Array, source: number, tail: number, total: number, hasLeaves: boolean): void {
  const { order: n, offsets, neighbours } = graph;
  closeness[source] = closenessValue(tail - 1, total, n);
  if (!hasLeaves) return;
  // A leaf's distances are the source's, one longer, except the step to the source itself.
  const leafValue = closenessValue(tail - 1, total + tail - 2, n);
  for (let k = offsets[source]!; k < offsets[source + 1]!; k += 1) {
    const leaf = neighbours[k]!;
    if (offsets[leaf + 1]! - offsets[leaf]! === 1) closeness[leaf] = leafValue;
  }
}

/** Adds partial sums element by element (any order: each slice's sums are independent). */
export function addPartialSums(order: number, partials: readonly PartialSums[]): PartialSums {
  const betweenness = new Float64Array(order);
  const closeness = new Float64Array(order);
  const scaled = partials.some((part) => part.reachedBy.length > 0);
  const distanceSums = new Float64Array(scaled ? order : 0);
  const reachedBy = new Float64Array(scaled ? order : 0);
  const add = (into: Float64Array, from: Float64Array) => {
    for (let i = 0; i < from.length; i += 1) into[i] = into[i]! + from[i]!;
  };
  for (const part of partials) {
    add(betweenness, part.betweenness);
    add(closeness, part.closeness);
    add(distanceSums, part.distanceSums);
    add(reachedBy, part.reachedBy);
  }
  return { betweenness, closeness, distanceSums, reachedBy };
}
