// Placement of stakeholders without a position: near their ties, else in free space in the view,
// never on top of anyone (the real edit functions build the maps).
import { describe, expect, it } from 'vitest';
import { addStakeholder, addTie, type StakeholderDraft } from '../../../shared/edits';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { freeSpot, NODE_GAP, TakenSpots } from '../../../renderer/src/graph/free-spot';
import type { Box } from '../../../renderer/src/graph/level-of-detail';
import { placeMissing, placeNew, placementFor } from '../../../renderer/src/graph/placement';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { smallMap } from './map-fixture';

const VIEW: Box = { x1: -400, y1: -300, x2: 400, y2: 300 };

function mapWith(placed: number, unplaced: number, ties: readonly (readonly [number, number])[] = []): MapDocument {
  let n = 0;
  const ctx = { now: '2025-02-01T09:00:00.000Z', newId: () => `s${++n}` };
  let map = emptyMap('Placement');
  for (let i = 0; i < placed + unplaced; i += 1) {
    const draft: Partial<StakeholderDraft> = { name: `Person ${i}`, ...(i < placed ? { position: { x: (i % 5) * 90 - 180, y: Math.floor(i / 5) * 90 - 90 } } : {}) };
    map = addStakeholder(map, { ...blankDraft(), ...draft }, ctx).map;
  }
  for (const [a, b] of ties) {
    map = addTie(map, { source: `s${a + 1}`, target: `s${b + 1}`, type: 'knows', strength: 2, trust: null, reportedBy: '', reportedAt: null, notes: '' }, { ...ctx, newId: () => `t${++n}` }).map;
  }
  return map;
}

function closestPair(points: readonly { x: number; y: number }[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i += 1) for (let j = i + 1; j < points.length; j += 1) best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return best;
}

function within(p: { x: number; y: number }, box: Box): boolean {
  return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
}

describe('free spots', () => {
  it('takes the anchor when it is free, and otherwise the nearest spot a full gap from everyone', () => {
    const taken = new TakenSpots();
    expect(freeSpot({ x: 10, y: 20 }, taken)).toEqual({ x: 10, y: 20 });
    taken.add({ x: 10, y: 20 });
    const next = freeSpot({ x: 10, y: 20 }, taken, { seed: 'a' });
    expect(Math.hypot(next.x - 10, next.y - 20)).toBeCloseTo(NODE_GAP, 6);
    expect(taken.isFree(next)).toBe(true);
    expect(taken.isFree({ x: 10 + NODE_GAP - 1, y: 20 })).toBe(false);
  });

  it('stays inside the view while it has room, and goes outside only once it is full', () => {
    const taken = new TakenSpots();
    const small: Box = { x1: 0, y1: 0, x2: 240, y2: 240 };
    const spots = [];
    for (let i = 0; i < 12; i += 1) {
      const p = freeSpot({ x: 120, y: 120 }, taken, { view: small, seed: `p${i}` });
      spots.push(p);
      taken.add(p);
    }
    // A 240-unit view holds a 3x3 block of spots a gap apart at most; the rest fall outside it.
    const inView = spots.filter((p) => within(p, small));
    expect(inView.length).toBeGreaterThanOrEqual(4);
    expect(spots.slice(0, inView.length).every((p) => within(p, small))).toBe(true);
    expect(closestPair(spots)).toBeGreaterThanOrEqual(NODE_GAP - 1e-9);
  });
});

describe('placement of stakeholders without a position', () => {
  it('places a stakeholder with ties next to them, not on any of them', () => {
    const map = smallMap();
    const placed = placeMissing({ ...map, ties: [...map.ties, { ...map.ties[0]!, id: 'tx', source: 's4', target: 's2' }] }, VIEW);
    const p = placed.get('s4')!;
    // Haven House (s2) is at (100, 0): the new one lands one ring out, not in the middle of the view.
    expect(Math.hypot(p.x - 100, p.y)).toBeLessThanOrEqual(NODE_GAP + 1);
    for (const s of map.stakeholders) if (s.position) expect(Math.hypot(p.x - s.position.x, p.y - s.position.y)).toBeGreaterThanOrEqual(NODE_GAP - 1);
  });

  it('puts many new stakeholders without ties (an import) in free space in the view, none on another', () => {
    const map = mapWith(10, 20);
    const placed = placeMissing(map, VIEW);
    expect(placed.size).toBe(20);
    const all = [...map.stakeholders.flatMap((s) => (s.position ? [s.position] : [])), ...placed.values()];
    // Rounded to whole units, so a hair under the gap.
    expect(closestPair(all)).toBeGreaterThanOrEqual(NODE_GAP - 1);
    expect([...placed.values()].every((p) => within(p, VIEW))).toBe(true);
  });

  it('places ties of ties near each other, and is the same each time', () => {
    const map = mapWith(1, 3, [
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    const placed = placeMissing(map, VIEW);
    const chain = [map.stakeholders[0]!.position!, ...['s2', 's3', 's4'].map((id) => placed.get(id)!)];
    for (let i = 1; i < chain.length; i += 1) expect(Math.hypot(chain[i]!.x - chain[i - 1]!.x, chain[i]!.y - chain[i - 1]!.y)).toBeLessThanOrEqual(2 * NODE_GAP + 1);
    expect(placeMissing(map, VIEW)).toEqual(placed);
  });

  it('puts a stakeholder about to be added in view and clear of the others', () => {
    const map = mapWith(25, 0);
    const p = placeNew(map, VIEW);
    expect(within(p, VIEW)).toBe(true);
    for (const s of map.stakeholders) expect(Math.hypot(p.x - s.position!.x, p.y - s.position!.y)).toBeGreaterThanOrEqual(NODE_GAP - 1);
  });

  it('lays out a newly opened map that has no positions, and otherwise places only the missing', () => {
    const map = smallMap();
    const unplaced = { ...map, stakeholders: map.stakeholders.map(({ position: _position, ...s }) => s) };
    const placed = { ...map, stakeholders: map.stakeholders.map((s) => ({ ...s, position: s.position ?? { x: 1, y: 1 } })) };
    expect(placementFor(placed, true, null)).toBeNull();
    expect(placementFor(unplaced, true, null)).toBe('arrange');
    expect([...(placementFor(unplaced, false, VIEW) as Map<string, unknown>).keys()]).toEqual(map.stakeholders.map((s) => s.id));
    expect([...(placementFor(map, true, VIEW) as Map<string, unknown>).keys()]).toEqual(['s4']);
  });
});
