// Louvain over the compact graph: a valid, repeatable partition whose stated modularity is the
// partition's real modularity, that finds planted groups, never does worse than leaving everyone
// alone, and leaves nodes without ties on their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCompactGraph, type CompactGraph } from '../../../shared/graph/compact-graph';
import { louvain, modularityOf } from '../../../shared/graph/louvain';

function graphOf(n: number, edges: readonly (readonly [number, number])[]): CompactGraph {
  return buildCompactGraph(
    Array.from({ length: n }, (_, i) => `n${i}`),
    edges.map(([a, b]) => ({ source: `n${a}`, target: `n${b}` })),
  );
}

/** Modularity straight from its definition: sum over pairs in one community of A_ij - k_i k_j / 2m, over 2m. */
function modularityByDefinition(g: CompactGraph, communityOf: Int32Array): number {
  const twoM = g.neighbours.length;
  if (twoM === 0) return 0;
  const degree = (v: number) => g.offsets[v + 1]! - g.offsets[v]!;
  const adjacent = (a: number, b: number) => {
    for (let e = g.offsets[a]!; e < g.offsets[a + 1]!; e += 1) if (g.neighbours[e] === b) return 1;
    return 0;
  };
  let q = 0;
  for (let i = 0; i < g.order; i += 1) {
    for (let j = 0; j < g.order; j += 1) {
      if (communityOf[i] === communityOf[j]) q += adjacent(i, j) - (degree(i) * degree(j)) / twoM;
    }
  }
  return q / twoM;
}

const randomGraph = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 120 }).map((pairs) => pairs.filter(([a, b]) => a !== b)),
  }),
);

describe('louvain', () => {
  it('gives a valid partition, numbered by first member, whose modularity is stated truly', () => {
    fc.assert(
      fc.property(randomGraph, fc.integer({ min: 1, max: 1000 }), ({ n, edges }, seed) => {
        const g = graphOf(n, edges);
        const result = louvain(g, seed);
        expect(result.communityOf).toHaveLength(n);
        let next = 0;
        for (const c of result.communityOf) {
          expect(c).toBeLessThanOrEqual(next);
          if (c === next) next += 1;
        }
        expect(result.count).toBe(next);
        expect(result.modularity).toBeCloseTo(modularityByDefinition(g, result.communityOf), 10);
        expect(modularityOf(g, result.communityOf, result.count)).toBeCloseTo(result.modularity, 12);
        // Never worse than everyone on their own.
        expect(result.modularity).toBeGreaterThanOrEqual(modularityByDefinition(g, Int32Array.from({ length: n }, (_, i) => i)) - 1e-12);
        expect([...louvain(g, seed).communityOf]).toEqual([...result.communityOf]);
      }),
      { numRuns: 150 },
    );
  });

  it('finds planted groups joined by single ties', () => {
    // Four cliques of six, each tied to the next by one tie.
    const edges: [number, number][] = [];
    for (let group = 0; group < 4; group += 1) {
      for (let a = 0; a < 6; a += 1) for (let b = a + 1; b < 6; b += 1) edges.push([group * 6 + a, group * 6 + b]);
      if (group > 0) edges.push([group * 6 - 1, group * 6]);
    }
    const result = louvain(graphOf(24, edges), 3);
    expect(result.count).toBe(4);
    for (let v = 0; v < 24; v += 1) expect(result.communityOf[v]).toBe(Math.floor(v / 6));
  });

  it('goes on past its first level: merging cliques around a ring reaches networkx\'s modularity', () => {
    // Forty cliques of four in a ring (test/fixtures/networkx/generate.py). Moving single nodes
    // stops at one community per clique; only later levels, moving whole cliques, merge neighbours.
    const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/networkx/louvain/ring-of-cliques.json'), 'utf8')) as {
      nodes: string[];
      edges: [string, string][];
      louvainModularity: number;
      eachCliqueModularity: number;
    };
    const g = buildCompactGraph(fixture.nodes, fixture.edges.map(([source, target]) => ({ source, target })));
    for (const seed of [1, 2, 3]) {
      const result = louvain(g, seed);
      expect(result.modularity).toBeGreaterThan(fixture.eachCliqueModularity + 0.02);
      expect(result.modularity).toBeGreaterThanOrEqual(fixture.louvainModularity - 0.005);
      expect(result.count).toBeLessThan(40);
    }
  });

  it('leaves nodes without ties alone and gives a map without ties modularity 0', () => {
    expect(louvain(graphOf(3, []))).toEqual({ communityOf: Int32Array.from([0, 1, 2]), count: 3, modularity: 0 });
    const result = louvain(graphOf(5, [[0, 1], [1, 2], [0, 2]]));
    expect([...result.communityOf]).toEqual([0, 0, 0, 1, 2]);
  });
});
