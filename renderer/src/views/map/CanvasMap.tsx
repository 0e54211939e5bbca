// The big-map surface: maps above LARGE_MAP_NODES are drawn on one canvas by our own painter
// (graph/canvas/), because Cytoscape's per-element styles, bounds and caches take seconds to set up
// on thousands of stakeholders. It shows the same picture from the same element list, and keeps
// the same gestures: click to select or link, drag to move a node or pan, wheel or keys to zoom.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { MapDocument } from '../../../../shared/model';
import { buildScene } from '../../graph/canvas/scene';
import { toScreen, visibleBox } from '../../graph/canvas/view';
import { TICKED_COLOUR, TICKED_RING_WIDTH } from '../../graph/stylesheet';
import { placementFor } from '../../graph/placement';
import { isWithin, ON_SCREEN_MARGIN } from '../../graph/screen';
import { useActions, useAppState } from '../../state/core/use-store';
import { leaveMap, mapLabel } from './map-label';
import { canvasSurface } from './map-surface';
import { MapControls } from './MapControls';
import { MapFocusLayer } from './MapFocusLayer';
import { useArrange } from './use-arrange';
import { useCanvasPainter } from './use-canvas-painter';
import type { Linking } from './use-linking';
import { useMapSurfaceState } from './use-map-surface-state';

const FIT_PADDING = 40;
const FIT_MAX_ZOOM = 1.4;
const FOCUS_PADDING = 90;

export function CanvasMap({ visible, linking }: { readonly visible: boolean; readonly linking: Linking }) {
  const { map, selection, mapSession, focusRequest, fitRequest, elements } = useMapSurfaceState();
  const highlight = useAppState((s) => s.insights.highlight);
  const actions = useActions();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const linkFrom = linking.state?.from ?? null;
  const scene = useMemo(() => buildScene(elements, linkFrom), [elements, linkFrom]);
  const sceneRef = useRef(scene);
  const pendingFit = useRef(false);
  const shownSession = useRef(-1);
  const placedFor = useRef<MapDocument | null>(null);

  const painter = useCanvasPainter(canvasRef, {
    tapNode: linking.tapNode,
    tapBackground: linking.tapBackground,
    moved: (id, to) => void actions.setPositions(new Map([[id, to]]), true),
  });

  const fit = useCallback(() => {
    const view = painter?.viewFitting(null, FIT_PADDING, FIT_MAX_ZOOM);
    pendingFit.current = !view;
    if (painter && view) painter.setView(view);
  }, [painter]);

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
  }, [painter, map, scene, mapSession, fit, arrange, isArranging, actions]);

  useEffect(() => {
    if (!painter || !visible) return;
    painter.resize();
    if (pendingFit.current) fit();
  }, [painter, visible, fit]);

  useEffect(() => {
    if (fitRequest > 0) fit();
  }, [fitRequest, fit]);

  // Answered once per request, and only when the stakeholder is off-screen: a click on the map
  // selects without moving the view under the pointer (see CytoscapeMap.tsx).
  const answeredFocus = useRef(0);
  useEffect(() => {
    if (!painter || focusRequest === answeredFocus.current || !selection) return;
    answeredFocus.current = focusRequest;
    const index = sceneRef.current.indexOf.get(selection);
    const node = index === undefined ? undefined : sceneRef.current.nodes[index];
    const canvas = canvasRef.current;
    if (index === undefined || !node || !canvas) return;
    if (isWithin(toScreen(painter.currentView, node), canvas.clientWidth, canvas.clientHeight, ON_SCREEN_MARGIN)) return;
    const view = painter.viewCentredOn(index, Math.max(painter.currentView.zoom, 1));
    if (view) painter.animateTo(view, 250);
  }, [painter, focusRequest, selection]);

  useEffect(() => {
    if (!painter || !visible || !highlight) return;
    const indices = highlight.ids.map((id) => sceneRef.current.indexOf.get(id)).filter((i) => i !== undefined);
    const view = indices.length > 0 ? painter.viewFitting(indices, FOCUS_PADDING, FIT_MAX_ZOOM) : null;
    if (view) painter.animateTo(view, 300);
  }, [painter, visible, highlight]);

  const surface = useMemo(() => (painter && canvasRef.current ? canvasSurface(painter, canvasRef.current, () => sceneRef.current, fit) : null), [painter, fit]);
  const count = map?.stakeholders.length ?? 0;
  return (
    <>
      <MapControls
        zoomIn={() => painter?.zoomAtCentre(1.3)}
        zoomOut={() => painter?.zoomAtCentre(1 / 1.3)}
        fit={fit}
        arrange={() => map && arrange(map, true)}
        arranging={arranging}
        empty={count === 0}
        linking={linking}
      />
      <div className="map-stage">
        <div className="map-canvas drawn-by-canvas">
          <canvas
            ref={canvasRef}
            role="application"
            tabIndex={0}
            aria-label={mapLabel(count, map?.ties.length ?? 0)}
          />
        </div>
        <MapFocusLayer surface={surface} onLeave={() => leaveMap(canvasRef.current)} />
      </div>
    </>
  );
}
