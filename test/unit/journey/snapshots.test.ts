import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { recordAttendance } from '../../../shared/journey/attendance';
import { compareSnapshots, latestComparison } from '../../../shared/journey/compare-snapshots';
import { addSnapshot, MAX_TIE_KEYS, removeSnapshot, snapshotsInOrder, takeSnapshot } from '../../../shared/journey/snapshots';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { editContext, journeyMap } from './journey-map';

function snap(map: MapDocument, id: string, takenAt: string) {
  return takeSnapshot(map, analyzeMap(map), takenAt, { id, label: `label ${id}` });
}

/** The Riverside map three months on: legal and dana joined, the pastor became core, Sam's tie is gone. */
function later(): MapDocument {
  const moved = recordAttendance(journeyMap(), 'm-next', ['legal', 'dana', 'shelter'], { advanceStages: true, addCoAttendanceTies: true }, editContext('tie')).map;
  return {
    ...moved,
    stakeholders: moved.stakeholders.map((s) => (s.id === 'pastor' ? { ...s, stage: 'core' } : s.id === 'haven' ? { ...s, stage: 'declined' } : s)),
    ties: moved.ties.filter((t) => !(t.source === 'choir' && t.target === 'neighbor')),
  };
}

describe('takeSnapshot', () => {
  it('copies the figures a comparison needs, ids only, and the schema accepts it', () => {
    const map = journeyMap();
    const s = snap(map, 'a', '2026-01-01T09:00:00.000Z');
    expect(s.figures).toMatchObject({ stakeholders: 10, ties: 11, memberIds: ['shelter', 'haven', 'maria'], coreIds: ['shelter'] });
    expect(s.figures.membersByCategory['service-provider']).toEqual(['shelter', 'haven']);
    expect(s.figures.coverage.policymaker).toBe('missing');
    expect(s.figures.services['emergency-shelter']).toBe('duplicated');
    // shelter's non-conflict neighbours: haven, maria, legal, pastor.
    expect(s.figures.coreReach).toBe(4);
    expect(s.figures.tieKeys).toContainEqual(['maria', 'shelter', 'knows']);
    expect(s.figures.tieKeys).toContainEqual(['shelter', 'legal', 'refers-to']);
    expect(JSON.stringify(s)).not.toContain('Maria');
    const withSnapshot = addSnapshot(map, s);
    expect(mapDocumentSchema.parse(withSnapshot).snapshots[0]).toEqual(s);
    expect(() => addSnapshot(withSnapshot, s)).toThrow(/already exists/);
    expect(removeSnapshot(withSnapshot, 'a').snapshots).toEqual([]);
  });

  it('keeps counts only on a map with very many ties', () => {
    const map = journeyMap();
    const many = { ...map, ties: Array.from({ length: MAX_TIE_KEYS + 1 }, () => map.ties[0]!) };
    expect(takeSnapshot(many, analyzeMap(map), '2026-01-01T09:00:00.000Z', { id: 'big' }).figures.tieKeys).toBeNull();
  });
});

describe('compareSnapshots', () => {
  const a = snap(journeyMap(), 'a', '2026-01-01T09:00:00.000Z');
  const b = snap(later(), 'b', '2026-04-01T09:00:00.000Z');

  it('counts members gained and lost, overall and per category', () => {
    const c = compareSnapshots(a, b);
    expect(c.members).toMatchObject({ before: 3, after: 5, gained: ['legal', 'dana', 'pastor'], lost: ['haven'] });
    const providers = c.membersByCategory.find((r) => r.category === 'service-provider')!;
    expect(providers).toMatchObject({ before: 2, after: 2, gained: ['legal'], lost: ['haven'] });
    expect(c.membersByCategory.find((r) => r.category === 'influential')).toMatchObject({ gained: ['pastor'], lost: [] });
  });

  it('counts ties gained and lost, coverage and service gaps, density and core reach', () => {
    const c = compareSnapshots(a, b);
    expect(c.ties).toMatchObject({ before: 11, after: 12, gained: 2, lost: 1 });
    expect(c.coverageClosed.map((g) => g.id)).toEqual(['influential']);
    expect(c.coverageOpened).toEqual([]);
    expect(c.density.change).toBeCloseTo(b.figures.density - a.figures.density, 10);
    expect(c.coreReach).toEqual({ before: 4, after: b.figures.coreReach, change: b.figures.coreReach - 4 });
  });

  it('puts the older snapshot first whatever the order given, and tells it in sentences', () => {
    const names: Record<string, string> = { legal: 'River Legal Aid', dana: 'Dana Smith', pastor: 'Pastor James Reed', haven: 'Safe Haven Center' };
    const c = compareSnapshots(b, a, { nameOf: (id) => names[id] ?? id });
    expect(c.from.id).toBe('a');
    expect(c.sentences[0]).toBe('Members went from 3 to 5: 3 joined, 1 left.');
    expect(c.sentences).toContain('Service provider: gained River Legal Aid; lost Safe Haven Center (2 -> 2).');
    expect(c.sentences).toContain('Ties went from 11 to 12: 2 new, 1 gone.');
    expect(c.sentences.some((s) => s.startsWith('Coverage gaps closed: Influential community member (was missing)'))).toBe(true);
  });

  it('reports a service gap closing and opening', () => {
    const before = { ...a, figures: { ...a.figures, services: { childcare: 'gap' as const, 'legal-advocacy': 'covered' as const } } };
    const after = { ...b, figures: { ...b.figures, services: { childcare: 'covered' as const, 'legal-advocacy': 'gap' as const } } };
    const c = compareSnapshots(before, after, { serviceLabel: (id) => id.toUpperCase() });
    expect(c.serviceGapsClosed.map((s) => s.id)).toEqual(['childcare']);
    expect(c.serviceGapsOpened.map((s) => s.id)).toEqual(['legal-advocacy']);
    expect(c.sentences).toContain('Services now offered by someone: CHILDCARE.');
    expect(c.sentences).toContain('Services no one offers any more: LEGAL-ADVOCACY.');
  });

  it('latestComparison is null until there are two snapshots, then compares the newest two by date', () => {
    const map = journeyMap();
    expect(latestComparison(map)).toBeNull();
    const one = addSnapshot(map, b);
    expect(latestComparison(one)).toBeNull();
    const early = snap(map, 'early', '2025-12-01T09:00:00.000Z');
    const three = addSnapshot(addSnapshot(one, a), early);
    expect(snapshotsInOrder(three).map((s) => s.id)).toEqual(['early', 'a', 'b']);
    expect(latestComparison(three)).toMatchObject({ from: { id: 'a' }, to: { id: 'b' } });
  });
});
