// Pure: the nearest free spot to an anchor point, so a stakeholder added to the map never lands on
// top of another. Candidates lie on rings around the anchor, one node gap apart; the first that is
// a full gap from every taken spot (and, when asked, inside the view) wins. Taken spots sit in a
// grid of gap-sized cells, so placing thousands (an import) checks a few cells, not every node.
import type { Box } from './level-of-detail';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Centre-to-centre distance between placed stakeholders: the largest node (72) plus room for a label. */
export const NODE_GAP = 80;
/** Rings tried before giving up on a spot in view; beyond that the spot may lie outside it. */
const MAX_RINGS = 400;
/** Free spots in view turned down by `accept` before the first free one is taken after all. */
const MAX_DECLINED = 48;

export class TakenSpots {
  private readonly cells = new Map<string, Point[]>();

  constructor(private readonly gap: number = NODE_GAP) {}

  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }

  add(p: Point): void {
    const k = this.key(Math.floor(p.x / this.gap), Math.floor(p.y / this.gap));
    const cell = this.cells.get(k);
    if (cell) cell.push(p);
    else this.cells.set(k, [p]);
  }

  /** True when no taken spot is closer than one gap. */
  isFree(p: Point): boolean {
    const cx = Math.floor(p.x / this.gap);
    const cy = Math.floor(p.y / this.gap);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const q of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) if (Math.hypot(q.x - p.x, q.y - p.y) < this.gap) return false;
      }
    }
    return true;
  }
}

/** A stable angle (radians) from a text, so the same stakeholder is placed the same way each time. */
export function angleOf(seed: string): number {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i += 1) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619);
  return (((hash >>> 0) % 360) * Math.PI) / 180;
}

function inside(p: Point, box: Box, margin: number): boolean {
  return p.x >= box.x1 + margin && p.x <= box.x2 - margin && p.y >= box.y1 + margin && p.y <= box.y2 - margin;
}

/** Candidate spots around `anchor`, nearest rings first; ring k has about 2πk spots a gap apart. */
function* ringSpots(anchor: Point, gap: number, start: number): Generator<Point> {
  yield anchor;
  for (let k = 1; k <= MAX_RINGS; k += 1) {
    const count = Math.max(6, Math.round(2 * Math.PI * k));
    for (let i = 0; i < count; i += 1) {
      const a = start + (i * 2 * Math.PI) / count;
      yield { x: anchor.x + Math.cos(a) * k * gap, y: anchor.y + Math.sin(a) * k * gap };
    }
  }
}

/**
 * The free spot nearest `anchor`. With `view`, only spots inside it (half a gap in from its edges)
 * count, while the view has room; a full view falls back to the nearest free spot anywhere. With
 * `accept`, a free spot in view must also pass it; after MAX_DECLINED turned down, the first free
 * one is taken (a preference, never a reason to leave the view or to search far).
 */
export function freeSpot(
  anchor: Point,
  taken: TakenSpots,
  options: { readonly view?: Box | null; readonly seed?: string; readonly gap?: number; readonly accept?: (p: Point) => boolean } = {},
): Point {
  const gap = options.gap ?? NODE_GAP;
  const start = angleOf(options.seed ?? '');
  const view = options.view ?? null;
  const viewFits = view !== null && view.x2 - view.x1 >= gap && view.y2 - view.y1 >= gap;
  let anywhere: Point | null = null;
  let declined: Point | null = null;
  let declines = 0;
  for (const p of ringSpots(anchor, gap, start)) {
    if (!taken.isFree(p)) continue;
    if (!viewFits || inside(p, view, gap / 2)) {
      if (!options.accept || options.accept(p)) return p;
      declined ??= p;
      if ((declines += 1) >= MAX_DECLINED) return declined;
      continue;
    }
    anywhere ??= p;
    // Past the view's far corner every further ring lies outside it too.
    if (Math.hypot(p.x - anchor.x, p.y - anchor.y) > Math.hypot(view.x2 - view.x1, view.y2 - view.y1) + gap) break;
  }
  return declined ?? anywhere ?? anchor;
}
