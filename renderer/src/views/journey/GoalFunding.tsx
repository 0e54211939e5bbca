// Edits who funds a goal and what else it needs, after the goal was added: funders are added from
// a typed drop-down and removed one by one, resources typed; one save makes one undo step.
import { useState } from 'react';
import { updateGoal } from '../../../../shared/journey/goals';
import type { Goal, MapDocument } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';
import { Choice } from '../Choice';
import { funderOptions, fundingChanges } from './goal-funding';

export function GoalFunding({ map, goal }: { readonly map: MapDocument; readonly goal: Goal }) {
  const actions = useActions();
  const [funderIds, setFunderIds] = useState<string[]>([...goal.funderIds]);
  const [resources, setResources] = useState(goal.resources);
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const changes = fundingChanges(goal, funderIds, resources);
  const save = () => {
    if (changes) void actions.editJourney(`the funders and resources of “${goal.title}”`, (m) => updateGoal(m, goal.id, changes));
  };
  return (
    <details className="journey-goal-funding">
      <summary>Funders and resources</summary>
      <ul aria-label={`Funders of “${goal.title}”`}>
        {funderIds.length === 0 && <li>No funder yet.</li>}
        {funderIds.map((id) => (
          <li key={id}>
            {names.get(id) ?? id}{' '}
            <button type="button" className="small" aria-label={`Remove ${names.get(id) ?? id} as a funder`} onClick={() => setFunderIds(funderIds.filter((f) => f !== id))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <Choice
        aria-label={`Add a funder to “${goal.title}”`}
        value={null}
        options={funderOptions(map.stakeholders, funderIds)}
        onChange={(id) => id !== null && setFunderIds([...funderIds, id])}
      />
      <label>
        Resources <input aria-label={`Resources of “${goal.title}”`} value={resources} onChange={(e) => setResources(e.target.value)} maxLength={500} placeholder="Staff time, a meeting room, printing…" />
      </label>
      <button type="button" className="small" disabled={changes === null} onClick={save}>
        Save funders and resources
      </button>
    </details>
  );
}
