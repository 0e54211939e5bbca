// The map's pure handling pieces: arrow-key moves between stakeholders, what a lasso encloses, and
// what the hover card says (with confidential people kept hidden).
import { describe, expect, it } from 'vitest';
import { entryPoint, nearestInDirection, type NavPoint } from '../../../renderer/src/graph/keyboard-nav';
import { enclosedBy, insidePolygon } from '../../../renderer/src/graph/lasso';
import { neighbourhood, neighbourhoodLabel } from '../../../renderer/src/graph/neighbourhood';
import { announcement, nodeCard } from '../../../renderer/src/graph/node-card';
import { presentMap } from '../../../renderer/src/state/safety/presentation';
import { addTie } from '../../../shared/edits';
import { smallMap } from './map-fixture';

//        a(0,0)     b(100,5)
//  e(-80,10)   c(40,60)        f(300,-200)
//               d(10,120)
const POINTS: NavPoint[] = [
  { id: 'a', x: 0, y: 0 },
  { id: 'b', x: 100, y: 5 },
  { id: 'c', x: 40, y: 60 },
  { id: 'd', x: 10, y: 120 },
  { id: 'e', x: -80, y: 10 },
  { id: 'f', x: 300, y: -200 },
];

describe('arrow keys on the map', () => {
  it('move to the nearest stakeholder that way, preferring the one straight ahead', () => {
    expect(nearestInDirection(POINTS, 'a', 'right')).toBe('b');
    expect(nearestInDirection(POINTS, 'a', 'left')).toBe('e');
    expect(nearestInDirection(POINTS, 'a', 'down')).toBe('c');
    expect(nearestInDirection(POINTS, 'c', 'down')).toBe('d');
    expect(nearestInDirection(POINTS, 'b', 'up')).toBe('f');
  });

  it('stay put when nothing lies that way, or the start is not shown', () => {
    expect(nearestInDirection(POINTS, 'e', 'left')).toBeNull();
    expect(nearestInDirection(POINTS, 'd', 'down')).toBeNull();
    expect(nearestInDirection(POINTS, 'f', 'right')).toBeNull();
    expect(nearestInDirection(POINTS, 'gone', 'left')).toBeNull();
  });

  it('enter the map at the open stakeholder, else at the one nearest the middle', () => {
    expect(entryPoint(POINTS, 'd', { x: 0, y: 0 })).toBe('d');
    expect(entryPoint(POINTS, 'hidden', { x: 45, y: 55 })).toBe('c');
    expect(entryPoint([], null, { x: 0, y: 0 })).toBeNull();
  });
});

describe('the lasso', () => {
  const square = [
    { x: 0, y: 0 },
    { x: 50, y: 0 },
    { x: 50, y: 50 },
    { x: 0, y: 50 },
  ];
  it('encloses the points inside its outline, even a concave one', () => {
    expect(insidePolygon({ x: 25, y: 25 }, square)).toBe(true);
    expect(insidePolygon({ x: 60, y: 25 }, square)).toBe(false);
    const notch = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }, { x: 50, y: 20 }, { x: 0, y: 100 }];
    expect(insidePolygon({ x: 50, y: 60 }, notch)).toBe(false);
    expect(insidePolygon({ x: 90, y: 60 }, notch)).toBe(true);
  });

  it('chooses the stakeholders inside it, and nobody for a line', () => {
    expect(enclosedBy(square, POINTS.map((p) => ({ ...p, x: p.x + 10, y: p.y + 10 })))).toEqual(['a']);
    expect(enclosedBy(square.slice(0, 2), POINTS)).toEqual([]);
  });
});

describe('the hover card', () => {
  it('gives name, categories, organisation, stage (its label) and number of ties', () => {
    let map = smallMap();
    map = addTie(map, { source: 's3', target: 's2', type: 'works-at', strength: 2, trust: null, reportedBy: '', reportedAt: null, notes: '' }, { now: '2025-02-01T09:00:00.000Z', newId: () => 'tw' }).map;
    const card = nodeCard(map, 's3')!;
    expect(card).toEqual({ name: 'Council member Ortiz', categories: 'Policymaker', stage: 'To contact', organisations: ['Haven House'], ties: 3, confidential: false });
    expect(announcement(card)).toBe('Council member Ortiz: Policymaker at Haven House. Stage: To contact. 3 ties.');
    expect(nodeCard(map, 's4')).toMatchObject({ categories: 'No category', stage: 'Mapped', ties: 0 });
    expect(nodeCard(map, 'nobody')).toBeNull();
  });

  it('never names a confidential person’s organisation', () => {
    let map = smallMap();
    map = addTie(map, { source: 's1', target: 's2', type: 'works-at', strength: 2, trust: null, reportedBy: '', reportedAt: null, notes: '' }, { now: '2025-02-01T09:00:00.000Z', newId: () => 'tw' }).map;
    const card = nodeCard(map, 's1')!;
    expect(card.organisations).toEqual([]);
    expect(card.confidential).toBe(true);
    expect(announcement(card)).not.toContain('Haven House');
    expect(card.stage).toBe('Core group');
  });

  it('while presenting, a confidential person is only their placeholder: stage label, no name, no organisation', () => {
    let map = smallMap();
    map = addTie(map, { source: 's1', target: 's2', type: 'works-at', strength: 2, trust: null, reportedBy: '', reportedAt: null, notes: '' }, { now: '2025-02-01T09:00:00.000Z', newId: () => 'tw' }).map;
    const card = nodeCard(presentMap(map), 's1')!;
    expect(card).toMatchObject({ name: 'Confidential stakeholder 1', stage: 'Core group', organisations: [], confidential: true });
    const spoken = announcement(card);
    expect(spoken).toBe('Confidential stakeholder 1 (confidential): Directly affected, Influential community member. Stage: Core group. 3 ties.');
    expect(spoken).not.toMatch(/Maria|Haven House|core\b/);
  });
});

describe('neighbourhood focus', () => {
  // a - b - c - d - e, and f alone
  const ties = [
    ['a', 'b'],
    ['c', 'b'],
    ['c', 'd'],
    ['d', 'e'],
  ].map(([source, target], i) => ({ id: `t${i}`, source: source!, target: target! }));

  it('takes everyone within the steps, ties read both ways, the centre first', () => {
    expect(neighbourhood({ ties } as never, 'c', 1)).toEqual(['c', 'b', 'd']);
    expect(neighbourhood({ ties } as never, 'c', 2)).toEqual(['c', 'b', 'd', 'a', 'e']);
    expect(neighbourhood({ ties } as never, 'a', 3)).toEqual(['a', 'b', 'c', 'd']);
    expect(neighbourhood({ ties } as never, 'f', 3)).toEqual(['f']);
  });

  it('names what it shows', () => {
    expect(neighbourhoodLabel('Haven House', 1)).toBe('Haven House and their direct ties');
    expect(neighbourhoodLabel('Haven House', 3)).toBe('Haven House and everyone within 3 steps');
  });
});
