// Where a node without a stored position goes: next to the neighbours that have one, or at a
// given point (the centre of the view). Only the new node moves; the rest of the map stays put.
import type { MapDocument } from '../../../shared/model';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A small, stable offset from the id, so nodes placed at the same spot do not sit on each other. */
function jitter(id: string, radius: number): Point {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  const angle = ((hash >>> 0) % 360) * (Math.PI / 180);
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

export function placeNear(map: MapDocument, id: string, fallback: Point, known: ReadonlyMap<string, Point> = new Map()): Point {
  const positionOf = new Map<string, Point>(known);
  for (const s of map.stakeholders) if (s.position && !positionOf.has(s.id)) positionOf.set(s.id, s.position);
  const around: Point[] = [];
  for (const t of map.ties) {
    const other = t.source === id ? t.target : t.target === id ? t.source : null;
    const p = other === null ? undefined : positionOf.get(other);
    if (p) around.push(p);
  }
  const base =
    around.length > 0
      ? { x: around.reduce((sum, p) => sum + p.x, 0) / around.length, y: around.reduce((sum, p) => sum + p.y, 0) / around.length }
      : fallback;
  const offset = jitter(id, 60);
  return { x: base.x + offset.x, y: base.y + offset.y };
}

/** Places every stakeholder that has no position, one after another, each seeing the ones placed before. */
export function placeMissing(map: MapDocument, fallback: Point): Map<string, Point> {
  const placed = new Map<string, Point>();
  for (const s of map.stakeholders) if (!s.position) placed.set(s.id, placeNear(map, s.id, fallback, placed));
  return placed;
}

/**
 * What to do about stakeholders without a stored position: nothing when every one has a place; a
 * full layout for a newly opened map that has none at all; otherwise place the few beside their
 * neighbours (or at `centre`, the middle of the view).
 */
export function placementFor(map: MapDocument, fresh: boolean, centre: Point | null): 'arrange' | Map<string, Point> | null {
  const missing = map.stakeholders.filter((s) => !s.position).length;
  if (missing === 0) return null;
  if (fresh && missing === map.stakeholders.length) return 'arrange';
  return placeMissing(map, centre ?? { x: 0, y: 0 });
}
