// Placement keeps ties readable on a small map: a new stakeholder never sits on a tie drawn between
// two others, and its own ties run through no one else and through no label (the real edit
// functions build the maps).
import { describe, expect, it } from 'vitest';
import { addStakeholder, addTie, type StakeholderDraft } from '../../../shared/edits';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { clearOfTies, distanceToSegment, TIE_CLEARANCE } from '../../../renderer/src/graph/clear-of-ties';
import type { Point } from '../../../renderer/src/graph/free-spot';
import { placeMissing } from '../../../renderer/src/graph/placement';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';

/** People at the given places (null: not placed yet, as after an import) and ties between them by index. */
function mapOf(places: readonly (Point | null)[], ties: readonly (readonly [number, number])[]): MapDocument {
  let n = 0;
  const ctx = { now: '2025-02-01T09:00:00.000Z', newId: () => `s${++n}` };
  let map = emptyMap('Ties');
  places.forEach((position, i) => {
    const draft: Partial<StakeholderDraft> = { name: `Person ${i}`, ...(position ? { position } : {}) };
    map = addStakeholder(map, { ...blankDraft(), ...draft }, ctx).map;
  });
  for (const [a, b] of ties) {
    map = addTie(map, { source: `s${a + 1}`, target: `s${b + 1}`, type: 'knows', strength: 2, trust: null, reportedBy: '', reportedAt: null, notes: '' }, { ...ctx, newId: () => `t${++n}` }).map;
  }
  return map;
}

const VIEW = { x1: -400, y1: -300, x2: 400, y2: 300 };

describe('the readable-ties check', () => {
  const drawing = { nodes: [{ x: 0, y: 0 }, { x: 400, y: 0 }, { x: 200, y: 200 }], ties: [[{ x: 0, y: 0 }, { x: 400, y: 0 }]] as const };

  it('turns down a spot on a drawn tie, and takes one clear of it', () => {
    expect(clearOfTies({ x: 200, y: 10 }, [], drawing)).toBe(false);
    expect(clearOfTies({ x: 200, y: -100 }, [], drawing)).toBe(true);
  });

  it('turns down a spot whose own tie would run through someone else', () => {
    // From (260, 400) to (140, 0) the tie runs right over the one at (200, 200).
    expect(clearOfTies({ x: 260, y: 400 }, [{ x: 140, y: 0 }], drawing)).toBe(false);
    expect(clearOfTies({ x: 600, y: 0 }, [{ x: 400, y: 0 }], drawing)).toBe(true);
  });

  it('turns down a spot straight under or over a neighbour: the tie would cross a label', () => {
    const none = { nodes: [], ties: [] };
    expect(clearOfTies({ x: 0, y: 80 }, [{ x: 0, y: 0 }], none)).toBe(false);
    expect(clearOfTies({ x: 0, y: -80 }, [{ x: 0, y: 0 }], none)).toBe(false);
    expect(clearOfTies({ x: 80, y: 0 }, [{ x: 0, y: 0 }], none)).toBe(true);
  });
});

describe('placing imported people on a small map', () => {
  it('puts someone tied to both ends of a tie beside it, not on it (the middle of their ties)', () => {
    const map = mapOf([{ x: 0, y: 0 }, { x: 400, y: 0 }, null], [
      [0, 1],
      [2, 0],
      [2, 1],
    ]);
    const p = placeMissing(map, VIEW).get('s3')!;
    expect(distanceToSegment(p, { x: 0, y: 0 }, { x: 400, y: 0 })).toBeGreaterThanOrEqual(TIE_CLEARANCE);
  });

  it('places a whole import with no one on a tie and no tie through anyone, where room allows', () => {
    const places = [{ x: -160, y: -80 }, { x: 160, y: -80 }, { x: 0, y: 120 }, null, null, null, null, null, null];
    const ties = [[0, 1], [1, 2], [3, 0], [4, 1], [5, 2], [6, 3], [7, 4], [8, 5], [3, 4]] as const;
    const map = mapOf(places, ties);
    const placed = placeMissing(map, VIEW);
    const where = (i: number) => places[i] ?? placed.get(`s${i + 1}`)!;
    for (const [a, b] of ties) {
      for (let i = 0; i < places.length; i += 1) {
        if (i === a || i === b) continue;
        expect(distanceToSegment(where(i), where(a), where(b)), `Person ${i} on the tie ${a}-${b}`).toBeGreaterThanOrEqual(TIE_CLEARANCE);
      }
    }
  });
});
