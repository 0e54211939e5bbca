// Runs the force layout (in its worker), applies it to the live graph and fits the view; also
// keeps the canvas sized right when the map view is shown again after the list.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import type { MapDocument } from '../../../../shared/model';
import type { Point } from '../../graph/placement';
import { useArrange } from './use-arrange';

export function useMapLayout(cy: Core | null, visible: boolean) {
  const fitPending = useRef(false);

  const fit = useCallback(() => {
    if (!cy) return;
    if (cy.width() === 0) {
      fitPending.current = true;
      return;
    }
    fitPending.current = false;
    const shown = cy.elements(':visible');
    if (shown.empty()) {
      // Nothing to fit (a new empty map): the plain view, not the last map's zoom, where the first
      // people would show as dots too small to carry their names.
      cy.viewport({ zoom: 1, pan: { x: cy.width() / 2, y: cy.height() / 2 } });
      return;
    }
    cy.fit(shown, 40);
    if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }, [cy]);

  useEffect(() => {
    if (!cy || !visible) return;
    cy.resize();
    if (fitPending.current) fit();
  }, [cy, visible, fit]);

  const layout = useArrange((positions) => {
    if (!cy || cy.destroyed()) return;
    cy.batch(() => positions.forEach((p, id) => cy.getElementById(id).position(p)));
    fit();
  });
  const { arrange: arrangeMap, isArranging: isRunning } = layout;
  const arrange = useCallback(
    (map: MapDocument, save: (positions: Map<string, Point>) => void) => {
      if (cy) arrangeMap(map, save);
    },
    [cy, arrangeMap],
  );

  const requestFit = useCallback(() => {
    if (!isRunning()) fit();
  }, [fit, isRunning]);

  return { running: layout.arranging, arrange, requestFit, isRunning };
}
