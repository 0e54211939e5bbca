// Pure: the sequence-number guard between the map and the analysis. Requests count up; answers
// for anything but the newest request are dropped; the view says whether what it shows is current.
import type { Insights } from '../../../../shared/analysis';
import type { AnalysisTrack } from './insights-state';

/** A new request. `freshMap`: a different map was opened, so the old answer says nothing about it. */
export function requestAnalysis(track: AnalysisTrack, freshMap: boolean): AnalysisTrack {
  return {
    requested: track.requested + 1,
    result: freshMap ? null : track.result,
    failure: freshMap ? null : track.failure,
  };
}

export function acceptResult(track: AnalysisTrack, seq: number, insights: Insights): AnalysisTrack {
  if (seq !== track.requested) return track;
  return { ...track, result: { seq, insights }, failure: null };
}

export function acceptFailure(track: AnalysisTrack, seq: number, message: string): AnalysisTrack {
  if (seq !== track.requested) return track;
  return { ...track, failure: { seq, message } };
}

export type AnalysisView =
  | { readonly status: 'idle' }
  /** The first analysis of this map is running: nothing to show yet. */
  | { readonly status: 'waiting' }
  | { readonly status: 'current'; readonly insights: Insights }
  /** A newer map is being analysed; `insights` describe the map as it was before. */
  | { readonly status: 'updating'; readonly insights: Insights }
  /** The newest run failed; older answers are not shown in its place. */
  | { readonly status: 'failed'; readonly message: string };

export function analysisView(track: AnalysisTrack): AnalysisView {
  const { requested, result, failure } = track;
  if (requested === 0) return { status: 'idle' };
  if (failure && failure.seq === requested) return { status: 'failed', message: failure.message };
  if (!result) return { status: 'waiting' };
  if (result.seq === requested) return { status: 'current', insights: result.insights };
  return { status: 'updating', insights: result.insights };
}
