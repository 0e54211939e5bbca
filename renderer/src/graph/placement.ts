// Where a node without a stored position goes: the nearest free spot to the neighbours that have
// one, or, without placed neighbours, the nearest free spot to the middle of the view and inside it
// (free-spot.ts). Never on top of another stakeholder; only the new nodes move, the rest stay put.
// On a small map a spot where a straight tie would run through someone is passed over (clear-of-ties.ts).
import type { MapDocument } from '../../../shared/model';
import { clearOfTies } from './clear-of-ties';
import type { Box } from './level-of-detail';
import { LARGE_MAP_NODES } from './level-of-detail';
import { freeSpot, TakenSpots, type Point } from './free-spot';

/** Above this many ties the check (every tie, for every spot tried) costs more than it gives. */
const MAX_TIES_CHECKED = 3_000;

export type { Point } from './free-spot';

function centreOf(box: Box | null): Point {
  return box ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : { x: 0, y: 0 };
}

function takenBy(positions: Iterable<Point>): TakenSpots {
  const taken = new TakenSpots();
  for (const p of positions) taken.add(p);
  return taken;
}

function placedPositions(map: MapDocument): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const s of map.stakeholders) if (s.position) positions.set(s.id, s.position);
  return positions;
}

/**
 * Places every stakeholder that has no position, one after another, each seeing the ones placed
 * before; `view` is the model box the screen shows (null before the map has a size).
 */
export function placeMissing(map: MapDocument, view: Box | null): Map<string, Point> {
  const positions = placedPositions(map);
  const taken = takenBy(positions.values());
  const neighbours = new Map<string, string[]>();
  for (const t of map.ties) {
    neighbours.set(t.source, [...(neighbours.get(t.source) ?? []), t.target]);
    neighbours.set(t.target, [...(neighbours.get(t.target) ?? []), t.source]);
  }
  const checked = map.stakeholders.length <= LARGE_MAP_NODES && map.ties.length <= MAX_TIES_CHECKED;
  const drawnTies = () => map.ties.flatMap((t) => {
    const a = positions.get(t.source);
    const b = positions.get(t.target);
    return a && b ? [[a, b] as const] : [];
  });
  const placed = new Map<string, Point>();
  for (const s of map.stakeholders) {
    if (s.position) continue;
    const around = (neighbours.get(s.id) ?? []).flatMap((id) => positions.get(id) ?? []);
    const drawing = checked ? { nodes: [...positions.values()], ties: drawnTies() } : null;
    const accept = drawing ? (p: Point) => clearOfTies(p, around, drawing) : undefined;
    const p =
      around.length > 0
        ? freeSpot({ x: around.reduce((sum, q) => sum + q.x, 0) / around.length, y: around.reduce((sum, q) => sum + q.y, 0) / around.length }, taken, { seed: s.id, accept })
        : freeSpot(centreOf(view), taken, { view, seed: s.id, accept });
    const rounded = { x: Math.round(p.x), y: Math.round(p.y) };
    placed.set(s.id, rounded);
    positions.set(s.id, rounded);
    taken.add(rounded);
  }
  return placed;
}

/** Where a stakeholder about to be added (no ties yet) appears: free space in the view. */
export function placeNew(map: MapDocument, view: Box | null): Point {
  const p = freeSpot(centreOf(view), takenBy(placedPositions(map).values()), { view, seed: String(map.stakeholders.length) });
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

/**
 * What to do about stakeholders without a stored position: nothing when every one has a place; a
 * full layout for a newly opened map that has none at all; otherwise place the few beside their
 * neighbours or in free space in `view`.
 */
export function placementFor(map: MapDocument, fresh: boolean, view: Box | null): 'arrange' | Map<string, Point> | null {
  const missing = map.stakeholders.filter((s) => !s.position).length;
  if (missing === 0) return null;
  if (fresh && missing === map.stakeholders.length) return 'arrange';
  return placeMissing(map, view);
}
