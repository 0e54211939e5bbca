// Pure: which stakeholder an arrow key moves to on the map. From the focused one, only those lying
// in the arrow's direction count; the nearest wins, with sideways distance weighing double, so
// "right" picks the one straight to the right before one far up and slightly right.
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NavPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** How far `to` lies along and across `direction` from `from` (screen axes: y grows downwards). */
function offsets(from: NavPoint, to: NavPoint, direction: Direction): { along: number; across: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  switch (direction) {
    case 'right':
      return { along: dx, across: Math.abs(dy) };
    case 'left':
      return { along: -dx, across: Math.abs(dy) };
    case 'down':
      return { along: dy, across: Math.abs(dx) };
    case 'up':
      return { along: -dy, across: Math.abs(dx) };
  }
}

/** The id to move to, or null when nothing lies that way. */
export function nearestInDirection(points: readonly NavPoint[], fromId: string, direction: Direction): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === fromId) continue;
    const { along, across } = offsets(from, p, direction);
    // Straight ahead or within 60 degrees of it; a tie on `along` 0 is sideways, not ahead.
    if (along <= 0 || across > along * 1.8) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && p.id < best)) {
      best = p.id;
      bestScore = score;
    }
  }
  return best;
}

/** Where keyboard focus enters the map: the given id if shown, else the one nearest the centre. */
export function entryPoint(points: readonly NavPoint[], preferred: string | null, centre: { readonly x: number; readonly y: number }): string | null {
  if (preferred !== null && points.some((p) => p.id === preferred)) return preferred;
  let best: NavPoint | null = null;
  for (const p of points) if (!best || Math.hypot(p.x - centre.x, p.y - centre.y) < Math.hypot(best.x - centre.x, best.y - centre.y)) best = p;
  return best?.id ?? null;
}
