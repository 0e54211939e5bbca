// Pure: which stakeholders a lasso drawn on the map encloses (even-odd rule, screen coordinates).
export interface LassoPoint {
  readonly x: number;
  readonly y: number;
}

/** True when `p` is inside the closed polygon `ring` (the last point joins the first). */
export function insidePolygon(p: LassoPoint, ring: readonly LassoPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** The ids whose centre lies inside the lasso; fewer than three points enclose nothing. */
export function enclosedBy(ring: readonly LassoPoint[], points: readonly (LassoPoint & { readonly id: string })[]): string[] {
  if (ring.length < 3) return [];
  return points.filter((p) => insidePolygon(p, ring)).map((p) => p.id);
}
