// Creates the big-map canvas's painter and its gestures for the lifetime of the canvas, lends the
// painter's view to the store (new stakeholders are placed there), and shows the name of
// the stakeholder under the pointer, which a zoomed-out map has no room to label.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { attachGestures, type GestureHandlers } from '../../graph/canvas/canvas-gestures';
import { MapPainter } from '../../graph/canvas/painter';
import { visibleBox } from '../../graph/canvas/view';
import { placeNew } from '../../graph/placement';
import { useActions } from '../../state/core/use-store';

/** A label next to the pointer: visual only (the list view carries every name for screen readers). */
function createTooltip(canvas: HTMLCanvasElement, painter: MapPainter): { hover: GestureHandlers['hover']; remove(): void } {
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  canvas.parentElement?.append(tip);
  let shown: number | null = null;
  return {
    hover: (node, at) => {
      if (node === null) {
        shown = null;
        tip.hidden = true;
        return;
      }
      if (node !== shown) tip.textContent = painter.nodeLabel(node);
      shown = node;
      tip.hidden = tip.textContent === '';
      tip.style.transform = `translate(${Math.round(at.x + 14)}px, ${Math.round(at.y + 14)}px)`;
    },
    remove: () => tip.remove(),
  };
}

export function useCanvasPainter(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  handlers: Omit<GestureHandlers, 'hover'>,
): MapPainter | null {
  const actions = useActions();
  const [painter, setPainter] = useState<MapPainter | null>(null);
  // The gestures outlive renders; they call whatever handlers the latest render gave.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const instance = new MapPainter(canvas);
    const tooltip = createTooltip(canvas, instance);
    const detach = attachGestures(canvas, instance, {
      hover: tooltip.hover,
      tapNode: (id, shift) => latest.current.tapNode(id, shift),
      tapBackground: () => latest.current.tapBackground(),
      moved: (id, to) => latest.current.moved(id, to),
      fit: () => latest.current.fit(),
    });
    instance.onFullFrame = (view, drawMs) => {
      // Read by the end-to-end tests to find a node on screen from its saved position, and by
      // the bench for the cost of a full frame.
      canvas.dataset.drawMs = drawMs.toFixed(1);
      canvas.dataset.zoom = String(view.zoom);
      canvas.dataset.panX = String(view.pan.x);
      canvas.dataset.panY = String(view.pan.y);
    };
    actions.setPlacement((map) => (canvas.clientWidth > 0 ? placeNew(map, visibleBox(instance.currentView, canvas.clientWidth, canvas.clientHeight)) : null));
    setPainter(instance);
    return () => {
      actions.setPlacement(() => null);
      detach();
      tooltip.remove();
      instance.destroy();
      setPainter(null);
    };
  }, [canvasRef, actions]);
  return painter;
}
