// Creates the big-map canvas's painter and its gestures for the lifetime of the canvas, and lends
// the painter's view centre to the store (new stakeholders are placed there).
import { useEffect, useRef, useState, type RefObject } from 'react';
import { attachGestures, type GestureHandlers } from '../../graph/canvas/canvas-gestures';
import { MapPainter } from '../../graph/canvas/painter';
import { useActions } from '../../state/use-store';

export function useCanvasPainter(canvasRef: RefObject<HTMLCanvasElement | null>, handlers: GestureHandlers): MapPainter | null {
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
      tapNode: (id) => latest.current.tapNode(id),
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
    actions.setPlacement(() => instance.centre());
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
