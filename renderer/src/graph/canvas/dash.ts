// How a dashed stroke (conflict ties, the confidential's ring) is drawn at the current scale. Once
// a dash and its gap together cover less than a pixel or so of the screen, nobody can see the dashes:
// the antialiased line is just fainter, by the share of the pattern that is ink. Drawing it solid at
// that share looks the same and spares the raster the dashing, which on a zoomed-out 20,000-stakeholder
// map (600 long conflict ties cut into hundreds of thousands of sub-pixel dashes) cost more than
// all the other ties together.

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
