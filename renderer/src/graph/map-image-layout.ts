// Pure: where each stakeholder sits in a map image. Saved positions are what the map view shows;
// anyone without one (just added, never laid out) goes on a ring around the others, so the image
// never drops a stakeholder. Coordinates are then fitted into the drawing area.
import type { Stakeholder } from '../../../shared/model';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function rawPositions(stakeholders: readonly Stakeholder[]): Map<string, Point> {
  const placed = stakeholders.filter((s) => s.position !== undefined);
  const points = new Map<string, Point>(placed.map((s) => [s.id, s.position as Point]));
  const loose = stakeholders.filter((s) => s.position === undefined);
  if (loose.length === 0) return points;
  const xs = placed.map((s) => s.position?.x ?? 0);
  const ys = placed.map((s) => s.position?.y ?? 0);
  const cx = xs.length > 0 ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0;
  const cy = ys.length > 0 ? (Math.min(...ys) + Math.max(...ys)) / 2 : 0;
  const spread = xs.length > 0 ? Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) : 0;
  const radius = Math.max(120, spread / 2 + 90, loose.length * 14);
  loose.forEach((s, i) => {
    const angle = (2 * Math.PI * i) / loose.length - Math.PI / 2;
    points.set(s.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
  return points;
}

/** Positions scaled uniformly (never stretched) and centred in `area`, keeping `margin` free for shapes and labels. */
export function fitPositions(stakeholders: readonly Stakeholder[], area: Box, margin: number): Map<string, Point> {
  const raw = rawPositions(stakeholders);
  if (raw.size === 0) return raw;
  const values = [...raw.values()];
  const minX = Math.min(...values.map((p) => p.x));
  const maxX = Math.max(...values.map((p) => p.x));
  const minY = Math.min(...values.map((p) => p.y));
  const maxY = Math.max(...values.map((p) => p.y));
  const innerW = Math.max(1, area.width - 2 * margin);
  const innerH = Math.max(1, area.height - 2 * margin);
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  // A single stakeholder, or everyone on one line, keeps scale 1 in the flat direction.
  const scale = Math.min(spanX > 0 ? innerW / spanX : Number.POSITIVE_INFINITY, spanY > 0 ? innerH / spanY : Number.POSITIVE_INFINITY, 1.5);
  const s = Number.isFinite(scale) ? scale : 1;
  const offsetX = area.x + margin + (innerW - spanX * s) / 2;
  const offsetY = area.y + margin + (innerH - spanY * s) / 2;
  const fitted = new Map<string, Point>();
  for (const [id, p] of raw) fitted.set(id, { x: offsetX + (p.x - minX) * s, y: offsetY + (p.y - minY) * s });
  return fitted;
}
