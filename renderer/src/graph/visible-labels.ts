// Which labels a big map draws: only those of nodes in view, only once the view is close enough to
// read them, and only where a label fits without covering one already placed (bigger nodes first).
// The big-map canvas (canvas/scene-labels.ts) asks again each time the view comes to rest. The small
// map (Cytoscape) asks the same greedy pass which of its labels would cover a more important one.

export interface LabelCandidate {
  readonly id: string;
  /** Model position and size, as on the node. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly chars: number;
  /** Placed before any lower rank, whatever the size (the selection, a highlight); 0 when absent. */
  readonly rank?: number;
}

export interface LabelView {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  readonly width: number;
  readonly height: number;
}

export const FONT_SIZE = 12;
/** At most this many labels at once: beyond it the view is too crowded to read them anyway. */
export const MAX_LABELS = 300;
/** Rough width of a character of the label font, in font-size units; the label is cut at 140 px. */
const CHAR_WIDTH = 0.58;
const MAX_LABEL_WIDTH = 140;
const CELL = 64;

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The label's box on screen: centred under the node, as the stylesheet places it. */
function labelBox(c: LabelCandidate, view: Pick<LabelView, 'zoom' | 'pan'>): Box {
  const { zoom, pan } = view;
  const cx = c.x * zoom + pan.x;
  const top = (c.y + c.size / 2 + 4) * zoom + pan.y;
  const half = (Math.min(MAX_LABEL_WIDTH, c.chars * FONT_SIZE * CHAR_WIDTH) * zoom) / 2;
  return { x1: cx - half, y1: top, x2: cx + half, y2: top + FONT_SIZE * 1.25 * zoom };
}

/** Highest rank first, then bigger nodes, then by id (the same answer for the same nodes). */
function byImportance(a: LabelCandidate, b: LabelCandidate): number {
  return (b.rank ?? 0) - (a.rank ?? 0) || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The greedy pass: each candidate in order of importance keeps its label when its box covers none
 * kept before it (looked up in a grid of CELL px); the rest are left out. At most `limit` are kept.
 */
function placeLabels(ordered: readonly LabelCandidate[], view: Pick<LabelView, 'zoom' | 'pan'>, limit: number): { kept: string[]; left: string[] } {
  const placed = new Map<string, Box[]>();
  const cellsOf = (box: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx += 1) {
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy += 1) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  const kept: string[] = [];
  const left: string[] = [];
  for (const c of ordered) {
    const box = labelBox(c, view);
    const cells = cellsOf(box);
    if (kept.length >= limit || cells.some((key) => placed.get(key)?.some((other) => overlaps(box, other)))) {
      left.push(c.id);
      continue;
    }
    for (const key of cells) {
      const boxes = placed.get(key);
      if (boxes) boxes.push(box);
      else placed.set(key, [box]);
    }
    kept.push(c.id);
  }
  return { kept, left };
}

/** Ids whose labels to draw, biggest nodes first; none while labels would be too small to read. */
export function chooseLabels(candidates: readonly LabelCandidate[], view: LabelView, minZoomedFontSize: number): string[] {
  if (view.zoom * FONT_SIZE < minZoomedFontSize) return [];
  const inView = candidates.filter((c) => {
    const x = c.x * view.zoom + view.pan.x;
    const y = c.y * view.zoom + view.pan.y;
    return x >= 0 && y >= 0 && x <= view.width && y <= view.height;
  });
  return placeLabels([...inView].sort(byImportance), view, MAX_LABELS).kept;
}

/**
 * The small map's labels to hide: each that would cover the label of a more important node (higher
 * rank, then bigger). Over the whole map and in model units: labels grow with the zoom as the map
 * does, so the answer holds at every zoom and pan. A ranked node (rank above 0: the selection, a
 * highlight, the one under the pointer) is never hidden.
 */
export function collidingLabels(candidates: readonly LabelCandidate[]): string[] {
  const { left } = placeLabels([...candidates].sort(byImportance), { zoom: 1, pan: { x: 0, y: 0 } }, Infinity);
  const ranked = new Set(candidates.filter((c) => (c.rank ?? 0) > 0).map((c) => c.id));
  return left.filter((id) => !ranked.has(id));
}
