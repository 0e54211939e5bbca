// Level of detail for big maps. Above LARGE_MAP_NODES the renderer stops redrawing edges and labels
// while the view moves (a texture of the last frame is panned instead), draws labels only once they
// would be legible, and uses cheaper edge curves. Small maps keep the full look: nothing here
// changes them. `fitViewport` fits by node positions alone, because fitting by Cytoscape's bounding
// box measures every label first, which on thousands of nodes costs longer than drawing them.
import type { Core } from 'cytoscape';

export const LARGE_MAP_NODES = 1_000;

export interface LevelOfDetail {
  readonly large: boolean;
  /** Edges are left out of frames drawn while panning or zooming. */
  readonly hideEdgesOnViewport: boolean;
  /** While moving, the last full frame is panned as one image instead of redrawing each element. */
  readonly textureOnViewport: boolean;
  /** Labels smaller than this on screen (px) are not drawn. */
  readonly minZoomedFontSize: number;
}

export function levelOfDetailFor(nodeCount: number): LevelOfDetail {
  const large = nodeCount > LARGE_MAP_NODES;
  return { large, hideEdgesOnViewport: large, textureOnViewport: large, minZoomedFontSize: large ? 9 : 7 };
}

/** The renderer's switches; Cytoscape reads them on each frame but only types them as init options. */
interface RendererSwitches {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

export function applyRendererSwitches(cy: Core, lod: LevelOfDetail): void {
  const renderer = (cy as unknown as { renderer(): RendererSwitches | undefined }).renderer();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = lod.hideEdgesOnViewport;
  renderer.textureOnViewport = lod.textureOnViewport;
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** The box around the points, grown by `margin` on every side; null when there are none. */
export function boundsOf(points: Iterable<{ readonly x: number; readonly y: number }>, margin = 0): Box | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return x1 === Infinity ? null : { x1: x1 - margin, y1: y1 - margin, x2: x2 + margin, y2: y2 + margin };
}

/** The zoom and pan that centre `box` in a `width` x `height` view with `padding`, zoom clamped. */
export function fitViewport(box: Box, width: number, height: number, padding: number, zoomLimits: { min: number; max: number }): Viewport {
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const fitted = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  const zoom = Math.min(zoomLimits.max, Math.max(zoomLimits.min, fitted > 0 ? fitted : zoomLimits.min));
  return { zoom, pan: { x: width / 2 - zoom * ((box.x1 + box.x2) / 2), y: height / 2 - zoom * ((box.y1 + box.y2) / 2) } };
}

/** Fits the shown nodes by their positions (margin: the largest node's radius); no label is measured. */
export function fitByPositions(cy: Core, padding: number, maxZoom: number): void {
  const points: { x: number; y: number }[] = [];
  let margin = 0;
  cy.nodes().forEach((node) => {
    if (node.hasClass('hidden')) return;
    const p = node.position();
    points.push({ x: p.x, y: p.y });
    margin = Math.max(margin, Number(node.data('size')) / 2 || 0);
  });
  const box = boundsOf(points, margin);
  if (!box) return;
  cy.viewport(fitViewport(box, cy.width(), cy.height(), padding, { min: cy.minZoom(), max: Math.min(cy.maxZoom(), maxZoom) }));
}
