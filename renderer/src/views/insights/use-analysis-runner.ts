// Keeps the analysis running beside the window for as long as the app is shown: one worker, one
// runner, both ended when the app unmounts. The snapshot schedule lives beside them, because a
// fresh analysis result is what lets it take a due snapshot.
import { useContext, useEffect } from 'react';
import { startAnalysisRunner } from '../../state/insights/insights-runner';
import { startSnapshotSchedule } from '../../state/journey/journey-schedule';
import { StoreContext } from '../../state/core/use-store';
import { createAnalysisClient } from '../../workers/analysis-client';
import { afterPictureShown } from '../first-picture';

export function useAnalysisRunner(): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!store) return;
    const client = createAnalysisClient();
    client.warm();
    // A newly opened map is handed to the analysis once its first picture is on the screen.
    const stop = startAnalysisRunner(store, (seq, map, committeeId, onFirst) => client.analyze(seq, map, committeeId, onFirst), undefined, afterPictureShown);
    const stopSchedule = startSnapshotSchedule(store);
    return () => {
      stopSchedule();
      stop();
      client.dispose();
    };
  }, [store]);
}
