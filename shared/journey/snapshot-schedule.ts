// Scheduled snapshots: how often the app takes one by itself, when the next one is due, and the
// pure edit that takes it. Any snapshot counts towards the schedule, whether the user took it or
// the schedule did, so a snapshot taken by hand on the day does not get a twin.
import type { Insights } from '../analysis/types';
import { EditError, type EditContext } from '../edits';
import type { MapDocument, Snapshot } from '../model';
import { SNAPSHOT_SCHEDULES } from './schema';
import { addSnapshot, takeSnapshot } from './snapshots';

export { SNAPSHOT_SCHEDULES };
export type SnapshotSchedule = (typeof SNAPSHOT_SCHEDULES)[number];

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const MONTHS: Record<Exclude<SnapshotSchedule, 'off' | 'weekly'>, number> = { monthly: 1, quarterly: 3 };

/** The words the label of a scheduled snapshot uses for each setting. */
const PERIOD_WORDS: Record<Exclude<SnapshotSchedule, 'off'>, string> = { weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly' };

/** The map's setting, with the default for files written before the setting existed. */
export function scheduleOf(map: MapDocument): SnapshotSchedule {
  return map.snapshotSchedule ?? 'off';
}

export function isSnapshotSchedule(value: unknown): value is SnapshotSchedule {
  return typeof value === 'string' && (SNAPSHOT_SCHEDULES as readonly string[]).includes(value);
}

/** A pure edit; the same map back when nothing changes, so the store saves nothing. */
export function setSnapshotSchedule(map: MapDocument, schedule: string): MapDocument {
  if (!isSnapshotSchedule(schedule)) {
    throw new EditError(`"${schedule}" is not a snapshot schedule (expected one of ${SNAPSHOT_SCHEDULES.join(', ')}).`);
  }
  return scheduleOf(map) === schedule ? map : { ...map, snapshotSchedule: schedule };
}

/** The label a scheduled snapshot gets, e.g. "Scheduled (monthly)". */
export function scheduledLabel(schedule: Exclude<SnapshotSchedule, 'off'>): string {
  return `Scheduled (${PERIOD_WORDS[schedule]})`;
}

/** The newest snapshot by when it was taken, or null. */
export function latestSnapshot(map: MapDocument): Snapshot | null {
  let latest: Snapshot | null = null;
  for (const s of map.snapshots) if (!latest || Date.parse(s.takenAt) > Date.parse(latest.takenAt)) latest = s;
  return latest;
}

/**
 * One period after `fromMs`. Months are calendar months in UTC (the file's clock), and a day that
 * the target month lacks becomes its last day: 31 January + 1 month is 28 or 29 February.
 */
export function addPeriod(fromMs: number, schedule: Exclude<SnapshotSchedule, 'off'>): number {
  if (schedule === 'weekly') return fromMs + WEEK_MS;
  const from = new Date(fromMs);
  const monthIndex = from.getUTCMonth() + MONTHS[schedule];
  const lastDay = new Date(Date.UTC(from.getUTCFullYear(), monthIndex + 1, 0)).getUTCDate();
  return Date.UTC(
    from.getUTCFullYear(),
    monthIndex,
    Math.min(from.getUTCDate(), lastDay),
    from.getUTCHours(),
    from.getUTCMinutes(),
    from.getUTCSeconds(),
    from.getUTCMilliseconds(),
  );
}

export type NextScheduled =
  | { readonly status: 'off' }
  /** On, and no snapshot yet: the first one is due at once. */
  | { readonly status: 'first' }
  /** On: the next one is due at this moment (ISO, UTC), which may already have passed. */
  | { readonly status: 'at'; readonly at: string };

export function nextScheduled(map: MapDocument): NextScheduled {
  const schedule = scheduleOf(map);
  if (schedule === 'off') return { status: 'off' };
  const latest = latestSnapshot(map);
  if (!latest) return { status: 'first' };
  return { status: 'at', at: new Date(addPeriod(Date.parse(latest.takenAt), schedule)).toISOString() };
}

function instant(now: string): number {
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new EditError(`"${now}" is not a date and time.`);
  return ms;
}

/** True when the schedule is on and there is no snapshot yet, or the latest is a full period old. */
export function snapshotDue(map: MapDocument, now: string): boolean {
  const next = nextScheduled(map);
  if (next.status === 'off') return false;
  return next.status === 'first' || instant(now) >= Date.parse(next.at);
}

/**
 * Takes the scheduled snapshot when one is due at `ctx.now`, else returns the map unchanged. The
 * check runs on the map the edit is applied to, so two requests in a row add one snapshot.
 * `insights` must be the analysis of `map` as it is now.
 */
export function takeScheduledSnapshot(map: MapDocument, insights: Insights, ctx: EditContext): MapDocument {
  const schedule = scheduleOf(map);
  if (schedule === 'off' || !snapshotDue(map, ctx.now)) return map;
  return addSnapshot(map, takeSnapshot(map, insights, ctx.now, { id: ctx.newId(), label: scheduledLabel(schedule) }));
}
