// Creates the big-map canvas's painter and its gestures for the lifetime of the canvas, lends the
// painter's view to the store (new stakeholders are placed in it).
import { useEffect, useRef, useState, type RefObject } from 'react';
import { attachGestures, type GestureHandlers } from '../../graph/canvas/canvas-gestures';
import { MapPainter } from '../../graph/canvas/painter';
import { visibleBox } from '../../graph/canvas/view';
import { placeNew } from '../../graph/placement';
import { useActions } from '../../state/core/use-store';

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
    const detach = attachGestures(canvas, instance, {
      // The hover card is drawn over both surfaces alike (MapFocusLayer.tsx).
      hover: () => {},
      tapNode: (id, shift) => latest.current.tapNode(id, shift),
      tapBackground: () => latest.current.tapBackground(),
      moved: (id, to) => latest.current.moved(id, to),
    });
    let fullFrames = 0;
    instance.onFullFrame = (view, drawMs) => {
      // Read by the end-to-end tests to find a node on screen from its saved position, and by
      // the bench for the cost of a full frame; the count, by the tests that no frame is wasted.
      fullFrames += 1;
      canvas.dataset.fullFrames = String(fullFrames);
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
      instance.destroy();
      setPainter(null);
    };
  }, [canvasRef, actions]);
  return painter;
}
