// The small-map surface: one Cytoscape instance, created once; every change after that is a diff
// applied in a single batch, so edits never rebuild or re-lay-out the whole map. Maps above
// LARGE_MAP_NODES are drawn by the canvas surface instead (CanvasMap.tsx).
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapDocument } from '../../../../shared/model';
import { diffElements, indexElements } from '../../graph/diff';
import { ZOOM_LIMITS } from '../../graph/canvas/view';
import type { Box } from '../../graph/level-of-detail';
import { placeNew, placementFor, type Point } from '../../graph/placement';
import { isWithin, ON_SCREEN_MARGIN } from '../../graph/screen';
import { buildStylesheet, TICKED_COLOUR, TICKED_RING_WIDTH } from '../../graph/stylesheet';
import { useActions } from '../../state/core/use-store';
import { useHighlightFocus } from '../insights/use-highlight-focus';
import { leaveMap, mapLabel } from './map-label';
import { cytoscapeSurface } from './map-surface';
import { MapControls } from './MapControls';
import { MapFocusLayer } from './MapFocusLayer';
import { useMapLayout } from './use-map-layout';
import type { Linking } from './use-linking';
import { useMapSurfaceState } from './use-map-surface-state';

/** The model box the screen shows, or null before the map has a size. */
function viewBox(cy: Core): Box | null {
  const e = cy.extent();
  return [e.x1, e.y1, e.x2, e.y2].every(Number.isFinite) && cy.width() > 0 ? { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 } : null;
}

export function CytoscapeMap({ visible, linking }: { readonly visible: boolean; readonly linking: Linking }) {
  const { map, selection, mapSession, focusRequest, fitRequest, elements } = useMapSurfaceState();
  const actions = useActions();
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const shown = useRef({ session: -1, index: new Map<string, ElementDefinition>() });
  // Placement looks at the map only when the map changed: a new size, colour or highlight must not
  // place nodes while the first layout's positions are still on their way to the disk.
  const placedFor = useRef<MapDocument | null>(null);
  const events = useRef({ tapNode: (_id: string, _shift: boolean) => {}, tapBackground: () => {} });

  useEffect(() => {
    if (!containerRef.current) return;
    const instance = cytoscape({
      container: containerRef.current,
      style: buildStylesheet(),
      elements: [],
      minZoom: ZOOM_LIMITS.min,
      maxZoom: ZOOM_LIMITS.max,
      wheelSensitivity: 0.4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    instance.on('tap', 'node', (e) => events.current.tapNode(e.target.id() as string, (e.originalEvent as MouseEvent | undefined)?.shiftKey === true));
    instance.on('tap', (e) => {
      if (e.target === instance) events.current.tapBackground();
    });
    instance.on('dragfree', 'node', (e) => {
      const p = e.target.position() as Point;
      void actions.setPositions(new Map([[e.target.id() as string, { x: Math.round(p.x), y: Math.round(p.y) }]]), true);
    });
    // The view, as the canvas surface shows it: read by the end-to-end tests to find a node on screen.
    const container = containerRef.current;
    instance.on('viewport resize', () => {
      container.dataset.zoom = String(instance.zoom());
      container.dataset.panX = String(instance.pan().x);
      container.dataset.panY = String(instance.pan().y);
    });
    // Cytoscape remembers where its box is on the page and hears of a move only 100 ms later (or,
    // for a move without a resize, never): a notice or hint above the map would make the next click
    // land beside the node it was aimed at. Each press measures the box afresh.
    const renderer = (instance as unknown as { renderer?: () => { invalidateContainerClientCoordsCache?: () => void } }).renderer?.();
    const remeasure = () => renderer?.invalidateContainerClientCoordsCache?.();
    container.addEventListener('pointerdown', remeasure, true);
    container.addEventListener('pointerenter', remeasure, true);
    actions.setPlacement((map) => placeNew(map, viewBox(instance)));
    setCy(instance);
    return () => {
      actions.setPlacement(() => null);
      container.removeEventListener('pointerdown', remeasure, true);
      container.removeEventListener('pointerenter', remeasure, true);
      instance.destroy();
      shown.current = { session: -1, index: new Map() };
      setCy(null);
    };
  }, [actions]);

  useEffect(() => {
    events.current = { tapNode: linking.tapNode, tapBackground: linking.tapBackground };
  }, [linking.tapNode, linking.tapBackground]);

  const { running, arrange, requestFit, isRunning } = useMapLayout(cy, visible);
  useHighlightFocus(cy, visible);

  useEffect(() => {
    if (!cy || !map) return;
    const fresh = shown.current.session !== mapSession;
    // Marks for the profile bench (test/bench/ui-profile.ts): when a newly opened map reaches the
    // graph, how long handing it over takes, and when its first frame is drawn.
    if (fresh) performance.mark('map:open');
    if (fresh) shown.current = { session: mapSession, index: new Map() };
    const diff = diffElements(shown.current.index, elements);
    cy.batch(() => {
      if (fresh) cy.elements().remove();
      for (const id of diff.removed) cy.getElementById(id).remove();
      if (diff.added.length > 0) cy.add(diff.added);
      for (const e of diff.changed) cy.getElementById(String(e.data.id)).data(e.data).classes(e.classes ?? '');
      for (const e of diff.moved) if (e.position) cy.getElementById(String(e.data.id)).position(e.position);
    });
    shown.current.index = indexElements(elements);
    // Read by the end-to-end tests: how many nodes Cytoscape styles with the ticked ring.
    cy.container()?.setAttribute('data-ticked', String(tickedRings(cy)));
    if (!isRunning() && (fresh || placedFor.current !== map)) {
      placedFor.current = map;
      const save = (positions: Map<string, Point>) => void actions.setPositions(positions, false);
      const placement = placementFor(map, fresh, viewBox(cy));
      if (placement === 'arrange') arrange(map, save);
      else if (placement) {
        cy.batch(() => placement.forEach((p, id) => cy.getElementById(id).position(p)));
        save(placement);
        // Several at once (an import, a merge) may fill the view and spill past it: show them all.
        if (!fresh && placement.size > 1) requestFit();
      }
    }
    if (fresh) requestFit();
    if (fresh) {
      performance.measure('map:handed to Cytoscape', 'map:open');
      cy.one('render', () => performance.measure('map:first frame', 'map:open'));
    }
  }, [cy, map, elements, mapSession, actions, arrange, requestFit, isRunning]);

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

/** Nodes whose computed style is the ticked ring (a later rule, such as the selection's, may win). */
function tickedRings(cy: Core): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(TICKED_COLOUR.slice(i, i + 2), 16));
  const colour = `rgb(${r},${g},${b})`;
  return cy.nodes('.ticked').filter((n) => n.style('border-color') === colour && parseFloat(String(n.style('border-width'))) === TICKED_RING_WIDTH).length;
}
