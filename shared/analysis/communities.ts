// Communities by Louvain modularity optimisation (louvain.ts). Louvain visits nodes in random
// order, so it gets a seeded random source: the same map always gives the same communities, which
// matters when people compare two screenshots.
import type { CompactGraph } from '../graph/compact-graph';
import { louvain } from '../graph/louvain';

export interface Communities {
  /** Community number per node, renumbered in order of each community's first node. */
  readonly communityOf: Int32Array;
  readonly count: number;
  /** Modularity of the partition; 0 when the map has no ties. */
  readonly modularity: number;
}

export function louvainCommunities(graph: CompactGraph, seed = 1): Communities {
  return louvain(graph, seed);
}
