// Brandes split into slices (in this thread and across real worker threads) gives the same
// arrays as the single-threaded search: on the networkx fixtures and on a generated 2,000-node
// coalition map, to 1e-12.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parallelShortestPathFigures } from '../../../electron/main/analysis/parallel-betweenness';
import { exactSourcePlan, finishExactFigures, shortestPathFigures, sliceOfSources } from '../../../shared/graph/betweenness';
import { brandesPartialSums } from '../../../shared/graph/betweenness-core';
import { buildCompactGraph, type CompactGraph } from '../../../shared/graph/compact-graph';
import { buildTieGraph } from '../../../shared/analysis/structure';
import { generateMap } from '../../bench/generate-map';

interface Fixture {
  name: string;
  nodes: string[];
  edges: [string, string][];
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
}

const dir = join(import.meta.dirname, '../../fixtures/networkx');
const fixtures: Fixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture);

function expectSameArrays(ours: ArrayLike<number>, reference: ArrayLike<number>, tolerance: number): void {
  expect(ours.length).toBe(reference.length);
  for (let i = 0; i < reference.length; i += 1) {
    const diff = Math.abs(ours[i]! - reference[i]!);
    if (diff > tolerance) throw new Error(`node ${i}: ${ours[i]} vs ${reference[i]} (diff ${diff})`);
  }
}

function slicedInThisThread(graph: CompactGraph, count: number) {
  const plan = exactSourcePlan(graph);
  const parts = Array.from({ length: count }, (_, i) => brandesPartialSums(graph, plan, sliceOfSources(plan.sources, i, count), true));
  return finishExactFigures(graph.order, parts);
}

describe('slices of the source list', () => {
  it('partition the sources, each exactly once', () => {
    const sources = Int32Array.from({ length: 11 }, (_, i) => i * 3);
    const slices = [0, 1, 2, 3].map((i) => [...sliceOfSources(sources, i, 4)]);
    expect(slices.flat().sort((a, b) => a - b)).toEqual([...sources]);
    expect(slices.map((s) => s.length)).toEqual([3, 3, 3, 2]);
    expect([...sliceOfSources(sources, 5, 6)]).toEqual([15]);
    expect([...sliceOfSources(new Int32Array(0), 0, 2)]).toEqual([]);
  });

  it('refuse a slice outside the count', () => {
    expect(() => sliceOfSources(new Int32Array(3), 2, 2)).toThrow(/slice 2 is not in 0\.\.1/);
    expect(() => sliceOfSources(new Int32Array(3), 0, 0)).toThrow(/positive integer, got 0/);
  });
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const graph = buildCompactGraph(fixture.nodes, fixture.edges.map(([source, target]) => ({ source, target })));
  const single = shortestPathFigures(graph);
  const networkx = (values: Record<string, number>) => graph.ids.map((id) => values[id]!);

  it('sliced in this thread equals the single search and networkx', () => {
    for (const count of [2, 3, 7]) {
      const sliced = slicedInThisThread(graph, count);
      expectSameArrays(sliced.betweenness, single.betweenness, 1e-12);
      expectSameArrays(sliced.closeness, single.closeness, 1e-12);
      expectSameArrays(sliced.betweenness, networkx(fixture.betweenness), 1e-9);
      expectSameArrays(sliced.closeness, networkx(fixture.closeness), 1e-9);
    }
  });

  it('across worker threads equals the single search', async () => {
    let shares: readonly number[] = [];
    const parallel = await parallelShortestPathFigures(graph, { threads: 2, searchOnThisThread: false, onShares: (s) => (shares = s) });
    expect(shares.reduce((a, b) => a + b, 0)).toBe(exactSourcePlan(graph).sources.length);
    expectSameArrays(parallel.betweenness, single.betweenness, 1e-12);
    expectSameArrays(parallel.closeness, single.closeness, 1e-12);
  });
});

describe('a generated 2,000-stakeholder map', () => {
  const graph = buildTieGraph(generateMap(2_000, 7, 6));
  const single = shortestPathFigures(graph);

  it('has real work in it', () => {
    expect(graph.size).toBeGreaterThan(5_000);
    expect(Math.max(...single.betweenness)).toBeGreaterThan(0.01);
  });

  it.each([2, 3])('across %i threads equals the single search to 1e-12', async (threads) => {
    const parallel = await parallelShortestPathFigures(graph, { threads });
    expectSameArrays(parallel.betweenness, single.betweenness, 1e-12);
    expectSameArrays(parallel.closeness, single.closeness, 1e-12);
  });

  it('searched entirely by two workers, every source once, equals the single search', async () => {
    let shares: readonly number[] = [];
    const parallel = await parallelShortestPathFigures(graph, { threads: 2, searchOnThisThread: false, onShares: (s) => (shares = s) });
    expect(shares).toHaveLength(2);
    expect(shares[0]! + shares[1]!).toBe(exactSourcePlan(graph).sources.length);
    expectSameArrays(parallel.betweenness, single.betweenness, 1e-12);
    expectSameArrays(parallel.closeness, single.closeness, 1e-12);
  });

  it('refuses a thread count that is not a positive integer', async () => {
    await expect(parallelShortestPathFigures(graph, { threads: 0 })).rejects.toThrow(/threads must be a positive integer, got 0/);
  });
});
