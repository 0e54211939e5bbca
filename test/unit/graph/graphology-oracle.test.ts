// An independent oracle: graphology-metrics and graphology-communities-louvain (a separately
// written, widely used implementation) against the project's own kernels on random graphs, with
// isolated nodes, several components and repeated ties. The networkx fixtures (figures.test.ts)
// check a handful of known graphs; these check thousands of shapes nobody picked.
import fc from 'fast-check';
import Graph from 'graphology';
import louvainOracle from 'graphology-communities-louvain';
import betweennessOracle from 'graphology-metrics/centrality/betweenness';
import closenessOracle from 'graphology-metrics/centrality/closeness';
import pagerankOracle from 'graphology-metrics/centrality/pagerank';
import modularityOracle from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../shared/graph/betweenness';
import { closenessCentrality } from '../../../shared/graph/closeness';
import { degrees } from '../../../shared/graph/cohesion';
import { louvainCommunities } from '../../../shared/analysis/communities';
import { buildCompactGraph, type CompactGraph } from '../../../shared/graph/compact-graph';
import { pageRank } from '../../../shared/graph/pagerank';
import { seededRandom } from '../../../shared/graph/random';

interface Drawn {
  readonly n: number;
  readonly edges: readonly (readonly [number, number])[];
}

const randomGraph: fc.Arbitrary<Drawn> = fc.integer({ min: 3, max: 40 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 3 * n }).map((pairs) => pairs.filter(([a, b]) => a !== b)),
  }),
);

function both({ n, edges }: Drawn): { ours: CompactGraph; theirs: Graph } {
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const theirs = new Graph({ type: 'undirected' });
  for (const id of ids) theirs.addNode(id);
  for (const [a, b] of edges) theirs.mergeEdge(ids[a]!, ids[b]!);
  return { ours: buildCompactGraph(ids, edges.map(([a, b]) => ({ source: ids[a]!, target: ids[b]! }))), theirs };
}

function expectSame(graph: CompactGraph, ours: ArrayLike<number>, theirs: Record<string, number>, tolerance: number): void {
  graph.ids.forEach((id, i) => {
    const diff = Math.abs(ours[i]! - theirs[id]!);
    if (!(diff <= tolerance)) throw new Error(`${id}: ours ${ours[i]} vs graphology ${theirs[id]}`);
  });
}

const RUNS = { numRuns: 200 };

describe('the kernels against graphology-metrics on random graphs', () => {
  it('degree', () => {
    fc.assert(
      fc.property(randomGraph, (drawn) => {
        const { ours, theirs } = both(drawn);
        const degree = degrees(ours);
        ours.ids.forEach((id, i) => expect(degree[i]).toBe(theirs.degree(id)));
      }),
      RUNS,
    );
  });

  it('betweenness (normalized as networkx does) to 1e-9', () => {
    fc.assert(fc.property(randomGraph, (drawn) => {
      const { ours, theirs } = both(drawn);
      expectSame(ours, betweennessCentrality(ours), betweennessOracle(theirs, { normalized: true }), 1e-9);
    }), RUNS);
  });

  it('closeness (Wasserman-Faust for several components) to 1e-9', () => {
    fc.assert(fc.property(randomGraph, (drawn) => {
      const { ours, theirs } = both(drawn);
      expectSame(ours, closenessCentrality(ours), closenessOracle(theirs, { wassermanFaust: true }), 1e-9);
    }), RUNS);
  });

  it('pagerank to 1e-8 when both converge tightly', () => {
    fc.assert(fc.property(randomGraph, (drawn) => {
      const { ours, theirs } = both(drawn);
      const reference = pagerankOracle(theirs, { alpha: 0.85, tolerance: 1e-13, maxIterations: 10_000, getEdgeWeight: null });
      expectSame(ours, pageRank(ours, { tolerance: 1e-14 }), reference, 1e-8);
    }), RUNS);
  });
});

describe('Louvain against graphology-communities-louvain on random graphs', () => {
  it('states the modularity graphology-metrics computes for the same partition', () => {
    fc.assert(fc.property(randomGraph, fc.integer({ min: 1, max: 1000 }), (drawn, seed) => {
      const { ours, theirs } = both(drawn);
      if (theirs.size === 0) return;
      const result = louvainCommunities(ours, seed);
      const index = new Map(ours.ids.map((id, i) => [id, i]));
      const measured = modularityOracle(theirs, { getNodeCommunity: (id: string) => result.communityOf[index.get(id)!]! });
      expect(result.modularity).toBeCloseTo(measured, 9);
    }), RUNS);
  });

  // Both are heuristics visiting nodes in random order, and on a tiny graph either can settle in a
  // poor local optimum (n=6, ties 1-5 5-4 3-4 2-4 3-2 1-2, seed 1: ours merges everything, Q=0,
  // graphology finds 0.111). So one graph proves nothing; the claim is about the average over many,
  // drawn from a fixed fast-check seed so that the sample, and the verdict, are the same in CI.
  it('finds as much modularity as graphology on average over 300 random graphs', () => {
    const gaps: number[] = [];
    fc.assert(fc.property(randomGraph, fc.integer({ min: 1, max: 1000 }), (drawn, seed) => {
      const { ours, theirs } = both(drawn);
      if (theirs.size === 0) return;
      const reference = louvainOracle.detailed(theirs, { rng: seededRandom(seed) });
      gaps.push(louvainCommunities(ours, seed).modularity - reference.modularity);
    }), { numRuns: 300, seed: 20261204 });
    const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
    expect(gaps.length).toBeGreaterThan(250);
    expect(mean).toBeGreaterThan(-0.005);
  });
});
