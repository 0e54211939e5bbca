// The "no overlap" layout: everyone stays where they are, except that any two nodes closer than a
// minimum distance are pushed apart along the line between them, half each, pass after pass until
// none is too close. Nodes far from the others do not move at all. Pure, for the worker and tests.
import type { LayoutResult } from './layout-core';

type Point = { x: number; y: number };

/** Enough for a pile of hundreds on one spot; an ordinary map settles in a handful of passes. */
const MAX_PASSES = 400;
/**
 * Pairs within the minimum plus SLACK count as too close and are pushed to the minimum plus MARGIN,
 * so rounding to a tenth at the end (at most 0.15 between two points) cannot bring a pair inside it.
 */
const SLACK = 0.2;
const MARGIN = 0.5;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const round = (v: number) => Math.round(v * 10) / 10 + 0;

/** Where each node starts: its own position, or (without one) a sunflower spot around the middle. */
function startingPoints(nodes: readonly string[], positions: Readonly<Record<string, Point>>, minDistance: number): Point[] {
  const known = nodes.map((id) => positions[id]).filter((p): p is Point => p !== undefined);
  const cx = known.length > 0 ? known.reduce((s, p) => s + p.x, 0) / known.length : 0;
  const cy = known.length > 0 ? known.reduce((s, p) => s + p.y, 0) / known.length : 0;
  let unplaced = 0;
  return nodes.map((id) => {
    const p = positions[id];
    if (p) return { x: p.x, y: p.y };
    const r = minDistance * 0.6 * Math.sqrt(unplaced + 0.5);
    const angle = unplaced * GOLDEN_ANGLE;
    unplaced += 1;
    return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
  });
}

/** One pass over every pair within reach (found through a grid of minimum-distance cells). */
function pushPass(points: Point[], minDistance: number): boolean {
  const reach = minDistance + SLACK;
  const cells = new Map<string, number[]>();
  const cellOf = (p: Point) => [Math.floor(p.x / reach), Math.floor(p.y / reach)] as const;
  points.forEach((p, i) => {
    const [cx, cy] = cellOf(p);
    const key = `${cx},${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), i]);
  });
  let moved = false;
  points.forEach((p, i) => {
    const [cx, cy] = cellOf(p);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= i) continue;
          moved = separate(p, points[j]!, minDistance, i + j) || moved;
        }
      }
    }
  });
  return moved;
}

/** Moves a and b apart to the minimum distance (plus margin), half each; true when they were too close. */
function separate(a: Point, b: Point, minDistance: number, salt: number): boolean {
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  let d = Math.hypot(dx, dy);
  if (d >= minDistance + SLACK) return false;
  if (d < 1e-6) {
    // On the same spot: a fixed direction per pair, so the result repeats exactly.
    dx = Math.cos(salt * GOLDEN_ANGLE);
    dy = Math.sin(salt * GOLDEN_ANGLE);
    d = 0;
  } else {
    dx /= d;
    dy /= d;
  }
  const half = (minDistance + MARGIN - d) / 2;
  a.x -= dx * half;
  a.y -= dy * half;
  b.x += dx * half;
  b.y += dy * half;
  return true;
}

/** The current positions with every pair at least `minDistance` apart. */
export function noOverlapLayout(nodes: readonly string[], positions: Readonly<Record<string, Point>>, minDistance: number): LayoutResult {
  const points = startingPoints(nodes, positions, minDistance);
  for (let pass = 0; pass < MAX_PASSES && pushPass(points, minDistance); pass += 1);
  const result: LayoutResult = {};
  nodes.forEach((id, i) => {
    result[id] = { x: round(points[i]!.x), y: round(points[i]!.y) };
  });
  return result;
}
