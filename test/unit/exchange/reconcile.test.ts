// Import as reconciliation, the shared logic: the plan (new, update, duplicate within the file,
// possible matches), the apply step (fills, keep or replace, skip, ties), and its fail-closed rules.
import { describe, expect, it } from 'vitest';
import { planReconciliation, countPlan } from '../../../shared/exchange/reconcile';
import { applyReconciliation } from '../../../shared/exchange/reconcile-apply';
import { mapOf, NOW, org, person, tie } from './merge-maps-fixtures';

const map = mapOf('Base', [
  person('m-grace', 'Grace Okafor', { email: 'grace@riverside.example', phone: '555 201 3344', notes: 'met at the fair' }),
  person('m-amaka', 'Amaka Obi', { email: 'amaka@example.org', confidential: true, categories: ['directly-affected'] }),
  org('m-harbor', 'Harbor House Shelter'),
], [tie('t-1', 'm-grace', 'm-harbor', 'works-at')]);

const incoming = [
  person('i-grace', 'GRACE OKAFOR', { email: 'grace@riverside.example', role: 'Advocate', notes: 'new notes' }),
  person('i-amaka', 'Amaka Obi', { email: 'amaka@example.org', confidential: false, categories: ['service-provider'] }),
  person('i-amaka-near', 'Amaka Obie'),
  person('i-new', 'Nia Brooks'),
  person('i-nia-again', 'Brooks, Nia'),
];
const incomingTies = [tie('it-1', 'i-grace', 'm-harbor', 'works-at'), tie('it-2', 'i-new', 'i-grace'), tie('it-3', 'i-nia-again', 'i-new')];
const ctx = { now: NOW, file: 'partners.csv' };

describe('planReconciliation', () => {
  const plan = planReconciliation(map.stakeholders, incoming);
  const byId = new Map(plan.entries.map((e) => [e.incomingId, e]));

  it('plans updates for exact matches, new for the rest, and folds a row repeated within the file', () => {
    expect(plan.entries.map((e) => [e.incomingId, e.action, e.targetId])).toEqual([
      ['i-grace', 'update', 'm-grace'],
      ['i-amaka', 'update', 'm-amaka'],
      ['i-amaka-near', 'new', null],
      ['i-new', 'new', null],
      ['i-nia-again', 'duplicate', 'i-new'],
    ]);
    expect(countPlan(plan)).toEqual({ new: 2, update: 2, unchanged: 0, duplicate: 1, possible: 1 });
  });

  it('lists changes field by field: fills always, differing values as conflicts', () => {
    expect(byId.get('i-grace')?.changes).toEqual([
      { field: 'name', before: 'Grace Okafor', after: 'GRACE OKAFOR', kind: 'conflict' },
      { field: 'role', before: '', after: 'Advocate', kind: 'fill' },
      { field: 'notes', before: 'met at the fair', after: 'new notes', kind: 'conflict' },
    ]);
  });

  it('keeps a possible match as new, marked to come in confidential when the match is confidential', () => {
    const near = byId.get('i-amaka-near');
    expect(near?.possible.map((p) => p.baseId)).toEqual(['m-amaka']);
    expect(near?.hiddenLikeMatch).toBe(true);
    expect(byId.get('i-new')?.hiddenLikeMatch).toBe(false);
  });

  it('matches by the key column first when one is chosen', () => {
    const renamed = [person('i-x', 'G. O. Riverside', { email: 'Grace@Riverside.example' })];
    expect(planReconciliation(map.stakeholders, renamed).entries[0]?.action).toBe('new');
    expect(planReconciliation(map.stakeholders, renamed, { key: 'email' }).entries[0]).toMatchObject({ action: 'update', targetId: 'm-grace' });
    const exported = [person('i-y', 'Someone Else')];
    const byId2 = planReconciliation(map.stakeholders, exported, { key: 'id', sheetIds: new Map([['i-y', 'm-harbor']]) });
    expect(byId2.entries[0]).toMatchObject({ action: 'update', targetId: 'm-harbor' });
  });
});

describe('applyReconciliation', () => {
  const plan = planReconciliation(map.stakeholders, incoming);
  const { map: next, summary } = applyReconciliation(map, { stakeholders: incoming, ties: incomingTies }, plan, {}, ctx);
  const named = (name: string) => next.stakeholders.filter((s) => s.name === name);

  it('adds the new, updates the matched, folds the repeated, and moves ties onto the records they went to', () => {
    expect(summary).toEqual({ added: 2, updated: 2, unchanged: 0, duplicates: 1, skipped: 0, tiesAdded: 1, tiesCollapsed: 2, tiesSkipped: 0 });
    expect(next.stakeholders.map((s) => s.id)).toEqual(['m-grace', 'm-amaka', 'm-harbor', 'i-amaka-near', 'i-new']);
    expect(next.ties.map((t) => [t.source, t.target, t.type])).toEqual([['m-grace', 'm-harbor', 'works-at'], ['i-new', 'm-grace', 'knows']]);
  });

  it('keeps the map\u2019s values by default and fills its blanks', () => {
    expect(named('Grace Okafor')[0]).toMatchObject({ role: 'Advocate', notes: 'met at the fair', updatedAt: NOW });
  });

  it('never makes a confidential person open, and hides a new record that may be them', () => {
    expect(named('Amaka Obi')).toHaveLength(1);
    expect(named('Amaka Obi')[0]).toMatchObject({ confidential: true, categories: ['directly-affected', 'service-provider'] });
    expect(named('Amaka Obie')[0]?.confidential).toBe(true);
    // Even a user who chooses "add as new" for the exact match gets a hidden record.
    const asNew = applyReconciliation(map, { stakeholders: incoming, ties: [] }, plan, { choices: { 'i-amaka': { action: 'new' } } }, ctx);
    expect(asNew.map.stakeholders.filter((s) => s.name === 'Amaka Obi').map((s) => s.confidential)).toEqual([true, true]);
  });

  it('replaces the values the user chose, and leaves out skipped rows with their ties', () => {
    const chosen = applyReconciliation(map, { stakeholders: incoming, ties: incomingTies }, plan, {
      replace: { 'i-grace': ['notes'] },
      choices: { 'i-new': { action: 'skip' } },
    }, ctx);
    expect(chosen.map.stakeholders.find((s) => s.id === 'm-grace')).toMatchObject({ name: 'Grace Okafor', notes: 'new notes' });
    // The repeat of a skipped row comes in on its own.
    expect(chosen.map.stakeholders.map((s) => s.id)).toEqual(['m-grace', 'm-amaka', 'm-harbor', 'i-amaka-near', 'i-nia-again']);
    expect(chosen.summary).toMatchObject({ added: 2, skipped: 1, duplicates: 0, tiesSkipped: 2 });
  });

  it('changes nothing when the same rows come again', () => {
    const again = planReconciliation(next.stakeholders, incoming);
    const result = applyReconciliation(next, { stakeholders: incoming, ties: incomingTies }, again, {}, ctx);
    expect(result.unchanged).toBe(true);
    expect(result.map).toBe(next);
    expect(result.summary).toMatchObject({ added: 0, updated: 0, tiesAdded: 0 });
  });
});
