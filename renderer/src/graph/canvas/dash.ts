// How a dashed stroke (conflict ties, the confidential's ring) is drawn at the current scale. Once
// a dash and its gap together cover less than a pixel or so of the screen, nobody can see the dashes:
// the antialiased line is just fainter, by the share of the pattern that is ink. Drawing it solid at
// that share looks the same and spares the raster the dashing, which on a zoomed-out 20,000-stakeholder
// map (600 long conflict ties cut into hundreds of thousands of sub-pixel dashes) cost more than
// all the other ties together. Where the dashes show, a tie is cut to the view before dashing: the
// raster dashes a path along its whole length, off screen too, and on a zoomed-in view of that map
// the conflict ties crossing it cost 17-37 ms a frame uncut, 5-12 cut.
import type { Box } from '../level-of-detail';

/** Below this many device pixels per dash and gap, the pattern is drawn as a fainter solid line. */
export const MIN_DASH_PERIOD_PX = 1.5;

export interface DashedStroke {
  /** For setLineDash: the pattern, or none. */
  readonly segments: readonly number[];
  /** What the stroke's opacity is multiplied by. */
  readonly alpha: number;
}

const SOLID: DashedStroke = { segments: [], alpha: 1 };

/** `pattern` in model units (dash, gap, ...); `scale` device pixels per model unit. */
export function dashAt(pattern: readonly number[], scale: number): DashedStroke {
  let period = 0;
  let ink = 0;
  pattern.forEach((length, i) => {
    period += length;
    if (i % 2 === 0) ink += length;
  });
  if (period === 0) return SOLID;
  // An odd-length pattern repeats twice over, swapping dashes and gaps: half of it is ink.
  const share = pattern.length % 2 === 0 ? ink / period : 0.5;
  return period * scale >= MIN_DASH_PERIOD_PX ? { segments: pattern, alpha: 1 } : { segments: [], alpha: share };
}

/**
 * The part of the segment a-b that can show in `box`, as [x1, y1, x2, y2], or null if none. The start
 * stays a whole number of pattern periods from `a` (where each subpath's dashes begin), so the dashes
 * fall where they would on the whole segment; the end may run a little past the box.
 */
export function clippedForDashes(ax: number, ay: number, bx: number, by: number, box: Box, period: number): [number, number, number, number] | null {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // Liang-Barsky: narrow [t0, t1] by each side of the box.
  const sides: [number, number][] = [[-dx, ax - box.x1], [dx, box.x2 - ax], [-dy, ay - box.y1], [dy, box.y2 - ay]];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  if (t0 > t1) return null;
  const length = Math.hypot(dx, dy);
  if (length === 0 || period <= 0) return [ax, ay, bx, by];
  const start = (Math.floor((t0 * length) / period) * period) / length;
  return [ax + dx * start, ay + dy * start, ax + dx * t1, ay + dy * t1];
}
