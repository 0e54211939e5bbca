// Pure: whether a spot for a newly placed stakeholder keeps the drawing readable: no tie already
// drawn between two others runs through it, and none of its own straight ties (to neighbours placed
// before it) runs through another stakeholder or through its own or that neighbour's label, which
// sits under the node. Placement (placement.ts) prefers spots that pass and falls back otherwise.
import type { Point } from './free-spot';

/** How near (model units) a tie may pass a node's centre: about the radius of a mid-sized node. */
export const TIE_CLEARANCE = 32;
/** The label under a node, as the stylesheet draws it: a band this wide, this far below the centre. */
const LABEL_HALF_WIDTH = 40;
const LABEL_BELOW = 30;

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Whether segments a-b and c-d cross (touching ends do not count). */
function crosses(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

function throughLabel(a: Point, b: Point, node: Point): boolean {
  const y = node.y + LABEL_BELOW;
  return crosses(a, b, { x: node.x - LABEL_HALF_WIDTH, y }, { x: node.x + LABEL_HALF_WIDTH, y });
}

export interface Drawing {
  /** Every placed stakeholder's centre. */
  readonly nodes: readonly Point[];
  /** Ties already drawn, between two placed stakeholders. */
  readonly ties: readonly (readonly [Point, Point])[];
}

/** True when `spot`, tied to `neighbours`, neither sits on a drawn tie nor draws its ties over anyone. */
export function clearOfTies(spot: Point, neighbours: readonly Point[], drawing: Drawing): boolean {
  if (drawing.ties.some(([a, b]) => distanceToSegment(spot, a, b) < TIE_CLEARANCE)) return false;
  for (const q of neighbours) {
    if (throughLabel(spot, q, spot) || throughLabel(spot, q, q)) return false;
    for (const n of drawing.nodes) {
      if ((n.x === q.x && n.y === q.y) || (n.x === spot.x && n.y === spot.y)) continue;
      if (distanceToSegment(n, spot, q) < TIE_CLEARANCE) return false;
    }
  }
  return true;
}
