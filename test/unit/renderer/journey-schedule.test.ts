// The scheduled snapshot against the real store on a fixed clock: taken once when the analysis is
// current and one is due, announced, one undo step; never twice for a period, not on a stale
// analysis, not again after the user undid it, retried after a failed save only on a new result.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { setSnapshotSchedule } from '../../../shared/journey/snapshot-schedule';
import { addSnapshot, takeSnapshot } from '../../../shared/journey/snapshots';
import type { MapDocument } from '../../../shared/model';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { startAnalysisRunner } from '../../../renderer/src/state/insights/insights-runner';
import { startSnapshotSchedule } from '../../../renderer/src/state/journey/journey-schedule';
import { journeyMap } from '../journey/journey-map';
import { createFakeApi } from './fake-api';

const LAST = '2026-01-05T09:00:00.000Z';

/** The Riverside journey map on a monthly schedule, last snapshot on 5 January. */
function monthlyMap(): MapDocument {
  const map = setSnapshotSchedule(journeyMap(), 'monthly');
  return addSnapshot(map, takeSnapshot(map, analyzeMap(map), LAST, { id: 'jan', label: 'January' }));
}

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length > 0) stops.pop()?.();
});

async function setup(map: MapDocument = monthlyMap(), clockStart = '2026-02-10T12:00:00.000Z', recheckMs = 60_000) {
  const api = createFakeApi(map);
  const clock = { now: clockStart };
  let n = 0;
  const store = createAppStore(api, { now: () => clock.now, newId: () => `gen-${++n}`, settings: null });
  await store.actions.start();
  stops.push(startSnapshotSchedule(store, { now: () => clock.now, recheckMs }));
  const settle = async () => {
    await store.idle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await store.idle();
  };
  /** What the runner does: number a request, then hand back the analysis of the map as it is. */
  const analyse = async () => {
    const seq = store.actions.analysisRequested(false);
    store.actions.analysisFinished(seq, analyzeMap(store.getState().map!));
    await settle();
    return seq;
  };
  const snapshots = () => store.getState().map!.snapshots.map((s) => [s.id, s.label, s.takenAt]);
  const notices = () => store.getState().notices.map((x) => x.message);
  return { api, store, clock, analyse, settle, snapshots, notices };
}

describe('the snapshot schedule in the window', () => {
  it('waits for the exact figures: a big map’s first, estimated answer takes no snapshot', async () => {
    const { store, settle, snapshots } = await setup();
    const seq = store.actions.analysisRequested(false);
    const estimate = { samples: 10, stakeholders: 40, epsilon: 0.5, confidence: 0.9, boundMethod: 'Hoeffding', closenessSearches: 40 };
    store.actions.analysisFinished(seq, { ...analyzeMap(store.getState().map!), estimate });
    await settle();
    expect(snapshots()).toHaveLength(1);
    store.actions.analysisFinished(seq, analyzeMap(store.getState().map!));
    await settle();
    expect(snapshots()).toHaveLength(2);
  });

  it('takes one due snapshot on a current analysis, announces it, and repeated results add no second', async () => {
    const { api, store, analyse, settle, snapshots, notices } = await setup();
    expect(api.saved).toHaveLength(0);
    const seq = await analyse();
    expect(snapshots()).toEqual([
      ['jan', 'January', LAST],
      ['gen-1', 'Scheduled (monthly)', '2026-02-10T12:00:00.000Z'],
    ]);
    expect(api.onDisk()?.snapshots).toHaveLength(2);
    expect(notices()).toContain("A scheduled snapshot was taken (every month). Undo removes it; the schedule is set in the journey's Snapshots tab.");
    expect(store.getState().history.past).toHaveLength(1);
    // The same answer delivered again, and fresh answers for the same map: nothing more.
    store.actions.analysisFinished(seq, analyzeMap(store.getState().map!));
    await settle();
    await analyse();
    await analyse();
    expect(snapshots()).toHaveLength(2);
    expect(api.saved).toHaveLength(1);
  });

  it('Undo removes it, and it is not taken again for that period while the map stays open', async () => {
    const { api, store, analyse, snapshots, notices } = await setup();
    await analyse();
    expect(await store.actions.undo()).toBe(true);
    expect(snapshots()).toEqual([['jan', 'January', LAST]]);
    await analyse();
    // A new edit clears redo; the period is still the one the user undid.
    expect(await store.actions.editJourney('the step', (m) => ({ ...m, steps: [{ id: 'evaluate', status: 'in-progress', notes: '' }] }))).toBe(true);
    await analyse();
    expect(snapshots()).toEqual([['jan', 'January', LAST]]);
    expect(api.saved).toHaveLength(3);
    expect(notices().filter((m) => m.startsWith('A scheduled snapshot'))).toHaveLength(1);
  });

  it('waits while the analysis is behind the map, and takes nothing when none is due or the schedule is off', async () => {
    const { store, analyse, settle, snapshots } = await setup();
    const stale = store.actions.analysisRequested(false);
    store.actions.analysisRequested(false);
    store.actions.analysisFinished(stale, analyzeMap(store.getState().map!));
    await settle();
    expect(snapshots()).toHaveLength(1);

    const off = await setup(journeyMap());
    await off.analyse();
    expect(off.snapshots()).toEqual([]);

    const early = await setup(monthlyMap(), '2026-02-05T08:59:59.000Z');
    await early.analyse();
    expect(early.snapshots()).toHaveLength(1);
    await analyse();
    expect(snapshots()).toHaveLength(2);
  });

  it('waits out a presentation (no notice on the projector) and takes it when the presentation ends', async () => {
    const { store, analyse, settle, snapshots } = await setup();
    store.actions.togglePresentation();
    await analyse();
    expect(snapshots()).toHaveLength(1);
    store.actions.togglePresentation();
    await settle();
    expect(snapshots()).toHaveLength(2);
  });

  it('takes the first one as soon as the user turns the schedule on, as its own undo step', async () => {
    const { api, store, analyse, snapshots } = await setup(journeyMap());
    await analyse();
    expect(await store.actions.editJourney('the snapshot schedule', (m) => setSnapshotSchedule(m, 'weekly'))).toBe(true);
    expect(api.onDisk()?.snapshotSchedule).toBe('weekly');
    await analyse();
    expect(snapshots()).toEqual([['gen-1', 'Scheduled (weekly)', '2026-02-10T12:00:00.000Z']]);
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('after a failed save it tries again on the next analysis result, not on every store change', async () => {
    const { api, store, settle, analyse, snapshots, notices } = await setup();
    api.failNextSave('disk full');
    await analyse();
    expect(snapshots()).toHaveLength(1);
    expect(notices().filter((m) => m.startsWith('Could not save the scheduled snapshot'))).toHaveLength(1);
    expect(api.saved).toHaveLength(0);
    // Store changes that bring no new analysis (a view switch, the next save notice) retry nothing.
    store.actions.setView('list');
    await settle();
    expect(api.saved).toHaveLength(0);
    await analyse();
    expect(snapshots()).toHaveLength(2);
    expect(api.saved).toHaveLength(1);
  });

  it('waits while redo is possible, so the scheduled step never throws away what the user stepped back from', async () => {
    const { store, clock, analyse, snapshots } = await setup(monthlyMap(), '2026-02-01T00:00:00.000Z');
    await analyse();
    expect(await store.actions.editJourney('the step', (m) => ({ ...m, steps: [{ id: 'evaluate', status: 'done', notes: '' }] }))).toBe(true);
    expect(await store.actions.undo()).toBe(true);
    clock.now = '2026-02-10T12:00:00.000Z';
    await analyse();
    expect(snapshots()).toHaveLength(1);
    expect(await store.actions.redo()).toBe(true);
    await analyse();
    expect(snapshots()).toHaveLength(2);
    expect(store.getState().map!.steps).toEqual([{ id: 'evaluate', status: 'done', notes: '' }]);
  });

  it('skips an analysis of a map another edit has since replaced', async () => {
    const { api, store, settle, snapshots } = await setup();
    const release = api.holdSaves();
    const seq = store.actions.analysisRequested(false);
    const before = store.getState().map!;
    // A user edit waits in the queue (its save held): when the schedule's edit runs after it, the
    // map is no longer the one analysed.
    const edit = store.actions.editJourney('the step', (m) => ({ ...m, steps: [{ id: 'evaluate', status: 'done', notes: '' }] }));
    store.actions.analysisFinished(seq, analyzeMap(before));
    release();
    expect(await edit).toBe(true);
    await settle();
    expect(snapshots()).toHaveLength(1);
    expect(api.saved).toHaveLength(1);
  });

  it('with the window left open, the slow clock takes it once the due moment passes', async () => {
    const { clock, analyse, snapshots } = await setup(monthlyMap(), '2026-02-05T08:00:00.000Z', 5);
    await analyse();
    expect(snapshots()).toHaveLength(1);
    clock.now = '2026-02-05T09:00:00.000Z';
    await vi.waitFor(() => expect(snapshots()).toHaveLength(2));
  });

  it('works with the real runner: opening a due map takes the snapshot after the first analysis', async () => {
    const { store, settle, snapshots } = await setup();
    stops.push(startAnalysisRunner(store, async (_seq, map) => analyzeMap(map), 0));
    await vi.waitFor(() => expect(snapshots()).toHaveLength(2));
    await settle();
    // The snapshot changed the map, so the runner analysed again; that answer takes nothing more.
    await vi.waitFor(() => expect(store.getState().insights.analysis.result?.seq).toBe(store.getState().insights.analysis.requested));
    await settle();
    expect(snapshots()).toHaveLength(2);
  });
});
