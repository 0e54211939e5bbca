// Mouse and touch on the big-map canvas: drag the background to pan, drag a node to move it, click
// (tap) a node or the background, wheel to zoom about the pointer. The keyboard is shared with the
// small map (views/map/use-map-keys.ts). Returns the function that removes the listeners.
import type { MapPainter } from './painter';
import { wheelFactor, type ScreenPoint } from './view';

export interface GestureHandlers {
  /** `shift`: the Shift key was held (adds to or takes from the bulk choice). */
  tapNode(id: string, shift: boolean): void;
  tapBackground(): void;
  /** A node was dragged and let go at this model point. */
  moved(id: string, to: ScreenPoint): void;
  /** The pointer rests over this node (its index in the scene) at this point, or over none. */
  hover(node: number | null, at: ScreenPoint): void;
}

/** Movement below this many pixels is still a click, not a drag. */
const DRAG_THRESHOLD = 4;

interface Press {
  readonly pointerId: number;
  readonly start: ScreenPoint;
  last: ScreenPoint;
  /** The node pressed, by id: a new scene (an analysis changing sizes) may renumber nodes mid-drag. */
  readonly node: string | null;
  dragging: boolean;
  movedTo: ScreenPoint | null;
}

export function attachGestures(canvas: HTMLCanvasElement, painter: MapPainter, handlers: GestureHandlers): () => void {
  let press: Press | null = null;
  const at = (e: MouseEvent): ScreenPoint => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const down = (e: PointerEvent) => {
    if (e.button !== 0 || press) return;
    const p = at(e);
    const hit = painter.nodeAt(p);
    press = { pointerId: e.pointerId, start: p, last: p, node: hit === null ? null : painter.nodeId(hit), dragging: false, movedTo: null };
    canvas.setPointerCapture(e.pointerId);
    canvas.style.cursor = press.node === null ? 'grabbing' : 'move';
  };
  const move = (e: PointerEvent) => {
    const p = at(e);
    if (!press || press.pointerId !== e.pointerId) {
      const node = painter.nodeAt(p);
      canvas.style.cursor = node === null ? 'grab' : 'pointer';
      handlers.hover(node, p);
      return;
    }
    handlers.hover(null, p);
    if (!press.dragging && Math.hypot(p.x - press.start.x, p.y - press.start.y) < DRAG_THRESHOLD) return;
    press.dragging = true;
    if (press.node === null) painter.panBy(p.x - press.last.x, p.y - press.last.y);
    else press.movedTo = painter.moveNode(press.node, p);
    press.last = p;
  };
  const up = (e: PointerEvent) => {
    if (!press || press.pointerId !== e.pointerId) return;
    const { node: id, dragging, movedTo } = press;
    press = null;
    canvas.style.cursor = '';
    if (e.type === 'pointercancel') return;
    if (!dragging) {
      if (id === null) handlers.tapBackground();
      else handlers.tapNode(id, e.shiftKey);
    } else if (id !== null && movedTo) {
      handlers.moved(id, { x: Math.round(movedTo.x), y: Math.round(movedTo.y) });
    }
  };
  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    painter.zoomAround(wheelFactor(e.deltaY, e.deltaMode), at(e), true);
  };
  const leave = (e: PointerEvent) => handlers.hover(null, at(e));
  canvas.addEventListener('pointerleave', leave);
  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  canvas.addEventListener('wheel', wheel, { passive: false });
  return () => {
    canvas.removeEventListener('pointerleave', leave);
    canvas.removeEventListener('pointerdown', down);
    canvas.removeEventListener('pointermove', move);
    canvas.removeEventListener('pointerup', up);
    canvas.removeEventListener('pointercancel', up);
    canvas.removeEventListener('wheel', wheel);
  };
}
