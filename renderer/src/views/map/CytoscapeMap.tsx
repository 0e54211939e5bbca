// The small-map surface: one Cytoscape instance, created once; every change after that is a diff
// applied in a single batch, so edits never rebuild or re-lay-out the whole map. Maps above
// LARGE_MAP_NODES are drawn by the canvas surface instead (CanvasMap.tsx).
import { useEffect, useMemo, useRef } from 'react';
import { buildElements } from '../../graph/elements';
import { isWithin, ON_SCREEN_MARGIN } from '../../graph/screen';
import { useActions } from '../../state/core/use-store';
import { useHighlightFocus } from '../insights/use-highlight-focus';
import { leaveMap, mapLabel } from './map-label';
import { cytoscapeSurface } from './map-surface';
import { MapControls } from './MapControls';
import { MapFocusLayer } from './MapFocusLayer';
import { useCytoscape } from './use-cytoscape';
import { useCytoscapeElements } from './use-cytoscape-elements';
import { useCytoscapeLabels } from './use-cytoscape-labels';
import { useMapLayout } from './use-map-layout';
import type { Linking } from './use-linking';
import { useMapSurfaceState } from './use-map-surface-state';

export function CytoscapeMap({ visible, linking }: { readonly visible: boolean; readonly linking: Linking }) {
  const { map, selection, mapSession, focusRequest, fitRequest, graph } = useMapSurfaceState();
  const elements = useMemo(() => (graph ? buildElements(graph) : []), [graph]);
  const actions = useActions();
  const containerRef = useRef<HTMLDivElement>(null);
  const cy = useCytoscape(containerRef, linking);

  const { running, arrange, requestFit, isRunning } = useMapLayout(cy, visible);
  useHighlightFocus(cy, visible);
  useCytoscapeLabels(cy);

  useCytoscapeElements(cy, { map, elements, mapSession }, { arrange, requestFit, isRunning });

  // A request to show the selected stakeholder (search, list, a new one) is answered once: a later
  // click on the map changes the selection but must not move the view under the pointer.
  const answeredFocus = useRef(0);
  useEffect(() => {
    if (!cy || focusRequest === answeredFocus.current || !selection) return;
    answeredFocus.current = focusRequest;
    const node = cy.getElementById(selection);
    if (node.empty() || !node.visible()) return;
    const p = node.renderedPosition();
    if (isWithin(p, cy.width(), cy.height(), ON_SCREEN_MARGIN)) return;
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
  }, [cy, focusRequest, selection]);

  useEffect(() => {
    if (fitRequest > 0) requestFit();
  }, [fitRequest, requestFit]);

  const linkFrom = linking.state?.from ?? null;
  useEffect(() => {
    if (!cy) return;
    // Only the marked node, not every node: this runs as soon as the map view has its graph.
    cy.nodes('.link-source').removeClass('link-source');
    if (linkFrom) cy.getElementById(linkFrom).addClass('link-source');
  }, [cy, linkFrom]);

  const surface = useMemo(() => (cy && containerRef.current ? cytoscapeSurface(cy, containerRef.current, requestFit) : null), [cy, requestFit]);
  const zoomBy = (factor: number) => cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  const count = map?.stakeholders.length ?? 0;
  return (
    <>
      <MapControls
        zoomIn={() => zoomBy(1.3)}
        zoomOut={() => zoomBy(1 / 1.3)}
        fit={requestFit}
        arrange={() => map && arrange(map, (p) => void actions.setPositions(p, true))}
        arranging={running}
        empty={count === 0}
        linking={linking}
      />
      <div className="map-stage">
        <div ref={containerRef} className="map-canvas" role="application" tabIndex={0} aria-label={mapLabel(count, map?.ties.length ?? 0)} />
        <MapFocusLayer surface={surface} onLeave={() => leaveMap(containerRef.current)} />
      </div>
    </>
  );
}
