// Keeps the analysis running beside the window for as long as the app is shown: one worker, one
// runner, both ended when the app unmounts. The snapshot schedule lives beside them, because a
// fresh analysis result is what lets it take a due snapshot.
import { useContext, useEffect } from 'react';
import { startAnalysisRunner } from '../../state/insights/insights-runner';
import { startSnapshotSchedule } from '../../state/journey/journey-schedule';
import { StoreContext } from '../../state/core/use-store';
import { createAnalysisClient } from '../../workers/analysis-client';

export function useAnalysisRunner(): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!store) return;
    const client = createAnalysisClient();
    client.warm();
    const stop = startAnalysisRunner(store, (seq, map, committeeId, onFirst) => client.analyze(seq, map, committeeId, onFirst));
    const stopSchedule = startSnapshotSchedule(store);
    return () => {
      stopSchedule();
      stop();
      client.dispose();
    };
  }, [store]);
}
