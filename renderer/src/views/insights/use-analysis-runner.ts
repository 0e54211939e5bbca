// Keeps the analysis running beside the window for as long as the app is shown: one worker, one
// runner, both ended when the app unmounts. The snapshot schedule lives beside them, because a
// fresh analysis result is what lets it take a due snapshot.
import { useContext, useEffect } from 'react';
import { startAnalysisRunner } from '../../state/insights-runner';
import { startSnapshotSchedule } from '../../state/journey-schedule';
import { StoreContext } from '../../state/use-store';
import { createAnalysisClient } from '../../workers/analysis-client';

/** At most this long does a newly opened map's analysis wait for its first frame (a hidden map view draws none). */
const FIRST_FRAME_WAIT_MS = 2_000;

export function useAnalysisRunner(): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!store) return;
    const client = createAnalysisClient();
    const stop = startAnalysisRunner(store, (seq, map, committeeId, onFirst) => client.analyze(seq, map, committeeId, onFirst), {
      firstFrameWaitMs: FIRST_FRAME_WAIT_MS,
    });
    const stopSchedule = startSnapshotSchedule(store);
    return () => {
      stopSchedule();
      stop();
      client.dispose();
    };
  }, [store]);
}
