// The optimised searches (leaves folded into their neighbour's search, closeness shared with
// betweenness) against a textbook Brandes written with plain arrays, on many random graphs full
// of leaves, leaf pairs, isolates and cycles.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { shortestPathFigures } from '../../../shared/graph/betweenness';
import { buildCompactGraph } from '../../../shared/graph/compact-graph';

function textbook(n: number, adjacency: number[][]): { betweenness: number[]; closeness: number[] } {
  const betweenness = new Array<number>(n).fill(0);
  const closeness = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s += 1) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const preds: number[][] = Array.from({ length: n }, () => []);
    const order: number[] = [s];
    dist[s] = 0;
    sigma[s] = 1;
    for (let i = 0; i < order.length; i += 1) {
      const v = order[i]!;
      for (const w of adjacency[v]!) {
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          order.push(w);
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const w = order[i]!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) betweenness[w]! += delta[w]!;
    }
    const total = dist.reduce((sum, d) => sum + Math.max(d, 0), 0);
    const reached = order.length - 1;
    closeness[s] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return { betweenness: betweenness.map((b) => b * scale), closeness };
}

const randomGraph = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: n * 2 }),
  }),
);

it('matches a textbook Brandes on random sparse graphs', () => {
  fc.assert(
    fc.property(randomGraph, ({ n, edges }) => {
      const ids = Array.from({ length: n }, (_, i) => `n${i}`);
      const graph = buildCompactGraph(ids, edges.map(([a, b]) => ({ source: ids[a]!, target: ids[b]! })));
      const adjacency = ids.map((_, v) => [...graph.neighbours.subarray(graph.offsets[v]!, graph.offsets[v + 1]!)]);
      const expected = textbook(n, adjacency);
      const ours = shortestPathFigures(graph);
      for (let v = 0; v < n; v += 1) {
        expect(Math.abs(ours.betweenness[v]! - expected.betweenness[v]!)).toBeLessThan(1e-12);
        expect(Math.abs(ours.closeness[v]! - expected.closeness[v]!)).toBeLessThan(1e-12);
      }
    }),
    { numRuns: 300, seed: 20260105 },
  );
});
