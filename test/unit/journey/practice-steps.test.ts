// The steps follow the guide's order: the mission belongs to the first meeting, step 5 keeps the
// goals not yet achieved in view, and step 7 weighs outcomes and the members' evaluation.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { addEvaluation, addResponse } from '../../../shared/journey/evaluation';
import { addGoal, updateGoal } from '../../../shared/journey/goals';
import { describeSteps } from '../../../shared/journey/step-facts';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { editContext, journeyMap, NOW } from './journey-map';

function facts(map: MapDocument, id: string): readonly string[] {
  return describeSteps(map, analyzeMap(map), NOW).find((s) => s.id === id)!.facts;
}

function planned(): MapDocument {
  let map = journeyMap();
  map = addGoal(map, { title: 'One referral form', status: 'in-progress', outcome: '', funderIds: [], resources: '' }).map;
  map = addGoal(map, { title: 'Housing budget line', status: 'planned', outcome: '', funderIds: [], resources: '' }).map;
  map = addGoal(map, { title: 'Interpreters', status: 'achieved', outcome: 'Every clinic now books one within a day.', funderIds: [], resources: '' }).map;
  return map;
}

describe('steps against the guide', () => {
  it('does not ask for a mission in step 1, before anyone has joined', () => {
    const bare = emptyMap('New');
    expect(facts(bare, 'examine-objective').join(' ')).not.toMatch(/mission/i);
    expect(facts(bare, 'first-meeting')).toContain('The mission statement comes out of the first meeting, with every member\u2019s input.');
  });

  it('step 5 names the goals not yet achieved, with their open tasks', () => {
    expect(facts(planned(), 'follow-up')).toContain('Not yet achieved: "One referral form" (in progress, 0 open tasks); "Housing budget line" (planned, 0 open tasks).');
    const done = updateGoal(updateGoal(planned(), 'goal-1', { status: 'achieved' }), 'goal-2', { status: 'dropped' });
    expect(facts(done, 'follow-up')).toContain('Every goal is achieved or set aside.');
  });

  it('step 7 compares outcomes against the goals and tells the latest evaluation', () => {
    let map = planned();
    const said = facts(map, 'evaluate');
    expect(said).toContain('1 of 3 goals achieved.');
    expect(said).toContain('"Interpreters": Every clinic now books one within a day.');
    expect(said).toContainEqual(expect.stringMatching(/^No evaluation round yet/));
    const round = addEvaluation(map, { heldOn: '2026-02-01', label: 'Winter check' }, editContext('e'));
    map = addResponse(addResponse(round.map, round.id, { 'q-meetings': 4, 'q-goals-clear': 2 }), round.id, { 'q-meetings': 3 });
    expect(facts(map, 'evaluate')).toEqual(
      expect.arrayContaining(['Winter check of 2026-02-01: 2 forms returned (kept without names).', 'How we work: 3.5 of 5.', 'Our goals: 2.0 of 5.', 'What we achieve: no answers.']),
    );
  });

  it('step 3 flags members with lived experience who own no open task, and not once they do', () => {
    const map = journeyMap();
    expect(facts(map, 'recruit-lived-experience')).toContainEqual(expect.stringMatching(/^Confidential stakeholder 1 brings lived experience but owns no open task/));
    const busy = { ...map, tasks: [...map.tasks, { id: 't-rep', title: 'Call the mayor', owner: 'maria', due: null, status: 'open' as const, meetingId: null, goalId: null }] };
    expect(facts(busy, 'recruit-lived-experience')).toContain('Every member with lived experience owns an open task.');
  });
});
