// Communities by Louvain modularity optimisation (graphology's implementation). Louvain visits
// nodes in random order, so we hand it a seeded random source: the same map always gives the
// same communities, which matters when people compare two screenshots.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { CompactGraph } from './compact-graph';
import { seededRandom } from './random';

export interface Communities {
  /** Community number per node, renumbered in order of each community's first node. */
  readonly communityOf: Int32Array;
  readonly count: number;
  /** Modularity of the partition; 0 when the map has no ties. */
  readonly modularity: number;
}

export function louvainCommunities(graph: CompactGraph, seed = 1): Communities {
  const { order: n, offsets, neighbours } = graph;
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let v = 0; v < n; v += 1) g.addNode(String(v));
  for (let v = 0; v < n; v += 1) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k += 1) {
      const w = neighbours[k]!;
      if (v < w) g.addEdge(String(v), String(w));
    }
  }
  const detailed = louvain.detailed(g, { getEdgeWeight: null, rng: seededRandom(seed) });

  const communityOf = new Int32Array(n);
  const renumber = new Map<number, number>();
  for (let v = 0; v < n; v += 1) {
    const raw = detailed.communities[String(v)] ?? -1 - v;
    let label = renumber.get(raw);
    if (label === undefined) {
      label = renumber.size;
      renumber.set(raw, label);
    }
    communityOf[v] = label;
  }
  const modularity = Number.isFinite(detailed.modularity) ? detailed.modularity : 0;
  return { communityOf, count: renumber.size, modularity };
}
