// The first answer's closeness: exact where a component is searched from every node, and within
// a few per cent of exact from a few hundred pivots on a big connected map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closenessCentrality } from '../../../shared/graph/closeness';
import { buildCompactGraph, type CompactGraph } from '../../../shared/graph/compact-graph';
import { connectedComponents } from '../../../shared/graph/components';
import { estimateCloseness } from '../../../shared/graph/sampled-closeness';
import { brandesPartialSums } from '../../../shared/graph/betweenness-core';
import { sampledSourcePlan } from '../../../shared/graph/sampled-betweenness';
import { buildTieGraph } from '../../../shared/analysis/structure';
import { generateMap } from '../../bench/generate-map';

function fixtureGraph(name: string): CompactGraph {
  const file = join(import.meta.dirname, '../../fixtures/networkx', `${name}.json`);
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as { nodes: string[]; edges: [string, string][]; closeness: Record<string, number> };
  return buildCompactGraph(fixture.nodes, fixture.edges.map(([source, target]) => ({ source, target })));
}

function networkxCloseness(name: string): Record<string, number> {
  const file = join(import.meta.dirname, '../../fixtures/networkx', `${name}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { closeness: Record<string, number> }).closeness;
}

describe('closeness estimate', () => {
  it.each(['karate', 'several-components', 'les-miserables'])('is networkx’s exact figure when every node is a pivot (%s)', (name) => {
    const graph = fixtureGraph(name);
    const expected = networkxCloseness(name);
    const estimate = estimateCloseness(graph, connectedComponents(graph), graph.order);
    graph.ids.forEach((id, v) => expect(estimate.closeness[v]).toBeCloseTo(expected[id]!, 12));
    expect(estimate.searches).toBe(graph.order);
  });

  it('is within 5% of exact for every stakeholder of a 3,000-stakeholder map from 200 pivots', () => {
    const graph = buildTieGraph(generateMap(3_000, 2));
    const components = connectedComponents(graph);
    const exact = closenessCentrality(graph);
    const estimate = estimateCloseness(graph, components, 200, 3);
    // Small components are searched whole (at least 32 pivots each), the big one from its share.
    expect(estimate.searches).toBeLessThan(200 + 32 * components.count);
    exact.forEach((c, v) => {
      if (c === 0) expect(estimate.closeness[v]).toBe(0);
      else expect(Math.abs(estimate.closeness[v]! - c) / c).toBeLessThan(0.05);
    });
  });

  it('reuses the sampled betweenness pivots’ distances, and searches only components they missed', () => {
    const graph = buildTieGraph(generateMap(3_000, 2));
    const components = connectedComponents(graph);
    const plan = sampledSourcePlan(graph, 400, 5);
    const sums = brandesPartialSums(graph, plan, plan.sources, false);
    const exact = closenessCentrality(graph);
    const estimate = estimateCloseness(graph, components, 200, 3, sums);
    const giant = components.sizes.indexOf(Math.max(...components.sizes));
    const pivotsInGiant = sums.reachedBy[components.componentOf.indexOf(giant)]!;
    expect(pivotsInGiant).toBeGreaterThan(300);
    // The giant component's pivots are all reused; the small components are searched whole.
    const smallNodes = components.sizes.reduce((sum, size, c) => (c === giant ? sum : sum + size), 0);
    expect(estimate.searches).toBe(pivotsInGiant + smallNodes);
    exact.forEach((c, v) => {
      if (components.componentOf[v] !== giant) expect(estimate.closeness[v]).toBeCloseTo(c, 12);
      else expect(Math.abs(estimate.closeness[v]! - c) / c).toBeLessThan(0.05);
    });
  });

  it('gives the same figures for the same seed and refuses a senseless sample size', () => {
    const graph = fixtureGraph('les-miserables');
    const components = connectedComponents(graph);
    expect([...estimateCloseness(graph, components, 40, 7).closeness]).toEqual([...estimateCloseness(graph, components, 40, 7).closeness]);
    expect(() => estimateCloseness(graph, components, 0)).toThrow(/sample size must be a positive whole number, got 0/);
  });
});
