// Removing, merging or purging stakeholders keeps meetings, tasks and committees pointing at
// people who are on the map, so the result always saves.
import { describe, expect, it } from 'vitest';
import { mergeStakeholders, removeStakeholder } from '../../../shared/edits';
import { purgeInactive } from '../../../shared/retention';
import { describeSchemaError, mapDocumentSchema } from '../../../shared/schema';
import { journeyMap, NOW } from './journey-map';

function assertValid(map: unknown): void {
  const parsed = mapDocumentSchema.safeParse(map);
  if (!parsed.success) throw new Error(describeSchemaError(parsed.error));
}

describe('journey references', () => {
  it('removeStakeholder takes them off meetings and committees and unassigns their tasks', () => {
    const map = removeStakeholder(journeyMap(), 'shelter');
    expect(map.meetings[0]).toMatchObject({ invited: ['haven', 'pastor', 'dana'], attended: ['haven'] });
    expect(map.meetings[1]?.invited).toEqual(['legal']);
    expect(map.tasks.find((t) => t.id === 't-minutes')?.owner).toBe('');
    expect(map.tasks.find((t) => t.id === 't-call')?.owner).toBe('haven');
    expect(map.committees[0]?.memberIds).toEqual(['pastor']);
    assertValid(map);
  });

  it('mergeStakeholders puts the kept record in the dropped one\u2019s place, once', () => {
    const map = mergeStakeholders(journeyMap(), 'pastor', 'shelter', { now: NOW });
    expect(map.meetings[0]).toMatchObject({ invited: ['pastor', 'haven', 'dana'], attended: ['pastor', 'haven'] });
    expect(map.tasks.find((t) => t.id === 't-minutes')?.owner).toBe('pastor');
    expect(map.committees[0]?.memberIds).toEqual(['pastor']);
    assertValid(map);
  });

  it('a retention purge leaves no dangling references', () => {
    const base = journeyMap();
    const old = { ...base, stakeholders: base.stakeholders.map((s) => (s.id === 'haven' ? { ...s, updatedAt: '2020-01-01T00:00:00.000Z' } : s)) };
    const { map } = purgeInactive(old, { mode: 'remove-stakeholders', inactiveDays: 365, now: new Date(NOW) });
    expect(map.stakeholders.some((s) => s.id === 'haven')).toBe(false);
    expect(map.tasks.find((t) => t.id === 't-call')?.owner).toBe('');
    assertValid(map);
  });

  it('the schema names every dangling reference and duplicate id', () => {
    const base = journeyMap();
    const bad = {
      ...base,
      steps: [{ id: 'evaluate' }, { id: 'evaluate' }],
      meetings: [{ ...base.meetings[0]!, attended: ['ghost'] }],
      tasks: [{ ...base.tasks[0]!, owner: 'nobody', meetingId: 'm-next' }],
      committees: [{ ...base.committees[0]!, memberIds: ['phantom'] }],
    };
    const parsed = mapDocumentSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    const text = describeSchemaError(parsed.error!, 10);
    expect(text).toContain('steps[1].id: duplicate step id "evaluate"');
    expect(text).toContain('meetings[0].attended[0]: the attendance list refers to unknown stakeholder "ghost"');
    expect(text).toContain('tasks[0].owner: the task\'s owner "nobody" is not on the map');
    expect(text).toContain('tasks[0].meetingId: the task refers to unknown meeting "m-next"');
    expect(text).toContain('committees[0].memberIds[0]: the committee refers to unknown stakeholder "phantom"');
  });
});
