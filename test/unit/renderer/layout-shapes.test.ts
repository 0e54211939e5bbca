// The concentric and grouped layouts: every node placed, none on top of another, the highest value
// in the middle, each group together, the spacing setting spreading them, the same input giving
// the same picture; and all three layouts through the same entry the worker calls.
import { describe, expect, it } from 'vitest';
import { computeLayout, type LayoutResult } from '../../../renderer/src/workers/layout-core';
import { concentricLayout, groupedLayout } from '../../../renderer/src/workers/layout-shapes';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
const closest = (positions: LayoutResult) => {
  const points = Object.values(positions);
  let best = Infinity;
  for (let i = 0; i < points.length; i += 1) for (let j = i + 1; j < points.length; j += 1) best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return best;
};
const fromCentre = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('concentric layout', () => {
  const nodes = ids(60);
  const value = Object.fromEntries(nodes.map((id, i) => [id, i]));
  const positions = concentricLayout(nodes, value, 1);

  // Positions are kept to a tenth of a unit, so one ring's radius may differ by that much.
  it('puts the highest value in the middle and lower values on rings further out', () => {
    expect(positions.n59).toEqual({ x: 0, y: 0 });
    for (let i = 1; i < 59; i += 1) expect(fromCentre(positions[`n${i}`]!)).toBeGreaterThanOrEqual(fromCentre(positions[`n${i + 1}`]!) - 0.1);
    expect(fromCentre(positions.n0!)).toBeGreaterThan(fromCentre(positions.n58!));
  });

  it('keeps every node clear of the others (more than the largest node apart), and wider with more spacing', () => {
    expect(Object.keys(positions)).toHaveLength(60);
    expect(closest(positions)).toBeGreaterThan(72);
    expect(closest(concentricLayout(nodes, value, 2))).toBeGreaterThan(2 * closest(positions) * 0.9);
  });

  it('puts nodes without a value outermost', () => {
    const withUnknown = concentricLayout(['a', 'b', 'c'], { a: 3, c: 1 }, 1);
    expect(fromCentre(withUnknown.b!)).toBeGreaterThanOrEqual(fromCentre(withUnknown.c!));
  });
});

describe('grouped layout', () => {
  const nodes = ids(45);
  const group = Object.fromEntries(nodes.map((id, i) => [id, i < 25 ? 'service-provider' : i < 40 ? 'policymaker' : '']));
  const positions = groupedLayout(nodes, group, 1);
  const centre = (members: string[]) => ({
    x: members.reduce((s, id) => s + positions[id]!.x, 0) / members.length,
    y: members.reduce((s, id) => s + positions[id]!.y, 0) / members.length,
  });

  it('places each member nearer its own group than any other group', () => {
    const groups = ['service-provider', 'policymaker', ''].map((g) => nodes.filter((id) => group[id] === g));
    const centres = groups.map(centre);
    groups.forEach((members, g) => {
      for (const id of members) {
        const p = positions[id]!;
        const own = Math.hypot(p.x - centres[g]!.x, p.y - centres[g]!.y);
        centres.forEach((c, other) => {
          if (other !== g) expect(own).toBeLessThan(Math.hypot(p.x - c.x, p.y - c.y));
        });
      }
    });
  });

  it('keeps every node clear of the others and repeats exactly', () => {
    expect(Object.keys(positions)).toHaveLength(45);
    expect(closest(positions)).toBeGreaterThan(60);
    expect(groupedLayout(nodes, group, 1)).toEqual(positions);
  });
});

describe('the layout entry the worker calls', () => {
  const nodes = ids(30);
  const edges = nodes.map((id, i) => [id, nodes[(i + 1) % 30]!] as const);

  it('runs the chosen layout, and the force layout spreads out with its spacing', () => {
    const value = Object.fromEntries(nodes.map((id, i) => [id, i]));
    expect(computeLayout({ nodes, edges, choice: { name: 'concentric', spacing: 1 }, value })).toEqual(concentricLayout(nodes, value, 1));
    const span = (p: LayoutResult) => Math.max(...Object.values(p).map((q) => q.x)) - Math.min(...Object.values(p).map((q) => q.x));
    const normal = computeLayout({ nodes, edges, choice: { name: 'force', spacing: 1 } });
    expect(computeLayout({ nodes, edges })).toEqual(normal);
    expect(span(computeLayout({ nodes, edges, choice: { name: 'force', spacing: 2 } }))).toBeCloseTo(2 * span(normal), 0);
  });
});
