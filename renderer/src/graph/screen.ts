// Pure: screen-space questions both map surfaces ask (is a point in view, with a margin).
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** How far inside the edge a stakeholder must be to count as on screen (room for its shape and label). */
export const ON_SCREEN_MARGIN = 30;

export function isWithin(p: ScreenPoint, width: number, height: number, margin: number): boolean {
  return p.x >= margin && p.y >= margin && p.x <= width - margin && p.y <= height - margin;
}
