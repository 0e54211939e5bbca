// The one Cytoscape instance of the small-map surface, created once per mount: taps go to the
// current linking handlers, a dragged node's position is saved, and new stakeholders are placed
// within the view the instance shows.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { ZOOM_LIMITS } from '../../graph/canvas/view';
import type { Box } from '../../graph/level-of-detail';
import { placeNew, type Point } from '../../graph/placement';
import { buildStylesheet } from '../../graph/stylesheet';
import { useActions } from '../../state/core/use-store';
import { HIDDEN_LABEL_STYLE } from './use-cytoscape-labels';
import type { Linking } from './use-linking';

/** The model box the screen shows, or null before the map has a size. */
export function viewBox(cy: Core): Box | null {
  const e = cy.extent();
  return [e.x1, e.y1, e.x2, e.y2].every(Number.isFinite) && cy.width() > 0 ? { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 } : null;
}

export function useCytoscape(containerRef: RefObject<HTMLDivElement | null>, linking: Linking): Core | null {
  const actions = useActions();
  const [cy, setCy] = useState<Core | null>(null);
  const events = useRef({ tapNode: (_id: string, _shift: boolean) => {}, tapBackground: () => {} });

  useEffect(() => {
    if (!containerRef.current) return;
    const instance = cytoscape({
      container: containerRef.current,
      style: [...buildStylesheet(), HIDDEN_LABEL_STYLE],
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
      setCy(null);
    };
  }, [actions, containerRef]);

  useEffect(() => {
    events.current = { tapNode: linking.tapNode, tapBackground: linking.tapBackground };
  }, [linking.tapNode, linking.tapBackground]);

  return cy;
}
