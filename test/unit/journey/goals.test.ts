// Goals as an action plan: edits keep references whole, the profile's lines keep each goal's
// status, and stakeholders leaving the map leave the goals' funders and the roles too.
import { describe, expect, it } from 'vitest';
import { removeStakeholder } from '../../../shared/edits';
import { applyCoalitionProfile } from '../../../shared/edits-catalog';
import { addGoal, goalsFromLines, removeGoal, unmetGoals, updateGoal } from '../../../shared/journey/goals';
import { addTask } from '../../../shared/journey/tasks';
import type { Goal, MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { editContext, journeyMap, NOW } from './journey-map';

function goal(id: string, title: string, status: Goal['status'] = 'planned'): Goal {
  return { id, title, status, outcome: '', funderIds: [], resources: '' };
}

function withPlan(): MapDocument {
  let map = journeyMap();
  map = addGoal(map, { title: 'One referral form', status: 'in-progress', outcome: '', funderIds: ['shelter'], resources: '' }).map;
  map = addGoal(map, { title: 'A housing budget line', status: 'planned', outcome: '', funderIds: [], resources: 'Council time' }).map;
  return { ...map, roles: [{ stakeholderId: 'haven', role: 'coordinator' }] };
}

describe('goals', () => {
  it('adds goals with fresh ids, links tasks to them and refuses unknown goals or funders', () => {
    const map = withPlan();
    expect(map.coalition.goals.map((g) => g.id)).toEqual(['goal-1', 'goal-2']);
    const { map: next } = addTask(map, { title: 'Draft the form', owner: 'shelter', due: null, status: 'open', meetingId: null, goalId: 'goal-1' }, editContext('t'));
    expect(mapDocumentSchema.safeParse(next).success).toBe(true);
    expect(() => addTask(map, { title: 'x', owner: '', due: null, status: 'open', meetingId: null, goalId: 'goal-9' }, editContext())).toThrow(/No goal with id "goal-9"/);
    expect(() => updateGoal(map, 'goal-1', { funderIds: ['ghost'] })).toThrow(/funder "ghost" is not on the map/);
  });

  it('lists planned and in-progress goals as not yet achieved', () => {
    const map = updateGoal(withPlan(), 'goal-2', { status: 'achieved', outcome: 'Passed in March' });
    expect(unmetGoals(map).map((g) => g.title)).toEqual(['One referral form']);
    expect(unmetGoals(updateGoal(map, 'goal-1', { status: 'dropped' }))).toEqual([]);
  });

  it('unlinks tasks from a removed goal', () => {
    const { map } = addTask(withPlan(), { title: 'Draft', owner: '', due: null, status: 'open', meetingId: null, goalId: 'goal-1' }, editContext('t'));
    const next = removeGoal(map, 'goal-1');
    expect(next.tasks.find((t) => t.title === 'Draft')?.goalId).toBeNull();
    expect(mapDocumentSchema.safeParse(next).success).toBe(true);
  });

  it('keeps each goal when the profile rewords, reorders, removes or adds lines', () => {
    const before = [goal('goal-1', 'Referral form', 'achieved'), goal('goal-2', 'Housing', 'in-progress'), goal('goal-3', 'Interpreters')];
    const reordered = goalsFromLines(['Housing', 'Referral form'], before);
    expect(reordered.map((g) => [g.id, g.status])).toEqual([
      ['goal-2', 'in-progress'],
      ['goal-1', 'achieved'],
    ]);
    const reworded = goalsFromLines(['Referral form', 'Housing', 'Interpreters at every service', 'A website'], before);
    expect(reworded.map((g) => [g.id, g.title, g.status])).toEqual([
      ['goal-1', 'Referral form', 'achieved'],
      ['goal-2', 'Housing', 'in-progress'],
      ['goal-3', 'Interpreters at every service', 'planned'],
      ['goal-4', 'A website', 'planned'],
    ]);
  });

  it('unlinks tasks from a goal the profile removed, so the map still saves', () => {
    const { map } = addTask(withPlan(), { title: 'Draft', owner: '', due: null, status: 'open', meetingId: null, goalId: 'goal-2' }, editContext('t'));
    const next = applyCoalitionProfile(map, { ...map.coalition, goals: goalsFromLines(['One referral form'], map.coalition.goals) }, { now: NOW });
    expect(next.tasks.find((t) => t.title === 'Draft')?.goalId).toBeNull();
    expect(mapDocumentSchema.safeParse(next).success).toBe(true);
  });

  it('drops a removed stakeholder from goals\u2019 funders and from roles, so the map still saves', () => {
    const next = removeStakeholder(removeStakeholder(withPlan(), 'shelter'), 'haven');
    expect(next.coalition.goals[0]?.funderIds).toEqual([]);
    expect(next.roles).toEqual([]);
    expect(next.coalition.anchorId).toBeNull();
    expect(mapDocumentSchema.safeParse(next).success).toBe(true);
  });
});
