// Circle by category on a big map fits the map zoomed all the way out, in the smallest window
// (800x600, whose map is about 500x370 px), in both renderers (they share ZOOM_LIMITS); still one
// wedge per category, no two people closer than the largest node.
import { describe, expect, it } from 'vitest';
import { ZOOM_LIMITS } from '../../../renderer/src/graph/canvas/view';
import { circleLayout } from '../../../renderer/src/workers/layout-shapes';

/** The map of an 800x600 window, less the 40 px both renderers leave round a fitted map. */
const ROOM = { width: 500 - 2 * 40, height: 370 - 2 * 40 };
const LARGEST_NODE = 72;
const KINDS = ['service-provider', 'policymaker', 'faith', 'directly-affected', 'youth', ''];

/** `n` people, the categories uneven (the first has the most, one has a single person). */
function people(n: number): { nodes: string[]; group: Record<string, string> } {
  const nodes = Array.from({ length: n }, (_, i) => `p${i}`);
  const group = Object.fromEntries(nodes.map((id, i) => [id, i === n - 1 ? 'youth' : KINDS[[0, 0, 0, 1, 1, 2, 3, 5][i % 8]!]!]));
  return { nodes, group };
}

const span = (values: number[]) => Math.max(...values) - Math.min(...values) + LARGEST_NODE;

describe('circle by category on a big map', () => {
  for (const n of [600, 2_000, 5_000]) {
    it(`fits the map of an 800x600 window at the furthest zoom-out with ${n.toLocaleString('en')} people`, () => {
      const { nodes, group } = people(n);
      const points = Object.values(circleLayout(nodes, group, 1));
      expect(points).toHaveLength(n);
      expect(span(points.map((p) => p.x)) * ZOOM_LIMITS.min).toBeLessThanOrEqual(ROOM.width);
      expect(span(points.map((p) => p.y)) * ZOOM_LIMITS.min).toBeLessThanOrEqual(ROOM.height);
    });
  }

  it('keeps everyone a node apart and each category one wedge (going round, it changes once per category)', () => {
    const { nodes, group } = people(2_000);
    const positions = circleLayout(nodes, group, 1);
    // Nearest pairs by a grid of 80-unit cells: only neighbouring cells can hold a closer pair.
    const cells = new Map<string, { x: number; y: number }[]>();
    for (const p of Object.values(positions)) {
      const key = `${Math.floor(p.x / 80)},${Math.floor(p.y / 80)}`;
      cells.set(key, [...(cells.get(key) ?? []), p]);
    }
    let closest = Infinity;
    for (const p of Object.values(positions)) {
      for (let dx = -1; dx <= 1; dx += 1)
        for (let dy = -1; dy <= 1; dy += 1)
          for (const q of cells.get(`${Math.floor(p.x / 80) + dx},${Math.floor(p.y / 80) + dy}`) ?? []) if (q !== p) closest = Math.min(closest, Math.hypot(p.x - q.x, p.y - q.y));
    }
    expect(closest).toBeGreaterThan(LARGEST_NODE);
    const angle = (id: string) => (Math.atan2(positions[id]!.y, positions[id]!.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    const round = [...nodes].sort((a, b) => angle(a) - angle(b)).map((id) => group[id]);
    const runs = round.filter((g, i) => i === 0 || g !== round[i - 1]);
    expect(runs).toEqual(['directly-affected', 'faith', 'policymaker', 'service-provider', 'youth', '']);
    expect(circleLayout(nodes, group, 1)).toEqual(positions);
  });
});
