// A goal's funders and resources, edited after the goal was added: the drop-down offers only
// people not yet funding it, and a save carries only what changed, through the real goal edit.
import { describe, expect, it } from 'vitest';
import { addGoal, updateGoal } from '../../../shared/journey/goals';
import { mapDocumentSchema } from '../../../shared/schema';
import { funderOptions, fundingChanges } from '../../../renderer/src/views/journey/goal-funding';
import { journeyMap } from '../journey/journey-map';

function withGoal() {
  return addGoal(journeyMap(), { title: 'One referral form', status: 'planned', outcome: '', funderIds: ['shelter'], resources: '' }).map;
}

describe('a goal\u2019s funders and resources', () => {
  it('offers a prompt, then everyone not yet funding the goal, by name', () => {
    const map = withGoal();
    const options = funderOptions(map.stakeholders, ['shelter', 'legal']);
    expect(options[0]).toEqual({ value: null, label: 'Add a funder…' });
    const ids = options.slice(1).map((o) => o.value);
    expect(ids).not.toContain('shelter');
    expect(ids).not.toContain('legal');
    expect(ids).toHaveLength(map.stakeholders.length - 2);
    const labels = options.slice(1).map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  it('saves only what changed, and the saved map is still valid', () => {
    const map = withGoal();
    const goal = map.coalition.goals[0];
    if (!goal) throw new Error('no goal');
    expect(fundingChanges(goal, ['shelter'], '  ')).toBeNull();
    expect(fundingChanges(goal, ['shelter'], ' Council time ')).toEqual({ resources: 'Council time' });
    const changes = fundingChanges(goal, ['haven', 'legal', 'haven'], '');
    expect(changes).toEqual({ funderIds: ['haven', 'legal'] });
    const saved = updateGoal(map, goal.id, changes ?? {});
    expect(saved.coalition.goals[0]).toMatchObject({ funderIds: ['haven', 'legal'], resources: '', title: 'One referral form' });
    expect(mapDocumentSchema.safeParse(saved).success).toBe(true);
    expect(fundingChanges(goal, [], '')).toEqual({ funderIds: [] });
  });
});
