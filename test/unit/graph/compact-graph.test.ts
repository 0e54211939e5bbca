// The analysis graph's construction rules, and the figures' behaviour at the edges
// (empty maps, huge chains) that the networkx fixtures do not reach.
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../shared/graph/betweenness';
import { closenessCentrality } from '../../../shared/graph/closeness';
import { buildCompactGraph } from '../../../shared/graph/compact-graph';
import { coreNumbers } from '../../../shared/graph/core-number';
import { cutPoints } from '../../../shared/graph/cut-points';
import { pageRank } from '../../../shared/graph/pagerank';
import { seededRandom } from '../../../shared/graph/random';

describe('buildCompactGraph', () => {
  it('collapses parallel and reversed edges, drops self-loops, keeps the strongest strength', () => {
    const g = buildCompactGraph(['a', 'b', 'c'], [
      { source: 'a', target: 'b', strength: 1 },
      { source: 'b', target: 'a', strength: 3 },
      { source: 'a', target: 'b', strength: 2 },
      { source: 'c', target: 'c' },
    ]);
    expect(g.size).toBe(1);
    expect([...g.neighbours]).toEqual([1, 0]);
    expect([...g.strength]).toEqual([3, 3]);
    expect([...g.offsets]).toEqual([0, 1, 2, 2]);
  });

  it('names the unknown node an edge refers to', () => {
    expect(() => buildCompactGraph(['a'], [{ source: 'a', target: 'ghost' }])).toThrow(/unknown node "ghost"/);
    expect(() => buildCompactGraph(['a', 'a'], [])).toThrow(/duplicate node id "a"/);
  });

  it('gives every figure an empty answer on an empty graph', () => {
    const g = buildCompactGraph([], []);
    expect(betweennessCentrality(g).length).toBe(0);
    expect(closenessCentrality(g).length).toBe(0);
    expect(pageRank(g).length).toBe(0);
    expect(coreNumbers(g).length).toBe(0);
    expect(cutPoints(g).bridges).toEqual([]);
  });

  it('handles isolated nodes only: uniform rank, zero elsewhere', () => {
    const g = buildCompactGraph(['a', 'b', 'c', 'd'], []);
    expect([...pageRank(g)]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect([...closenessCentrality(g)]).toEqual([0, 0, 0, 0]);
    expect([...coreNumbers(g)]).toEqual([0, 0, 0, 0]);
  });
});

describe('a 20,000-person chain', () => {
  const n = 20_000;
  const ids = Array.from({ length: n }, (_, i) => `p${i}`);
  const edges = ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id }));
  const g = buildCompactGraph(ids, edges);

  it('finds every inner node as an articulation point and every tie as a bridge without recursion', () => {
    const cuts = cutPoints(g);
    expect(cuts.isArticulation.reduce((sum, x) => sum + x, 0)).toBe(n - 2);
    expect(cuts.isArticulation[0]).toBe(0);
    expect(cuts.isArticulation[n - 1]).toBe(0);
    expect(cuts.bridges.length).toBe(n - 1);
  });

  it('has core number 1 everywhere', () => {
    expect(coreNumbers(g).every((k) => k === 1)).toBe(true);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed, differs across seeds, stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.slice(0, 5)).not.toEqual(Array.from({ length: 5 }, () => c()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
