// Pure: the big-map canvas's view (zoom and pan, as in Cytoscape: screen = model * zoom + pan),
// turning gestures into new views, and easing from one view to another.
import type { Box, Viewport } from '../level-of-detail';

/**
 * How far either map (this canvas and Cytoscape) zooms. Out to 1/40: circle by category of 5,000
 * people (rings of wedges, about 6,600 units across) fits the map of an 800x600 window.
 */
export const ZOOM_LIMITS = { min: 0.025, max: 4 } as const;

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export function toModel(view: Viewport, p: ScreenPoint): ScreenPoint {
  return { x: (p.x - view.pan.x) / view.zoom, y: (p.y - view.pan.y) / view.zoom };
}

export function toScreen(view: Viewport, p: ScreenPoint): ScreenPoint {
  return { x: p.x * view.zoom + view.pan.x, y: p.y * view.zoom + view.pan.y };
}

/** Zooms by `factor`, keeping the model point under `at` (screen) where it is; zoom stays in limits. */
export function zoomAround(view: Viewport, factor: number, at: ScreenPoint): Viewport {
  const zoom = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, view.zoom * factor));
  const anchor = toModel(view, at);
  return { zoom, pan: { x: at.x - anchor.x * zoom, y: at.y - anchor.y * zoom } };
}

export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { zoom: view.zoom, pan: { x: view.pan.x + dx, y: view.pan.y + dy } };
}

/** How much one wheel notch (deltaY 100) zooms: matches the Cytoscape map's wheel sensitivity. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-pixels * 0.0015);
}

/** The model box the screen shows, grown by `margin` model units. */
export function visibleBox(view: Viewport, width: number, height: number, margin = 0): Box {
  const a = toModel(view, { x: 0, y: 0 });
  const b = toModel(view, { x: width, y: height });
  return { x1: a.x - margin, y1: a.y - margin, x2: b.x + margin, y2: b.y + margin };
}

/** The view `t` (0-1) of the way from `from` to `to`, easing in and out; zoom moves geometrically. */
export function easeBetween(from: Viewport, to: Viewport, t: number, width: number, height: number): Viewport {
  const k = t <= 0 ? 0 : t >= 1 ? 1 : t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  const zoom = from.zoom * (to.zoom / from.zoom) ** k;
  // Move the model point at the screen's centre in a straight line, so the eye can follow it.
  const centre = { x: width / 2, y: height / 2 };
  const a = toModel(from, centre);
  const b = toModel(to, centre);
  const m = { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
  return { zoom, pan: { x: centre.x - m.x * zoom, y: centre.y - m.y * zoom } };
}

/** The view that puts model point `p` at the screen's centre at `zoom`. */
export function centredOn(p: ScreenPoint, zoom: number, width: number, height: number): Viewport {
  return { zoom, pan: { x: width / 2 - p.x * zoom, y: height / 2 - p.y * zoom } };
}
