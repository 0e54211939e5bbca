// The snapshot schedule on a fixed clock: when a snapshot is due, when the next one is, the
// setting in the file (old version 2 files without it still parse), and the pure edit that takes
// a scheduled snapshot once however often it is asked.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import {
  addPeriod,
  latestSnapshot,
  nextScheduled,
  scheduledLabel,
  scheduleOf,
  setSnapshotSchedule,
  snapshotDue,
  takeScheduledSnapshot,
} from '../../../shared/journey/snapshot-schedule';
import { addSnapshot, takeSnapshot } from '../../../shared/journey/snapshots';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { journeyMap } from './journey-map';

function withSnapshots(map: MapDocument, takenAt: readonly string[]): MapDocument {
  const insights = analyzeMap(map);
  return takenAt.reduce((m, at, i) => addSnapshot(m, takeSnapshot(m, insights, at, { id: `s${i}` })), map);
}

const monthly = (takenAt: readonly string[]) => withSnapshots(setSnapshotSchedule(journeyMap(), 'monthly'), takenAt);

describe('the schedule setting', () => {
  it('defaults to off, and a version 2 file without it parses unchanged', () => {
    const old = journeyMap();
    expect('snapshotSchedule' in old).toBe(false);
    expect(scheduleOf(old)).toBe('off');
    const reparsed = mapDocumentSchema.parse(JSON.parse(JSON.stringify(old)));
    expect(reparsed).toEqual(old);
  });

  it('round-trips through the file and refuses an unknown value with the field named', () => {
    const map = setSnapshotSchedule(journeyMap(), 'quarterly');
    expect(mapDocumentSchema.parse(JSON.parse(JSON.stringify(map))).snapshotSchedule).toBe('quarterly');
    const bad = mapDocumentSchema.safeParse({ ...map, snapshotSchedule: 'daily' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['snapshotSchedule']);
  });

  it('is a pure edit: the same map back when unchanged, a clear error for nonsense', () => {
    const map = setSnapshotSchedule(journeyMap(), 'weekly');
    expect(setSnapshotSchedule(map, 'weekly')).toBe(map);
    expect(setSnapshotSchedule(journeyMap(), 'off')).toEqual(journeyMap());
    expect(() => setSnapshotSchedule(map, 'hourly')).toThrow('"hourly" is not a snapshot schedule (expected one of off, weekly, monthly, quarterly).');
  });
});

describe('periods', () => {
  const at = (iso: string) => Date.parse(iso);
  const iso = (ms: number) => new Date(ms).toISOString();

  it('a week is seven days; months are calendar months, clamped to the shorter month', () => {
    expect(iso(addPeriod(at('2026-02-25T09:30:00.000Z'), 'weekly'))).toBe('2026-03-04T09:30:00.000Z');
    expect(iso(addPeriod(at('2026-01-31T09:30:00.000Z'), 'monthly'))).toBe('2026-02-28T09:30:00.000Z');
    expect(iso(addPeriod(at('2028-01-31T09:30:00.000Z'), 'monthly'))).toBe('2028-02-29T09:30:00.000Z');
    expect(iso(addPeriod(at('2026-11-30T23:00:00.000Z'), 'quarterly'))).toBe('2027-02-28T23:00:00.000Z');
    expect(iso(addPeriod(at('2026-12-15T00:00:00.000Z'), 'monthly'))).toBe('2027-01-15T00:00:00.000Z');
  });

  it('counts from the latest snapshot by time taken, whoever took it and in whatever order it was added', () => {
    const map = monthly(['2026-01-20T10:00:00.000Z', '2026-01-05T10:00:00.000Z']);
    expect(latestSnapshot(map)?.id).toBe('s0');
    expect(nextScheduled(map)).toEqual({ status: 'at', at: '2026-02-20T10:00:00.000Z' });
  });
});

describe('snapshotDue', () => {
  it('is never due while the schedule is off', () => {
    expect(snapshotDue(journeyMap(), '2030-01-01T00:00:00.000Z')).toBe(false);
    expect(nextScheduled(journeyMap())).toEqual({ status: 'off' });
  });

  it('is due at once when the schedule is on and there is no snapshot', () => {
    const map = setSnapshotSchedule(journeyMap(), 'weekly');
    expect(nextScheduled(map)).toEqual({ status: 'first' });
    expect(snapshotDue(map, '2026-02-10T12:00:00.000Z')).toBe(true);
  });

  it('is due once the latest snapshot is a full period old, not a millisecond before', () => {
    const map = monthly(['2026-01-10T12:00:00.000Z']);
    expect(snapshotDue(map, '2026-02-10T11:59:59.999Z')).toBe(false);
    expect(snapshotDue(map, '2026-02-10T12:00:00.000Z')).toBe(true);
    // The same moment written with an offset.
    expect(snapshotDue(map, '2026-02-10T13:00:00.000+01:00')).toBe(true);
    const weekly = setSnapshotSchedule(map, 'weekly');
    expect(snapshotDue(weekly, '2026-01-17T11:59:00.000Z')).toBe(false);
    expect(snapshotDue(weekly, '2026-01-17T12:00:00.000Z')).toBe(true);
    expect(snapshotDue(setSnapshotSchedule(map, 'quarterly'), '2026-03-31T00:00:00.000Z')).toBe(false);
  });

  it('says what is wrong with a clock that is not a date', () => {
    expect(() => snapshotDue(monthly(['2026-01-10T12:00:00.000Z']), 'yesterday')).toThrow('"yesterday" is not a date and time.');
  });
});

describe('takeScheduledSnapshot', () => {
  it('takes one labelled snapshot when due, and asking again in the same period adds nothing', () => {
    const map = monthly(['2026-01-05T09:00:00.000Z']);
    const insights = analyzeMap(map);
    let n = 0;
    const ctx = { now: '2026-02-10T12:00:00.000Z', newId: () => `auto-${++n}` };
    const once = takeScheduledSnapshot(map, insights, ctx);
    expect(once.snapshots.map((s) => [s.id, s.label, s.takenAt])).toEqual([
      ['s0', '', '2026-01-05T09:00:00.000Z'],
      ['auto-1', 'Scheduled (monthly)', '2026-02-10T12:00:00.000Z'],
    ]);
    expect(once.snapshots[1]?.figures).toEqual(takeSnapshot(map, insights, ctx.now, { id: 'x' }).figures);
    expect(takeScheduledSnapshot(once, insights, ctx)).toBe(once);
    expect(takeScheduledSnapshot(once, insights, { ...ctx, now: '2026-03-10T11:59:00.000Z' })).toBe(once);
    expect(mapDocumentSchema.parse(once).snapshots).toHaveLength(2);
  });

  it('does nothing while off or before the period is over', () => {
    const insights = analyzeMap(journeyMap());
    const ctx = { now: '2026-02-10T12:00:00.000Z', newId: () => 'never' };
    const off = journeyMap();
    expect(takeScheduledSnapshot(off, insights, ctx)).toBe(off);
    const recent = monthly(['2026-02-01T00:00:00.000Z']);
    expect(takeScheduledSnapshot(recent, insights, ctx)).toBe(recent);
  });

  it('labels each period in words', () => {
    expect(['weekly', 'monthly', 'quarterly'].map((s) => scheduledLabel(s as 'weekly'))).toEqual(['Scheduled (weekly)', 'Scheduled (monthly)', 'Scheduled (quarterly)']);
  });
});
