// The actions behind the insights panel and the map's look. The analysis runner reports through
// the three analysis* actions; everything else is a user's choice.
import type { Insights } from '../../../../shared/analysis';
import type { LayoutChoice, LookFilter, SavedView } from '../../../../shared/views';
import type { AppState } from '../core/app-state';
import type { ColourBy, Highlight, InsightsState, SideTab, SizeFigure } from './insights-state';
import { acceptFailure, acceptResult, requestAnalysis } from './insights-track';

type SetState = (update: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;

/** The side panel shows the details tab: selecting or adding someone is asking to see them. */
export function withDetailsTab(insights: InsightsState): InsightsState {
  return insights.tab === 'details' ? insights : { ...insights, tab: 'details' };
}

export function createInsightsActions(setState: SetState, getState: () => AppState) {
  const update = (change: (i: InsightsState) => Partial<InsightsState>) =>
    setState((s) => ({ insights: { ...s.insights, ...change(s.insights) } }));

  return {
    /** Returns the request's sequence number. A fresh map also drops the old map's highlight and committee scope. */
    analysisRequested: (freshMap: boolean): number => {
      update((i) => ({
        analysis: requestAnalysis(i.analysis, freshMap),
        highlight: freshMap ? null : i.highlight,
        coverageScope: freshMap ? null : i.coverageScope,
        layoutPreview: freshMap ? null : i.layoutPreview,
      }));
      return getState().insights.analysis.requested;
    },
    analysisFinished: (seq: number, insights: Insights) => update((i) => ({ analysis: acceptResult(i.analysis, seq, insights) })),
    analysisFailed: (seq: number, message: string) => update((i) => ({ analysis: acceptFailure(i.analysis, seq, message) })),

    highlight: (highlight: Highlight) => update(() => ({ highlight })),
    clearHighlight: () => update(() => ({ highlight: null })),
    setSizeBy: (sizeBy: SizeFigure) => update(() => ({ sizeBy })),
    setColourBy: (colourBy: ColourBy) => update(() => ({ colourBy })),
    setLookFilter: (lookFilter: LookFilter | null) => update(() => ({ lookFilter })),
    setLayoutChoice: (layout: LayoutChoice) => update(() => ({ layout })),
    /** Shows positions on the map without saving them; null ends the preview. */
    previewLayout: (layoutPreview: InsightsState['layoutPreview']) => update(() => ({ layoutPreview })),
    /** Applies a saved view's colour, size, filter and (when it has one) layout choice. */
    applyView: (view: SavedView) =>
      update((i) => ({ colourBy: view.colourBy, sizeBy: view.sizeBy, lookFilter: view.filter, layout: view.layout ?? i.layout })),
    showTab: (tab: SideTab) => update(() => ({ tab })),
    /** Counts coverage over one committee (its id) or, with null, the whole coalition; the runner re-runs. */
    setCoverageScope: (committeeId: string | null) => update(() => ({ coverageScope: committeeId })),
  };
}
