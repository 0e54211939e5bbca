// Keeps the analysis running beside the window for as long as the app is shown: one worker, one
// runner, both ended when the app unmounts.
import { useContext, useEffect } from 'react';
import { startAnalysisRunner } from '../../state/insights-runner';
import { StoreContext } from '../../state/use-store';
import { createAnalysisClient } from '../../workers/analysis-client';

export function useAnalysisRunner(): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!store) return;
    const client = createAnalysisClient();
    const stop = startAnalysisRunner(store, (seq, map, committeeId) => client.analyze(seq, map, committeeId));
    return () => {
      stop();
      client.dispose();
    };
  }, [store]);
}
