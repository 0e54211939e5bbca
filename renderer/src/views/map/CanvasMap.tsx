// The big-map surface: maps above LARGE_MAP_NODES are drawn on one canvas by our own painter
// (graph/canvas/), because Cytoscape's per-element styles, bounds and caches take seconds to set up
// on thousands of stakeholders. It shows the same picture (its scene is read straight from the map,
// equal to one read from Cytoscape's element list), and keeps
// the same gestures: click to select or link, drag to move a node or pan, wheel or keys to zoom.
import { useEffect, useMemo, useRef } from 'react';
import { buildScene } from '../../graph/canvas/scene';
import { buildMapScene } from '../../graph/canvas/scene-from-map';
import { useActions } from '../../state/core/use-store';
import { leaveMap, mapLabel } from './map-label';
import { canvasSurface } from './map-surface';
import { MapControls } from './MapControls';
import { MapFocusLayer } from './MapFocusLayer';
import { useCanvasFit } from './use-canvas-fit';
import { useCanvasFocus } from './use-canvas-focus';
import { useCanvasPainter } from './use-canvas-painter';
import { useCanvasScene } from './use-canvas-scene';
import type { Linking } from './use-linking';
import { useMapSurfaceState } from './use-map-surface-state';

const EMPTY_SCENE = buildScene([]);

export function CanvasMap({ visible, linking }: { readonly visible: boolean; readonly linking: Linking }) {
  const { map, selection, mapSession, focusRequest, fitRequest, graph } = useMapSurfaceState();
  const actions = useActions();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const linkFrom = linking.state?.from ?? null;
  const scene = useMemo(() => (graph ? buildMapScene(graph, linkFrom) : EMPTY_SCENE), [graph, linkFrom]);
  const sceneRef = useRef(scene);

  const painter = useCanvasPainter(canvasRef, {
    tapNode: linking.tapNode,
    tapBackground: linking.tapBackground,
    moved: (id, to) => void actions.setPositions(new Map([[id, to]]), true),
  });

  const { fit, pendingFit } = useCanvasFit(painter);
  const { arranging, arrange } = useCanvasScene(painter, canvasRef, { map, scene, mapSession }, { fit, pendingFit, sceneRef });

  useEffect(() => {
    if (!painter || !visible) return;
    painter.resize();
    if (pendingFit.current) fit();
  }, [painter, visible, fit, pendingFit]);

  useEffect(() => {
    if (fitRequest > 0) fit();
  }, [fitRequest, fit]);

  useCanvasFocus(painter, canvasRef, sceneRef, { visible, focusRequest, selection });

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
