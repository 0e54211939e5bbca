// Coverage scoped to a committee, through the runner against the real store: choosing a committee
// starts a numbered run asking for it, an answer for the previous scope is dropped, a removed
// committee falls back to the whole coalition, and another map starts unscoped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeMap, type Insights } from '../../../shared/analysis';
import { removeCommittee } from '../../../shared/journey/committees';
import type { MapDocument } from '../../../shared/model';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { committeeScope, startAnalysisRunner } from '../../../renderer/src/state/insights/insights-runner';
import { analysisView } from '../../../renderer/src/state/insights/insights-track';
import { createFakeApi } from './fake-api';
import { smallMap } from './map-fixture';

interface Call {
  readonly seq: number;
  readonly map: MapDocument;
  readonly committeeId: string | null;
  resolve(insights: Insights): void;
}

function committeeMap(): MapDocument {
  return { ...smallMap(), committees: [{ id: 'c1', name: 'Policy circle', purpose: 'Meet the council', memberIds: ['s2', 's3'] }] };
}

async function setup() {
  let n = 0;
  const store = createAppStore(createFakeApi(committeeMap()), { now: () => '2025-03-01T10:00:00.000Z', newId: () => `n${++n}` });
  const calls: Call[] = [];
  const analyze = (seq: number, map: MapDocument, committeeId: string | null) =>
    new Promise<Insights>((resolve) => calls.push({ seq, map, committeeId, resolve }));
  const stop = startAnalysisRunner(store, analyze, 300);
  await store.actions.start();
  await vi.advanceTimersByTimeAsync(300);
  const answer = async (call: Call | undefined) => {
    if (!call) throw new Error('no run was started');
    call.resolve(analyzeMap(call.map, { committeeId: call.committeeId }));
    await vi.advanceTimersByTimeAsync(0);
  };
  const shown = () => {
    const view = analysisView(store.getState().insights.analysis);
    return view.status === 'current' ? view.insights : null;
  };
  return { store, a: store.actions, calls, stop, answer, shown };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('coverage scoped to a committee', () => {
  it('runs again for the chosen committee and shows its people, dropping an answer for the old scope', async () => {
    const { a, calls, answer, shown, store } = await setup();
    expect(calls.map((c) => c.committeeId)).toEqual([null]);
    await answer(calls[0]);
    expect(shown()?.committeeCoverage).toBeUndefined();

    a.setCoverageScope('c1');
    expect(analysisView(store.getState().insights.analysis).status).toBe('updating');
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.map((c) => c.committeeId)).toEqual([null, 'c1']);
    // Back to the whole coalition before the committee's answer arrives: that answer is stale.
    a.setCoverageScope(null);
    await answer(calls[1]);
    expect(shown()).toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    expect(calls[2]?.committeeId).toBeNull();
    await answer(calls[2]);
    expect(shown()?.committeeCoverage).toBeUndefined();

    a.setCoverageScope('c1');
    await vi.advanceTimersByTimeAsync(300);
    await answer(calls[3]);
    const scoped = shown()?.committeeCoverage;
    expect(scoped).toMatchObject({ committeeId: 'c1', name: 'Policy circle', size: 2 });
    const rows = Object.fromEntries(scoped!.coverage.map((r) => [r.category, r]));
    expect(rows.policymaker).toMatchObject({ members: 1, status: 'ok' });
    expect(rows['directly-affected']).toMatchObject({ members: 0, status: 'missing', gap: 'recruitment' });
  });

  it('asks for the whole coalition once the chosen committee is removed', async () => {
    const { a, calls, answer } = await setup();
    await answer(calls[0]);
    a.setCoverageScope('c1');
    await vi.advanceTimersByTimeAsync(300);
    await answer(calls[1]);
    expect(await a.editJourney('the removal of the committee', (m) => removeCommittee(m, 'c1'))).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.map((c) => c.committeeId)).toEqual([null, 'c1', null]);
  });

  it('starts another map on the whole coalition, and asks for nothing new when the scope is chosen again', async () => {
    const { a, calls, answer, store, stop } = await setup();
    await answer(calls[0]);
    a.setCoverageScope('c1');
    await vi.advanceTimersByTimeAsync(300);
    a.setCoverageScope('c1');
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toHaveLength(2);
    await a.newMap('empty', 'Another coalition');
    expect(store.getState().insights.coverageScope).toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.map((c) => c.committeeId)).toEqual([null, 'c1', null]);
    stop();
  });

  it('names a scope only while the committee is on the map', () => {
    const map = committeeMap();
    expect(committeeScope(map, 'c1')).toBe('c1');
    expect(committeeScope(map, 'gone')).toBeNull();
    expect(committeeScope(map, null)).toBeNull();
  });
});
