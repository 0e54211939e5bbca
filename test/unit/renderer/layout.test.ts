import { describe, expect, it } from 'vitest';
import { computeLayout, iterationsFor } from '../../../renderer/src/workers/layout-core';

function ring(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
  const edges = nodes.map((id, i) => [id, nodes[(i + 1) % n] ?? id] as const);
  return { nodes, edges };
}

describe('force layout', () => {
  it('places every node at a finite point and repeats exactly for the same graph', () => {
    const graph = ring(40);
    const first = computeLayout(graph);
    expect(Object.keys(first)).toHaveLength(40);
    for (const p of Object.values(first)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(computeLayout(graph)).toEqual(first);
  });

  it('keeps linked nodes closer than the picture is wide', () => {
    const positions = computeLayout(ring(30));
    const xs = Object.values(positions).map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    const a = positions.n0, b = positions.n1;
    if (!a || !b) throw new Error('missing nodes');
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(width / 3);
  });

  it('handles empty and single-node maps, and spends fewer iterations on big maps', () => {
    expect(computeLayout({ nodes: [], edges: [] })).toEqual({});
    expect(computeLayout({ nodes: ['only'], edges: [] })).toEqual({ only: { x: 0, y: 0 } });
    expect(iterationsFor(2_000)).toBeLessThan(iterationsFor(40));
  });

  it('lays out 2,000 nodes in a few seconds', () => {
    const started = performance.now();
    const positions = computeLayout(ring(2_000));
    expect(Object.keys(positions)).toHaveLength(2_000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
