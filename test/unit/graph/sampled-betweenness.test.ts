// Sampled betweenness: with the same pivots it equals the definition of linearly scaled
// dependencies summed over those pivots, times 2n/k; with k = n it is the exact figure; on
// generated maps its top 50 overlaps the exact top 50; the stated bound is the Hoeffding formula.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parallelSampledBetweenness } from '../../../electron/main/analysis/parallel-betweenness';
import { shortestPathFigures } from '../../../shared/graph/betweenness';
import { buildCompactGraph, type CompactGraph } from '../../../shared/graph/compact-graph';
import { DEFAULT_SAMPLES, sampledBetweenness, sampledBetweennessEpsilon, samplePivots } from '../../../shared/graph/sampled-betweenness';
import { buildTieGraph } from '../../../shared/analysis/structure';
import { generateMap } from '../../bench/generate-map';

function fixtureGraph(name: string): CompactGraph {
  const file = join(import.meta.dirname, '../../fixtures/networkx', `${name}.json`);
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as { nodes: string[]; edges: [string, string][] };
  return buildCompactGraph(fixture.nodes, fixture.edges.map(([source, target]) => ({ source, target })));
}

/** Distances and shortest-path counts from one node, by a plain breadth-first search. */
function pathsFrom(graph: CompactGraph, source: number): { dist: number[]; sigma: number[] } {
  const n = graph.order;
  const dist = new Array<number>(n).fill(-1);
  const sigma = new Array<number>(n).fill(0);
  const order = [source];
  dist[source] = 0;
  sigma[source] = 1;
  for (let i = 0; i < order.length; i += 1) {
    const v = order[i]!;
    for (const w of graph.neighbours.subarray(graph.offsets[v]!, graph.offsets[v + 1]!)) {
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        order.push(w);
      }
      if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
    }
  }
  return { dist, sigma };
}

/**
 * Linearly scaled dependencies of every node on one source, straight from the definition: v gets
 * sigma(s,v) sigma(v,t) / sigma(s,t) of each pair (s,t) whose shortest paths cross it, times
 * d(s,v)/d(s,t). Uses all-pairs searches, so only for the small fixture graphs.
 */
function scaledDependencies(all: { dist: number[]; sigma: number[] }[], source: number): number[] {
  const n = all.length;
  const from = all[source]!;
  const delta = new Array<number>(n).fill(0);
  for (let v = 0; v < n; v += 1) {
    if (v === source || from.dist[v]! < 0) continue;
    for (let t = 0; t < n; t += 1) {
      if (t === source || t === v || from.dist[t]! < 0) continue;
      const via = all[v]!;
      if (from.dist[v]! + via.dist[t]! !== from.dist[t]!) continue;
      delta[v]! += ((from.sigma[v]! * via.sigma[t]!) / from.sigma[t]!) * (from.dist[v]! / from.dist[t]!);
    }
  }
  return delta;
}

function topIndices(values: Float64Array, count: number): Set<number> {
  return new Set([...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, count));
}

describe('pivots', () => {
  it('are k distinct nodes, the same for the same seed', () => {
    const pivots = samplePivots(100, 30, 5);
    expect(new Set(pivots).size).toBe(30);
    expect([...pivots].every((p) => p >= 0 && p < 100)).toBe(true);
    expect([...samplePivots(100, 30, 5)]).toEqual([...pivots]);
    expect([...samplePivots(100, 30, 6)]).not.toEqual([...pivots]);
  });
});

describe.each(['les-miserables', 'karate', 'several-components', 'star'])('%s', (name) => {
  const graph = fixtureGraph(name);
  const n = graph.order;

  const all = Array.from({ length: n }, (_, source) => pathsFrom(graph, source));

  it.each([1, 2, 3])('equals the definition of linear scaling from the same pivots, times 2n/k (seed %i)', (seed) => {
    const k = Math.max(1, Math.floor(n / 3));
    const expected = new Array<number>(n).fill(0);
    for (const pivot of samplePivots(n, k, seed)) scaledDependencies(all, pivot).forEach((d, v) => (expected[v]! += d));
    const scale = n > 2 ? (2 * n) / (k * (n - 1) * (n - 2)) : 1;
    const sampled = sampledBetweenness(graph, { samples: k, seed });
    expect(sampled.samples).toBe(k);
    expect(sampled.exact).toBe(false);
    expected.forEach((sum, v) => expect(Math.abs(sampled.betweenness[v]! - sum * scale)).toBeLessThan(1e-12));
  });

  it('with k = n (or more) is the exact figure, stated as exact', () => {
    const exact = shortestPathFigures(graph).betweenness;
    const sampled = sampledBetweenness(graph, { samples: n + 5 });
    expect(sampled).toMatchObject({ samples: n, exact: true, epsilon: 0, confidence: 1 });
    exact.forEach((b, v) => expect(Math.abs(sampled.betweenness[v]! - b)).toBeLessThan(1e-12));
  });
});

describe('the stated error bound', () => {
  it('is the Hoeffding half-width 2n/(n-1) * sqrt(ln(2n/delta) / 2k)', () => {
    expect(sampledBetweennessEpsilon(1000, 100, 0.9)).toBeCloseTo((2000 / 999) * Math.sqrt(Math.log(20_000) / 200), 14);
    expect(sampledBetweennessEpsilon(1000, 1000, 0.9)).toBe(0);
    const sampled = sampledBetweenness(fixtureGraph('les-miserables'), { samples: 20, confidence: 0.95 });
    expect(sampled.confidence).toBe(0.95);
    expect(sampled.epsilon).toBeCloseTo(sampledBetweennessEpsilon(77, 20, 0.95), 14);
    expect(sampled.boundMethod).toMatch(/Hoeffding/);
  });

  it('holds for every node of a real graph', () => {
    const graph = fixtureGraph('les-miserables');
    const exact = shortestPathFigures(graph).betweenness;
    for (const seed of [1, 2, 3, 4]) {
      const sampled = sampledBetweenness(graph, { samples: 15, seed });
      exact.forEach((b, v) => expect(Math.abs(sampled.betweenness[v]! - b)).toBeLessThanOrEqual(sampled.epsilon));
    }
  });

  it('refuses a sample size or confidence that makes no sense', () => {
    const graph = fixtureGraph('karate');
    expect(() => sampledBetweenness(graph, { samples: 0 })).toThrow(/sample size must be a positive whole number, got 0/);
    expect(() => sampledBetweenness(graph, { samples: 2.5 })).toThrow(/got 2.5/);
    expect(() => sampledBetweenness(graph, { samples: 5, confidence: 1 })).toThrow(/confidence must be between 0 and 1, got 1/);
  });
});

describe('a generated 5,000-stakeholder map', () => {
  const graph = buildTieGraph(generateMap(5_000, 1));
  const exactTop = topIndices(shortestPathFigures(graph).betweenness, 50);

  it.each([1, 2, 3])('top 50 of the default sample (seed %i) overlaps the exact top 50 by at least 90%', (seed) => {
    const sampled = sampledBetweenness(graph, { samples: DEFAULT_SAMPLES, seed });
    const overlap = [...topIndices(sampled.betweenness, 50)].filter((v) => exactTop.has(v)).length;
    expect(overlap).toBeGreaterThanOrEqual(45);
  });

  it('is the same across worker threads as in this thread', async () => {
    const here = sampledBetweenness(graph, { samples: 300, seed: 4 });
    const across = await parallelSampledBetweenness(graph, { samples: 300, seed: 4 }, { threads: 2, searchOnThisThread: false });
    expect(across.samples).toBe(300);
    here.betweenness.forEach((b, v) => expect(Math.abs(across.betweenness[v]! - b)).toBeLessThan(1e-12));
  });
});
