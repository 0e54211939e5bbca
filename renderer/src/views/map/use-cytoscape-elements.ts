// Keeps the Cytoscape instance showing the element list: a newly opened map replaces everything,
// any later change is a diff applied in one batch, and stakeholders without a position are placed
// (or the whole map arranged) when the map itself changed.
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { MapDocument } from '../../../../shared/model';
import { diffElements, indexElements } from '../../graph/diff';
import { placementFor, type Point } from '../../graph/placement';
import { TICKED_COLOUR, TICKED_RING_WIDTH } from '../../graph/stylesheet';
import { useActions } from '../../state/core/use-store';
import { viewBox } from './use-cytoscape';

interface Shown {
  readonly map: MapDocument | null;
  readonly elements: readonly ElementDefinition[];
  readonly mapSession: number;
}

interface Layout {
  readonly arrange: (map: MapDocument, save: (positions: Map<string, Point>) => void) => void;
  readonly requestFit: () => void;
  readonly isRunning: () => boolean;
}

export function useCytoscapeElements(cy: Core | null, { map, elements, mapSession }: Shown, { arrange, requestFit, isRunning }: Layout): void {
  const actions = useActions();
  const shown = useRef({ session: -1, index: new Map<string, ElementDefinition>() });
  // Placement looks at the map only when the map changed: a new size, colour or highlight must not
  // place nodes while the first layout's positions are still on their way to the disk.
  const placedFor = useRef<MapDocument | null>(null);

  // A new instance starts empty: what the old one showed is no base for a diff.
  useEffect(
    () => () => {
      shown.current = { session: -1, index: new Map() };
    },
    [cy],
  );

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
}

/** Nodes whose computed style is the ticked ring (a later rule, such as the selection's, may win). */
function tickedRings(cy: Core): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(TICKED_COLOUR.slice(i, i + 2), 16));
  const colour = `rgb(${r},${g},${b})`;
  return cy.nodes('.ticked').filter((n) => n.style('border-color') === colour && parseFloat(String(n.style('border-width'))) === TICKED_RING_WIDTH).length;
}
