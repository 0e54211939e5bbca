// Which maps are big, and fitting a view to points. Above LARGE_MAP_NODES the map is drawn by our
// own canvas painter (graph/canvas/), which draws only legible labels that fit and moves the last
// frame while the view moves; smaller maps keep Cytoscape and its full look. The fit works from
// node positions alone, without measuring a single label.

export const LARGE_MAP_NODES = 1_000;

export function isBigMap(nodeCount: number): boolean {
  return nodeCount > LARGE_MAP_NODES;
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
