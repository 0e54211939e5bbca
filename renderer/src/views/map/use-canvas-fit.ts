// Fitting the big map's view to the whole map: when the canvas has no size yet the fit waits,
// marked pending, and is made as soon as the canvas is shown or the next scene is drawn.
import { useCallback, useRef } from 'react';
import type { MapPainter } from '../../graph/canvas/painter';

const FIT_PADDING = 40;
export const FIT_MAX_ZOOM = 1.4;

export function useCanvasFit(painter: MapPainter | null) {
  const pendingFit = useRef(false);
  const fit = useCallback(() => {
    const view = painter?.viewFitting(null, FIT_PADDING, FIT_MAX_ZOOM);
    pendingFit.current = !view;
    if (painter && view) painter.setView(view);
  }, [painter]);
  return { fit, pendingFit };
}
