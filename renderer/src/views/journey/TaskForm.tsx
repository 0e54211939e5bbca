// Adds a follow-up task: what, who owns it (a stakeholder), when it is due, and the meeting it
// came out of.
import { useState, type FormEvent } from 'react';
import { addTask } from '../../../../shared/journey/tasks';
import type { MapDocument } from '../../../../shared/model';
import { organizationsOf } from '../../../../shared/search/match';
import { pickerLabels } from '../../../../shared/search/namesakes';
import { useActions } from '../../state/use-store';

export function TaskForm({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [meetingId, setMeetingId] = useState('');
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
    const draft = { title: title.trim(), owner, due: due === '' ? null : due, status: 'open' as const, meetingId: meetingId === '' ? null : meetingId };
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
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">No one yet</option>
            {people.map((s) => (
              <option key={s.id} value={s.id}>
                {labels.get(s.id) ?? s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        <label>
          From meeting
          <select value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
            <option value="">None</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title} ({m.startsAt.slice(0, 10)})
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem && <p role="alert">{problem}</p>}
      <button type="submit">Add the task</button>
    </form>
  );
}
