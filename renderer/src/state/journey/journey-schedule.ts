// Takes the map's scheduled snapshot when one is due and the analysis answers the map as it is
// now. Checked on every store change (a fresh analysis result is one) and on a slow clock, so a
// window left open across the due moment still takes it.
//
// Undo: the scheduled snapshot is an ordinary undo step, announced by a notice. Keeping it out of
// the history was the other choice, but undo restores whole map values: undoing the user's edit
// before it would then silently drop the snapshot, which is worse than a step the user was told
// about. If the user undoes (or removes) it, it is not taken again for that period while the map
// stays open; the next period, or the next time the map is opened, brings it back.
import type { Insights } from '../../../../shared/analysis';
import { latestSnapshot, scheduleOf, snapshotDue, takeScheduledSnapshot, type SnapshotSchedule } from '../../../../shared/journey/snapshot-schedule';
import type { MapDocument } from '../../../../shared/model';
import type { Actions } from '../core/actions';
import type { AppState } from '../core/app-state';

export interface ScheduleStore {
  getState(): AppState;
  subscribe(listener: () => void): () => void;
  readonly actions: Pick<Actions, 'editJourney' | 'notify'>;
}

export interface ScheduleOptions {
  /** The clock that decides whether a snapshot is due (the store's own clock stamps it). */
  readonly now?: () => string;
  /** How often to look again while nothing in the store changes. */
  readonly recheckMs?: number;
}

export const SCHEDULE_RECHECK_MS = 15 * 60 * 1000;

const EVERY: Record<Exclude<SnapshotSchedule, 'off'>, string> = { weekly: 'week', monthly: 'month', quarterly: 'quarter' };

export const SCHEDULED_NOTICE = (schedule: Exclude<SnapshotSchedule, 'off'>) =>
  `A scheduled snapshot was taken (every ${EVERY[schedule]}). Undo removes it; the schedule is set in the journey's Snapshots tab.`;

/**
 * The period a due snapshot belongs to: the schedule and the snapshot it follows. Once a snapshot
 * was taken for a period, the same period never gets another while the map stays open.
 */
function periodKey(session: number, map: MapDocument): string {
  return `${session}|${scheduleOf(map)}|${latestSnapshot(map)?.id ?? 'none'}`;
}

/** The exact analysis result when it answers the newest request (the map as it is now), else null. */
function currentInsights(state: AppState): { readonly seq: number; readonly insights: Insights } | null {
  const { result, requested } = state.insights.analysis;
  // A first answer on a big map holds estimated figures: a snapshot waits for the exact one.
  return result && result.seq === requested && !result.insights.estimate ? result : null;
}

export function startSnapshotSchedule(store: ScheduleStore, options: ScheduleOptions = {}): () => void {
  const clock = options.now ?? (() => new Date().toISOString());
  const taken = new Set<string>();
  let inFlight = false;
  // One attempt per analysis result: a refused or failed save is retried on the next result, not
  // on every store change (which the failure notice itself would cause).
  let attempted = '';

  const check = (): void => {
    const state = store.getState();
    const map = state.map;
    if (inFlight || state.phase !== 'ready' || !map) return;
    // Not during a presentation (no notice on the projector), and not while redo is possible: a
    // new undo step would throw away what the user stepped back from.
    if (state.security.presenting || state.history.future.length > 0) return;
    const current = currentInsights(state);
    if (!current) return;
    const resultKey = `${state.mapSession}|${current.seq}`;
    const period = periodKey(state.mapSession, map);
    if (attempted === resultKey || taken.has(period) || !snapshotDue(map, clock())) return;
    attempted = resultKey;
    inFlight = true;
    // An object, so the compiler does not assume the callback below never sets it.
    const outcome: { took: Exclude<SnapshotSchedule, 'off'> | null } = { took: null };
    void store.actions
      .editJourney('the scheduled snapshot', (m, ctx) => {
        // Another edit landed first: these figures are not of that map; the next result retries.
        if (m !== map) return m;
        const next = takeScheduledSnapshot(m, current.insights, ctx);
        const schedule = scheduleOf(m);
        if (next !== m && schedule !== 'off') outcome.took = schedule;
        return next;
      })
      .then((done) => {
        inFlight = false;
        if (!done || outcome.took === null) return;
        taken.add(period);
        store.actions.notify('info', SCHEDULED_NOTICE(outcome.took));
      });
  };

  const unsubscribe = store.subscribe(check);
  const timer = setInterval(check, options.recheckMs ?? SCHEDULE_RECHECK_MS);
  check();
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}
