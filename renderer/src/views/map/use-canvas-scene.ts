// Keeps the big-map painter drawing the current scene: a newly opened map is fitted once drawn,
// and stakeholders without a position are placed (or the whole map arranged) when the map itself
// changed. Positions reach the canvas through the store.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { MapDocument } from '../../../../shared/model';
import type { MapPainter } from '../../graph/canvas/painter';
import type { Scene } from '../../graph/canvas/scene';
import { visibleBox } from '../../graph/canvas/view';
import { placementFor } from '../../graph/placement';
import { TICKED_COLOUR, TICKED_RING_WIDTH } from '../../graph/stylesheet';
import { useActions } from '../../state/core/use-store';
import { useArrange } from './use-arrange';

interface Drawn {
  readonly map: MapDocument | null;
  readonly scene: Scene;
  readonly mapSession: number;
}

interface Fitting {
  readonly fit: () => void;
  readonly pendingFit: { current: boolean };
  readonly sceneRef: { current: Scene };
}

export function useCanvasScene(painter: MapPainter | null, canvasRef: RefObject<HTMLCanvasElement | null>, { map, scene, mapSession }: Drawn, { fit, pendingFit, sceneRef }: Fitting) {
  const actions = useActions();
  const shownSession = useRef(-1);
  const placedFor = useRef<MapDocument | null>(null);

  // The positions reach the canvas through the store; the view fits once they are drawn.
  const { arranging, arrange: arrangeMap, isArranging } = useArrange(() => {
    pendingFit.current = true;
  });
  const arrange = useCallback(
    (toArrange: MapDocument, undoable: boolean) => arrangeMap(toArrange, (positions) => void actions.setPositions(positions, undoable)),
    [arrangeMap, actions],
  );

  useEffect(() => {
    if (!painter || !map) return;
    sceneRef.current = scene;
    const fresh = shownSession.current !== mapSession;
    if (fresh) {
      // Marks for the benches (test/bench/ui-profile.ts): when a newly opened map reaches the
      // surface, and when its first full frame is on the canvas.
      performance.mark('map:open');
      painter.whenDrawn(() => performance.measure('map:first frame', 'map:open'));
      shownSession.current = mapSession;
      pendingFit.current = true;
    }
    painter.setScene(scene);
    // Read by the end-to-end tests: how many nodes the painter rings as ticked.
    if (canvasRef.current) canvasRef.current.dataset.ticked = String(scene.nodes.filter((n) => n.ring?.colour === TICKED_COLOUR && n.ring.width === TICKED_RING_WIDTH).length);
    if (pendingFit.current) fit();
    if (isArranging() || (!fresh && placedFor.current === map)) return;
    placedFor.current = map;
    const placement = placementFor(map, fresh, canvasRef.current ? visibleBox(painter.currentView, canvasRef.current.clientWidth, canvasRef.current.clientHeight) : null);
    if (placement === 'arrange') arrange(map, false);
    else if (placement) {
      void actions.setPositions(placement, false);
      // Several at once (an import, a merge) may spill past the view: fit once they are drawn.
      if (!fresh && placement.size > 1) pendingFit.current = true;
    }
  }, [painter, map, scene, mapSession, fit, arrange, isArranging, actions, canvasRef, pendingFit, sceneRef]);

  return { arranging, arrange };
}
