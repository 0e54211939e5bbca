// "Re-arrange" (and the first layout of a map opened without positions), shared by both map
// surfaces: runs the force layout in its worker, one run at a time, hands the positions to the
// surface and then to the store, and says in words when it fails.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapDocument } from '../../../../shared/model';
import type { Point } from '../../graph/placement';
import { describeFailure } from '../../state/core/failure';
import { useActions } from '../../state/core/use-store';
import { layoutMap } from '../../workers/layout-client';

export function useArrange(showPositions: (positions: Map<string, Point>) => void) {
  const actions = useActions();
  const [arranging, setArranging] = useState(false);
  const running = useRef(false);
  const latest = useRef(showPositions);
  useEffect(() => {
    latest.current = showPositions;
  });

  const arrange = useCallback(
    (map: MapDocument, save: (positions: Map<string, Point>) => void) => {
      if (running.current) return;
      running.current = true;
      setArranging(true);
      layoutMap(map)
        .then((result) => {
          const positions = new Map(Object.entries(result));
          latest.current(positions);
          save(positions);
        })
        .catch((error: unknown) => actions.notify('error', `Could not arrange the map: ${describeFailure(error)} The nodes stay where they were.`))
        .finally(() => {
          running.current = false;
          setArranging(false);
        });
    },
    [actions],
  );
  const isArranging = useCallback(() => running.current, []);
  return { arranging, arrange, isArranging };
}
