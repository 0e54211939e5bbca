// The concentric, grouped, circle and no-overlap layouts: every node placed, none on top of another,
// the highest value in the middle, each group together (on the circle, one arc each), places kept
// when nothing overlaps, the spacing setting spreading them, the same input giving
// the same picture; and every layout through the same entry the worker calls.
import { describe, expect, it } from 'vitest';
import { computeLayout, type LayoutResult } from '../../../renderer/src/workers/layout-core';
import { noOverlapLayout } from '../../../renderer/src/workers/layout-no-overlap';
import { circleLayout, concentricLayout, groupedLayout } from '../../../renderer/src/workers/layout-shapes';

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

describe('circle by category', () => {
  const nodes = ids(40);
  const kinds = ['service-provider', 'policymaker', 'faith', ''];
  // Interleaved on purpose: the input order mixes the categories.
  const group = Object.fromEntries(nodes.map((id, i) => [id, kinds[i % 4]!]));
  const positions = circleLayout(nodes, group, 1);
  const angleOf = (id: string) => {
    const p = positions[id]!;
    return (Math.atan2(p.y, p.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
  };

  it('puts everyone on one circle, no two nodes closer than the largest node', () => {
    expect(Object.keys(positions)).toHaveLength(40);
    const radii = nodes.map((id) => fromCentre(positions[id]!));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(0.2);
    expect(closest(positions)).toBeGreaterThan(72);
    expect(closest(circleLayout(nodes, group, 2))).toBeGreaterThan(2 * closest(positions) * 0.9);
  });

  it('makes each category one arc: going round, the category changes once per category', () => {
    const round = [...nodes].sort((a, b) => angleOf(a) - angleOf(b)).map((id) => group[id]);
    const runs = round.filter((g, i) => i === 0 || g !== round[i - 1]);
    expect(runs).toEqual(['faith', 'policymaker', 'service-provider', '']);
    expect(circleLayout(nodes, group, 1)).toEqual(positions);
  });

  it('handles one node and two nodes', () => {
    expect(circleLayout(['a'], {}, 1)).toEqual({ a: { x: 0, y: 0 } });
    expect(closest(circleLayout(['a', 'b'], {}, 1))).toBeGreaterThan(72);
  });
});

describe('no overlap', () => {
  const MIN = 80;
  it('pushes apart everyone closer than the minimum, even a pile on one spot', () => {
    const nodes = ids(120);
    // 60 piled on one point, 60 on a crowded grid 30 units apart.
    const positions = Object.fromEntries(nodes.map((id, i) => [id, i < 60 ? { x: 500, y: 500 } : { x: (i % 10) * 30, y: Math.floor(i / 10) * 30 }]));
    const spread = noOverlapLayout(nodes, positions, MIN);
    expect(Object.keys(spread)).toHaveLength(120);
    expect(closest(spread)).toBeGreaterThanOrEqual(MIN);
    expect(noOverlapLayout(nodes, positions, MIN)).toEqual(spread);
  });

  it('leaves positions as they are when nothing overlaps, and moves only the crowded ones', () => {
    const nodes = ids(30);
    const apart = Object.fromEntries(nodes.map((id, i) => [id, { x: (i % 6) * 100 + 0.5, y: Math.floor(i / 6) * 95 - 3.2 }]));
    expect(noOverlapLayout(nodes, apart, MIN)).toEqual(apart);
    // Two of them land almost on each other: they part, the far-away ones stay put.
    const crowded = { ...apart, n0: { x: 300, y: 190 }, n1: { x: 305, y: 190 } };
    const spread = noOverlapLayout(nodes, crowded, MIN);
    expect(closest(spread)).toBeGreaterThanOrEqual(MIN);
    expect(spread.n29).toEqual(apart.n29);
    expect(spread.n5).toEqual(apart.n5);
  });

  it('places those without a position near the middle, clear of the others', () => {
    const spread = noOverlapLayout(['a', 'b', 'c', 'd'], { a: { x: 0, y: 0 }, b: { x: 200, y: 0 } }, MIN);
    expect(closest(spread)).toBeGreaterThanOrEqual(MIN);
    expect(Math.abs(spread.c!.x - 100)).toBeLessThan(2 * MIN);
  });
});

describe('the layout entry the worker calls', () => {
  const nodes = ids(30);
  const edges = nodes.map((id, i) => [id, nodes[(i + 1) % 30]!] as const);

  it('runs the chosen layout, and the force layout spreads out with its spacing', () => {
    const value = Object.fromEntries(nodes.map((id, i) => [id, i]));
    expect(computeLayout({ nodes, edges, choice: { name: 'concentric', spacing: 1 }, value })).toEqual(concentricLayout(nodes, value, 1));
    const group = Object.fromEntries(nodes.map((id, i) => [id, i % 3 === 0 ? 'faith' : 'youth']));
    expect(computeLayout({ nodes, edges, choice: { name: 'circle', spacing: 1.5 }, group })).toEqual(circleLayout(nodes, group, 1.5));
    const positions = Object.fromEntries(nodes.map((id, i) => [id, { x: i * 10, y: 0 }]));
    const spread = computeLayout({ nodes, edges, choice: { name: 'no-overlap', spacing: 2 }, positions });
    expect(spread).toEqual(noOverlapLayout(nodes, positions, 160));
    expect(closest(spread)).toBeGreaterThanOrEqual(160);
    const span = (p: LayoutResult) => Math.max(...Object.values(p).map((q) => q.x)) - Math.min(...Object.values(p).map((q) => q.x));
    const normal = computeLayout({ nodes, edges, choice: { name: 'force', spacing: 1 } });
    expect(computeLayout({ nodes, edges })).toEqual(normal);
    expect(span(computeLayout({ nodes, edges, choice: { name: 'force', spacing: 2 } }))).toBeCloseTo(2 * span(normal), 0);
  });
});
