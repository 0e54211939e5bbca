// The runner against the real store: debounced requests, "Updating…" at once, late answers
// dropped, moves of nodes starting nothing, a new map forgetting the old highlight.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeMap, type Insights } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { onlyPositionsDiffer, startAnalysisRunner } from '../../../renderer/src/state/insights/insights-runner';
import { analysisView } from '../../../renderer/src/state/insights/insights-track';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { createFakeApi } from './fake-api';
import { smallMap } from './map-fixture';

interface Call {
  readonly seq: number;
  readonly map: MapDocument;
  readonly first: (insights: Insights) => void;
  resolve(insights: Insights): void;
  reject(error: Error): void;
}

async function setup() {
  let n = 0;
  const store = createAppStore(createFakeApi(smallMap()), { now: () => '2025-03-01T10:00:00.000Z', newId: () => `n${++n}` });
  const calls: Call[] = [];
  const analyze = (seq: number, map: MapDocument, _committee: string | null, first: (insights: Insights) => void) =>
    new Promise<Insights>((resolve, reject) => calls.push({ seq, map, first, resolve, reject }));
  const stop = startAnalysisRunner(store, analyze, 300);
  await store.actions.start();
  const view = () => analysisView(store.getState().insights.analysis);
  return { store, a: store.actions, calls, stop, view };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('analysis runner', () => {
  it('starts a newly opened map at its first frame, without the pause that waits out edits', async () => {
    const store = createAppStore(createFakeApi(smallMap()), { now: () => '2025-03-01T10:00:00.000Z' });
    const frames: (() => void)[] = [];
    const started: MapDocument[] = [];
    const stop = startAnalysisRunner(
      store,
      (_seq, map) => {
        started.push(map);
        return new Promise<Insights>(() => undefined);
      },
      300,
      (run) => {
        frames.push(run);
        return () => frames.splice(frames.indexOf(run), 1);
      },
    );
    await store.actions.start();
    expect(started).toHaveLength(0);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(started).toEqual([store.getState().map]);
    // Edits after that wait out the pause as before.
    await store.actions.saveStakeholder(null, { ...blankDraft(), name: 'One' }, false);
    await vi.advanceTimersByTimeAsync(299);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toHaveLength(2);
    stop();
  });

  it('starts one run after a quiet spell, however many edits came before', async () => {
    const { a, calls, view, store } = await setup();
    expect(view().status).toBe('waiting');
    await a.saveStakeholder(null, { ...blankDraft(), name: 'One' }, false);
    await a.saveStakeholder(null, { ...blankDraft(), name: 'Two' }, false);
    await vi.advanceTimersByTimeAsync(299);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.map).toBe(store.getState().map);
    calls[0]?.resolve(analyzeMap(calls[0].map));
    await vi.runAllTimersAsync();
    expect(view().status).toBe('current');
  });

  it('shows a big map’s first answer, marked as an estimate, until the exact one arrives', async () => {
    const { calls, view } = await setup();
    await vi.advanceTimersByTimeAsync(300);
    const call = calls[0];
    if (!call) throw new Error('no run');
    const estimate = { samples: 2, stakeholders: 4, epsilon: 0.5, confidence: 0.9, boundMethod: 'Hoeffding', closenessSearches: 4 };
    call.first({ ...analyzeMap(call.map), estimate });
    const shown = view();
    expect(shown.status === 'current' && shown.insights.estimate).toEqual(estimate);
    call.resolve(analyzeMap(call.map));
    await vi.runAllTimersAsync();
    const exact = view();
    expect(exact.status).toBe('current');
    expect(exact.status === 'current' && exact.insights.estimate).toBeUndefined();
  });

  it('shows "updating" right after an edit and drops the answer for the older map', async () => {
    const { a, calls, view } = await setup();
    await vi.advanceTimersByTimeAsync(300);
    const first = calls[0];
    if (!first) throw new Error('no first run');
    first.resolve(analyzeMap(first.map));
    await vi.advanceTimersByTimeAsync(0);
    expect(view().status).toBe('current');

    await a.saveStakeholder(null, { ...blankDraft(), name: 'Newcomer', categories: ['policymaker'], stage: 'member' }, false);
    expect(view().status).toBe('updating');
    await vi.advanceTimersByTimeAsync(300);
    const older = calls[1];
    if (!older) throw new Error('no second run');
    // Another edit lands while the second run is still going: its answer must not be shown.
    await a.saveStakeholder(null, { ...blankDraft(), name: 'Later' }, false);
    older.resolve(analyzeMap(older.map));
    await vi.advanceTimersByTimeAsync(0);
    expect(view().status).toBe('updating');
    await vi.advanceTimersByTimeAsync(300);
    const latest = calls[2];
    if (!latest) throw new Error('no third run');
    latest.resolve(analyzeMap(latest.map));
    await vi.advanceTimersByTimeAsync(0);
    const shown = view();
    expect(shown.status).toBe('current');
    if (shown.status === 'current') expect(shown.insights.summary.stakeholders).toBe(6);
  });

  it('reports a failure in words for the newest run only', async () => {
    const { calls, view } = await setup();
    await vi.advanceTimersByTimeAsync(300);
    calls[0]?.reject(new Error('The analysis stopped with an error: out of memory'));
    await vi.advanceTimersByTimeAsync(0);
    expect(view()).toEqual({ status: 'failed', message: 'The analysis stopped with an error: out of memory.' });
  });

  it('starts nothing when only positions change', async () => {
    const { a, calls, store } = await setup();
    await vi.advanceTimersByTimeAsync(300);
    const before = store.getState().insights.analysis.requested;
    await a.setPositions(new Map([['s4', { x: 40, y: 40 }]]), false);
    await vi.advanceTimersByTimeAsync(300);
    expect(store.getState().insights.analysis.requested).toBe(before);
    expect(calls).toHaveLength(1);
  });

  it('forgets the highlight and the old answer when another map is opened, and stops cleanly', async () => {
    const { a, calls, view, store, stop } = await setup();
    await vi.advanceTimersByTimeAsync(300);
    calls[0]?.resolve(analyzeMap(calls[0].map));
    await vi.advanceTimersByTimeAsync(0);
    a.highlight({ ids: ['s1'], label: 'Maria' });
    await a.newMap('empty', 'Another coalition');
    expect(store.getState().insights.highlight).toBeNull();
    expect(view().status).toBe('waiting');
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
  });
});

describe('onlyPositionsDiffer', () => {
  it('tells a move from a real change', () => {
    const map = smallMap();
    const moved = { ...map, stakeholders: map.stakeholders.map((s, i) => (i === 0 ? { ...s, position: { x: 9, y: 9 } } : s)) };
    expect(onlyPositionsDiffer(map, moved)).toBe(true);
    const placed = { ...map, stakeholders: map.stakeholders.map((s) => (s.position ? s : { ...s, position: { x: 1, y: 2 } })) };
    expect(onlyPositionsDiffer(map, placed)).toBe(true);
    const renamed = { ...map, stakeholders: map.stakeholders.map((s, i) => (i === 0 ? { ...s, name: 'Other' } : s)) };
    expect(onlyPositionsDiffer(map, renamed)).toBe(false);
    expect(onlyPositionsDiffer(map, { ...map, ties: [] })).toBe(false);
  });
});
