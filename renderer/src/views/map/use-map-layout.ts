// Runs the force layout (in its worker), applies it to the live graph and fits the view; also
// keeps the canvas sized right when the map view is shown again after the list.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapDocument } from '../../../../shared/model';
import type { Point } from '../../graph/placement';
import { useActions } from '../../state/use-store';
import { describeFailure } from '../../state/failure';
import { layoutMap } from '../../workers/layout-client';

export function useMapLayout(cy: Core | null, visible: boolean) {
  const actions = useActions();
  const [running, setRunning] = useState(false);
  const runningRef = useRef(false);
  const fitPending = useRef(false);

  const fit = useCallback(() => {
    if (!cy) return;
    if (cy.width() === 0) {
      fitPending.current = true;
      return;
    }
    fitPending.current = false;
    cy.fit(cy.elements(':visible'), 40);
    if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }, [cy]);

  useEffect(() => {
    if (!cy || !visible) return;
    cy.resize();
    if (fitPending.current) fit();
  }, [cy, visible, fit]);

  const arrange = useCallback(
    (map: MapDocument, save: (positions: Map<string, Point>) => void) => {
      if (!cy || runningRef.current) return;
      runningRef.current = true;
      setRunning(true);
      layoutMap(map)
        .then((result) => {
          const positions = new Map(Object.entries(result));
          if (!cy.destroyed()) {
            cy.batch(() => positions.forEach((p, id) => cy.getElementById(id).position(p)));
            fit();
          }
          save(positions);
        })
        .catch((error: unknown) => actions.notify('error', `Could not arrange the map: ${describeFailure(error)} The nodes stay where they were.`))
        .finally(() => {
          runningRef.current = false;
          setRunning(false);
        });
    },
    [cy, fit, actions],
  );

  const requestFit = useCallback(() => {
    if (!runningRef.current) fit();
  }, [fit]);

  const isRunning = useCallback(() => runningRef.current, []);

  return { running, arrange, requestFit, isRunning };
}
