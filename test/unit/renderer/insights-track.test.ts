// The stale-result guard: only the answer to the newest request is kept, and the view never calls
// an older answer current.
import { describe, expect, it } from 'vitest';
import { analyzeMap, type Insights } from '../../../shared/analysis';
import { acceptFailure, acceptResult, analysisView, requestAnalysis } from '../../../renderer/src/state/insights/insights-track';
import { initialInsightsState } from '../../../renderer/src/state/insights/insights-state';
import { smallMap } from './map-fixture';

const start = initialInsightsState.analysis;
const insights: Insights = analyzeMap(smallMap());
const other: Insights = { ...insights, summary: { ...insights.summary, members: 99 } };

describe('analysis sequence guard', () => {
  it('is idle before any request, then waiting, then current', () => {
    expect(analysisView(start)).toEqual({ status: 'idle' });
    const asked = requestAnalysis(start, true);
    expect(asked.requested).toBe(1);
    expect(analysisView(asked)).toEqual({ status: 'waiting' });
    expect(analysisView(acceptResult(asked, 1, insights))).toEqual({ status: 'current', insights });
  });

  it('drops a result that answers an older request', () => {
    const second = requestAnalysis(requestAnalysis(start, true), false);
    const late = acceptResult(second, 1, other);
    expect(late).toBe(second);
    expect(analysisView(late)).toEqual({ status: 'waiting' });
  });

  it('says "updating" with the older answer while a newer request runs, and never calls it current', () => {
    const done = acceptResult(requestAnalysis(start, true), 1, insights);
    const editing = requestAnalysis(done, false);
    expect(analysisView(editing)).toEqual({ status: 'updating', insights });
    const finished = acceptResult(editing, 2, other);
    expect(analysisView(finished)).toEqual({ status: 'current', insights: other });
  });

  it('forgets the old map’s answer when a different map is opened', () => {
    const done = acceptResult(requestAnalysis(start, true), 1, insights);
    const reopened = requestAnalysis(done, true);
    expect(reopened.result).toBeNull();
    expect(analysisView(reopened)).toEqual({ status: 'waiting' });
  });

  it('keeps a failure only for the newest request, and a later success clears it', () => {
    const asked = requestAnalysis(requestAnalysis(start, true), false);
    expect(acceptFailure(asked, 1, 'old')).toBe(asked);
    const failed = acceptFailure(asked, 2, 'The worker ran out of memory.');
    expect(analysisView(failed)).toEqual({ status: 'failed', message: 'The worker ran out of memory.' });
    const retried = acceptResult(requestAnalysis(failed, false), 3, insights);
    expect(retried.failure).toBeNull();
    expect(analysisView(retried).status).toBe('current');
  });
});
