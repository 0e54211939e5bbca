// The panel's view of the analysis: what to show and whether it is current.
import { useMemo } from 'react';
import { analysisView, type AnalysisView } from '../../state/insights/insights-track';
import { useAppState } from '../../state/core/use-store';

export function useAnalysisView(): AnalysisView {
  const track = useAppState((s) => s.insights.analysis);
  return useMemo(() => analysisView(track), [track]);
}
