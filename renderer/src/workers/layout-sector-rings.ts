// Circle by category for a big map: one circle of 600 people is 15,000 units across, more than the
// map can zoom out to. Past ONE_CIRCLE_UP_TO people the circle becomes rings around a small empty
// middle, each category one wedge (a sector through every ring), so the whole is about as wide as
// a disc holding everyone (it grows with the square root of the count, not with the count). Places
// on a ring are a gap apart along it; each wedge leaves one place empty on every ring, so the
// categories read apart and no two nodes of neighbouring wedges come closer than a gap.
import type { LayoutResult } from './layout-core';

/** Up to this many people, everyone stands on one circle (layout-shapes.ts). */
export const ONE_CIRCLE_UP_TO = 150;
/** The empty middle's radius, in gaps. */
const HOLE = 3;

const round = (v: number) => Math.round(v * 10) / 10 + 0;

/** How many places a wedge of `angle` radians has on a ring of radius `r`, one left empty. */
const placesOn = (angle: number, r: number, gap: number) => Math.max(0, Math.floor((angle * r) / gap) - 1);

/**
 * Wedge angles for `rings` rings, or null when they cannot hold everyone: each group first the
 * angle its count needs (plus two places a ring for the empty one and rounding), the rest shared
 * out by count.
 */
function wedges(counts: readonly number[], radii: readonly number[], gap: number): number[] | null {
  const perRadian = radii.reduce((sum, r) => sum + r / gap, 0);
  const needed = counts.map((n) => (n + 2 * radii.length) / perRadian);
  const spare = 2 * Math.PI - needed.reduce((a, b) => a + b, 0);
  if (spare < 0) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  const angles = needed.map((a, i) => a + (spare * counts[i]!) / total);
  const fits = angles.every((angle, i) => radii.reduce((sum, r) => sum + placesOn(angle, r, gap), 0) >= counts[i]!);
  return fits ? angles : null;
}

/** Groups (already in their order round the circle, each its members in order) as wedges of rings. */
export function sectorRingsLayout(groups: readonly (readonly string[])[], gap: number): LayoutResult {
  const counts = groups.map((g) => g.length);
  const radii: number[] = [];
  let angles: number[] | null = null;
  while (angles === null) {
    radii.push((HOLE + radii.length) * gap);
    angles = wedges(counts, radii, gap);
  }
  const result: LayoutResult = {};
  let start = -Math.PI / 2;
  groups.forEach((members, g) => {
    const angle = angles[g]!;
    let at = 0;
    for (const r of radii) {
      const row = members.slice(at, at + placesOn(angle, r, gap));
      // The row centred in its wedge, a gap apart along the ring.
      const first = start + angle / 2 - ((row.length - 1) * gap) / (2 * r);
      row.forEach((id, i) => {
        const a = first + (i * gap) / r;
        result[id] = { x: round(r * Math.cos(a)), y: round(r * Math.sin(a)) };
      });
      at += row.length;
    }
    start += angle;
  });
  return result;
}
