// PRIV-6 with a fixed clock: whole-record purge after N days of inactivity, or notes only.
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { purgeInactive, RetentionError } from '../../../shared/retention';
import { emptyMap } from '../../../shared/new-map';

const NOW = new Date('2025-06-30T12:00:00.000Z');

function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

function person(id: string, updatedDaysAgo: number, notes: string) {
  return mapDocumentSchema.shape.stakeholders.element.parse({
    id,
    name: `ZZ-CANARY-NAME ${id}`,
    kind: 'person',
    categories: ['directly-affected'],
    notes,
    createdAt: daysAgo(400),
    updatedAt: daysAgo(updatedDaysAgo),
  });
}

function fixture(): MapDocument {
  const base = emptyMap('Retention Coalition');
  const tie = (id: string, source: string, target: string) =>
    mapDocumentSchema.shape.ties.element.parse({ id, source, target, type: 'knows', createdAt: daysAgo(10), updatedAt: daysAgo(10) });
  return mapDocumentSchema.parse({
    ...base,
    coalition: { ...base.coalition, anchorId: 'old' },
    stakeholders: [person('old', 200, 'lived-experience: ZZ'), person('edge', 90, 'on the edge'), person('recent', 5, 'fresh note'), person('quiet', 300, '')],
    ties: [tie('t1', 'old', 'recent'), tie('t2', 'recent', 'edge'), tie('t3', 'quiet', 'edge')],
  });
}

describe('purgeInactive', () => {
  it('removes stakeholders inactive longer than N days, their ties and the anchor', () => {
    const before = fixture();
    const result = purgeInactive(before, { mode: 'remove-stakeholders', inactiveDays: 90, now: NOW });
    expect(result.map.stakeholders.map((s) => s.id)).toEqual(['edge', 'recent']);
    expect(result.map.ties.map((t) => t.id)).toEqual(['t2']);
    expect(result.map.coalition.anchorId).toBeNull();
    expect(result).toMatchObject({ affected: 2, tiesRemoved: 2, fieldNames: ['stakeholder'], affectedIds: ['old', 'quiet'] });
    expect(JSON.stringify(result.map)).not.toContain('lived-experience: ZZ');
    expect(mapDocumentSchema.safeParse(result.map).success).toBe(true);
    expect(before.stakeholders).toHaveLength(4);
  });

  it('keeps a record updated exactly N days ago (the boundary is exclusive)', () => {
    const result = purgeInactive(fixture(), { mode: 'remove-stakeholders', inactiveDays: 90, now: NOW });
    expect(result.map.stakeholders.some((s) => s.id === 'edge')).toBe(true);
    const oneMsLater = purgeInactive(fixture(), { mode: 'remove-stakeholders', inactiveDays: 90, now: new Date(NOW.getTime() + 1) });
    expect(oneMsLater.affectedIds).toContain('edge');
  });

  it('clears only notes, leaving records, ties and updatedAt as they were', () => {
    const before = fixture();
    const result = purgeInactive(before, { mode: 'clear-notes', inactiveDays: 30, now: NOW });
    expect(result.map.stakeholders.map((s) => [s.id, s.notes])).toEqual([['old', ''], ['edge', ''], ['recent', 'fresh note'], ['quiet', '']]);
    expect(result.map.stakeholders.map((s) => s.updatedAt)).toEqual(before.stakeholders.map((s) => s.updatedAt));
    expect(result.map.ties).toBe(before.ties);
    expect(result).toMatchObject({ affected: 2, tiesRemoved: 0, fieldNames: ['notes'], affectedIds: ['old', 'edge'] });
  });

  it('returns the same map and zero counts when nothing is old enough', () => {
    const before = fixture();
    const result = purgeInactive(before, { mode: 'clear-notes', inactiveDays: 1000, now: NOW });
    expect(result.map).toBe(before);
    expect(result).toMatchObject({ affected: 0, fieldNames: [] });
    expect(purgeInactive(before, { mode: 'remove-stakeholders', inactiveDays: 1000, now: NOW }).affected).toBe(0);
  });

  it.each([0, -3, 1.5, Number.NaN, 100_000])('refuses an inactivity period of %s days with a clear message', (days) => {
    expect(() => purgeInactive(fixture(), { mode: 'remove-stakeholders', inactiveDays: days, now: NOW })).toThrow(RetentionError);
    expect(() => purgeInactive(fixture(), { mode: 'remove-stakeholders', inactiveDays: days, now: NOW })).toThrow(/whole number of days/);
  });
});
