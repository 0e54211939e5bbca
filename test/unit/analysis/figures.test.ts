// Every structure figure against networkx's own numbers (test/fixtures/networkx, made by
// generate.py there). Python is not needed to run this: the fixtures are committed JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { betweennessCentrality, shortestPathFigures } from '../../../shared/graph/betweenness';
import { closenessCentrality } from '../../../shared/graph/closeness';
import { degreeCentralization, degrees, density } from '../../../shared/graph/cohesion';
import { louvainCommunities } from '../../../shared/analysis/communities';
import { buildCompactGraph, type CompactGraph } from '../../../shared/graph/compact-graph';
import { connectedComponents } from '../../../shared/graph/components';
import { coreNumbers } from '../../../shared/graph/core-number';
import { cutPoints } from '../../../shared/graph/cut-points';
import { pageRank } from '../../../shared/graph/pagerank';

interface Fixture {
  name: string;
  nodes: string[];
  edges: [string, string][];
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
  pagerank: Record<string, number>;
  pagerankTight: Record<string, number>;
  coreNumber: Record<string, number>;
  density: number;
  components: number;
  degreeCentralization: number;
  articulationPoints: string[];
  bridges: [string, string][];
  louvainModularity: number;
}

const dir = join(import.meta.dirname, '../../fixtures/networkx');
const fixtures: Fixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture);

function graphOf(f: Fixture): CompactGraph {
  return buildCompactGraph(f.nodes, f.edges.map(([source, target]) => ({ source, target })));
}

function expectClose(graph: CompactGraph, ours: ArrayLike<number>, theirs: Record<string, number>, tolerance: number): void {
  expect(ours.length).toBe(graph.order);
  graph.ids.forEach((id, i) => {
    const expected = theirs[id];
    if (expected === undefined) throw new Error(`fixture has no value for node ${id}`);
    const diff = Math.abs(ours[i]! - expected);
    if (diff > tolerance) throw new Error(`node ${id}: ours ${ours[i]} vs networkx ${expected} (diff ${diff})`);
  });
}

function names(graph: CompactGraph, indices: Iterable<number>): string[] {
  return [...indices].map((i) => graph.ids[i]!);
}

it('covers the graphs the issue names', () => {
  expect(fixtures.map((f) => f.name).sort()).toEqual(
    ['karate', 'les-miserables', 'path', 'random-sparse', 'several-components', 'star'].sort(),
  );
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s equals networkx', (_name, fixture) => {
  const graph = graphOf(fixture);

  it('degree, density, components and centralization', () => {
    expectClose(graph, degrees(graph), fixture.degree, 0);
    expect(density(graph)).toBeCloseTo(fixture.density, 12);
    expect(connectedComponents(graph).count).toBe(fixture.components);
    expect(degreeCentralization(degrees(graph))).toBeCloseTo(fixture.degreeCentralization, 12);
  });

  it('betweenness to 1e-9', () => expectClose(graph, betweennessCentrality(graph), fixture.betweenness, 1e-9));
  it('closeness to 1e-9, alone and from the shared searches', () => {
    expectClose(graph, closenessCentrality(graph), fixture.closeness, 1e-9);
    expectClose(graph, shortestPathFigures(graph).closeness, fixture.closeness, 1e-9);
  });

  it('pagerank to 1e-6 of networkx defaults, and 1e-9 of its value when both converge tightly', () => {
    expectClose(graph, pageRank(graph), fixture.pagerank, 1e-6);
    expectClose(graph, pageRank(graph, { tolerance: 1e-14 }), fixture.pagerankTight, 1e-9);
  });

  it('core numbers exactly', () => expectClose(graph, coreNumbers(graph), fixture.coreNumber, 0));

  it('articulation points and bridges as sets', () => {
    const cuts = cutPoints(graph);
    const points = names(graph, [...cuts.isArticulation.keys()].filter((i) => cuts.isArticulation[i] === 1));
    expect(points.sort()).toEqual([...fixture.articulationPoints].sort());
    const bridges = cuts.bridges.map(([a, b]) => names(graph, [a, b]).sort().join('|')).sort();
    expect(bridges).toEqual(fixture.bridges.map((pair) => [...pair].sort().join('|')).sort());
  });

  it('Louvain: repeatable for a seed, and about as modular as networkx finds', () => {
    const first = louvainCommunities(graph, 7);
    const second = louvainCommunities(graph, 7);
    expect([...first.communityOf]).toEqual([...second.communityOf]);
    expect(first.modularity).toBeGreaterThanOrEqual(fixture.louvainModularity * 0.9 - 1e-12);
  });
});
