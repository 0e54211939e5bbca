// Adds a follow-up task: what, who owns it (a stakeholder), when it is due, and the meeting it
// came out of, and the goal of the action plan it serves.
import { useState, type FormEvent } from 'react';
import { addTask } from '../../../../shared/journey/tasks';
import type { MapDocument } from '../../../../shared/model';
import { organizationsOf } from '../../../../shared/search/match';
import { pickerLabels } from '../../../../shared/search/namesakes';
import { useActions } from '../../state/core/use-store';
import { Choice } from '../Choice';

export function TaskForm({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [goalId, setGoalId] = useState('');
  const [problem, setProblem] = useState('');
  const people = [...map.stakeholders].sort((a, b) => a.name.localeCompare(b.name));
  const labels = pickerLabels(people, organizationsOf(map));
  const meetings = [...map.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Say what needs doing.');
      return;
    }
    setProblem('');
    const draft = { title: title.trim(), owner, due: due === '' ? null : due, status: 'open' as const, meetingId: meetingId === '' ? null : meetingId, goalId: goalId === '' ? null : goalId };
    void actions.editJourney(`the task “${draft.title}”`, (m, ctx) => addTask(m, draft, ctx).map).then((done) => {
      if (!done) return;
      setTitle('');
      setDue('');
    });
  };

  return (
    <form className="journey-form" onSubmit={submit} aria-label="Add a task">
      <h3>Add a task</h3>
      <label>
        Task <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </label>
      <div className="journey-row">
        <label>
          Owner
          <Choice value={owner} options={[{ value: '', label: 'No one yet' }, ...people.map((s) => ({ value: s.id, label: labels.get(s.id) ?? s.name }))]} onChange={setOwner} />
        </label>
        <label>
          Due <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        <label>
          From meeting
          <Choice
            value={meetingId}
            options={[{ value: '', label: 'None' }, ...meetings.map((m) => ({ value: m.id, label: `${m.title} (${m.startsAt.slice(0, 10)})` }))]}
            onChange={setMeetingId}
          />
        </label>
        <label>
          Serves goal
          <Choice value={goalId} options={[{ value: '', label: 'None' }, ...map.coalition.goals.map((g) => ({ value: g.id, label: g.title }))]} onChange={setGoalId} />
        </label>
      </div>
      {problem && <p role="alert">{problem}</p>}
      <button type="submit">Add the task</button>
    </form>
  );
}
