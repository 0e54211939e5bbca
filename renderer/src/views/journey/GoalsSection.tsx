// The action plan: each goal with its status, the tasks serving it, what came of it, and who funds
// it. Status changes save at once (one undo step each); the outcome, funders and resources save
// when asked.
import { useState, type FormEvent } from 'react';
import { addGoal, GOAL_STATUS_LABELS, updateGoal } from '../../../../shared/journey/goals';
import { GOAL_STATUSES } from '../../../../shared/journey/schema';
import type { Goal, GoalStatus, MapDocument } from '../../../../shared/model';
import { useActions, useAppState } from '../../state/core/use-store';
import { Choice, optionsOf } from '../Choice';
import { GoalFunding } from './GoalFunding';

const STATUS_OPTIONS = optionsOf<GoalStatus>(GOAL_STATUSES, (s) => GOAL_STATUS_LABELS[s]);

function GoalItem({ map, goal }: { readonly map: MapDocument; readonly goal: Goal }) {
  const actions = useActions();
  const presenting = useAppState((s) => s.security.presenting);
  const [outcome, setOutcome] = useState(goal.outcome);
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const tasks = map.tasks.filter((t) => t.goalId === goal.id);
  const open = tasks.filter((t) => t.status === 'open').length;
  return (
    <li className={`journey-goal goal-${goal.status}`}>
      <div className="journey-step-head">
        <h3>{goal.title}</h3>
        <Choice
          aria-label={`Status of the goal “${goal.title}”`}
          value={goal.status}
          options={STATUS_OPTIONS}
          disabled={presenting}
          onChange={(status) => void actions.editJourney(`the status of “${goal.title}”`, (m) => updateGoal(m, goal.id, { status }))}
        />
      </div>
      <p className="journey-purpose">
        {tasks.length === 0 ? 'No task serves it yet.' : `${open} open and ${tasks.length - open} done ${tasks.length === 1 ? 'task' : 'tasks'}.`}
        {goal.funderIds.length > 0 && ` Funded by ${goal.funderIds.map((id) => names.get(id) ?? id).join(', ')}.`}
        {goal.resources !== '' && ` Resources: ${goal.resources}.`}
      </p>
      <div className="journey-notes">
        <label>
          Outcome
          <textarea aria-label={`Outcome of “${goal.title}”`} value={outcome} onChange={(e) => setOutcome(e.target.value)} rows={2} maxLength={20_000} readOnly={presenting} />
        </label>
        {outcome !== goal.outcome && !presenting && (
          <button type="button" className="small" onClick={() => void actions.editJourney(`the outcome of “${goal.title}”`, (m) => updateGoal(m, goal.id, { outcome }))}>
            Save outcome
          </button>
        )}
      </div>
      {/* Keyed on what is saved, so the editor starts again from the goal after a save or an undo. */}
      {!presenting && <GoalFunding key={`${goal.funderIds.join(',')}:${goal.resources}`} map={map} goal={goal} />}
    </li>
  );
}

export function GoalsSection({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const [title, setTitle] = useState('');
  const [funder, setFunder] = useState('');
  const [problem, setProblem] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setProblem('Say what the coalition wants to achieve.');
    setProblem('');
    const draft = { title: title.trim(), status: 'planned' as const, outcome: '', funderIds: funder === '' ? [] : [funder], resources: '' };
    void actions.editJourney(`the goal “${draft.title}”`, (m) => addGoal(m, draft).map).then((done) => done && setTitle(''));
  };
  const people = [...map.stakeholders].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-label="Goals">
      {map.coalition.goals.length === 0 ? (
        <p>No goals yet. Write down what the coalition means to achieve, then link tasks to each goal.</p>
      ) : (
        <ul className="journey-steps" aria-label="The action plan">
          {map.coalition.goals.map((g) => (
            <GoalItem key={`${g.id}:${g.outcome}`} map={map} goal={g} />
          ))}
        </ul>
      )}
      <form className="journey-form" onSubmit={submit} aria-label="Add a goal">
        <h3>Add a goal</h3>
        <label>
          Goal <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
        </label>
        <label>
          Funded by
          <Choice value={funder} options={[{ value: '', label: 'No funder' }, ...people.map((s) => ({ value: s.id, label: s.name }))]} onChange={setFunder} />
        </label>
        {problem && <p role="alert">{problem}</p>}
        <button type="submit">Add the goal</button>
      </form>
    </section>
  );
}
