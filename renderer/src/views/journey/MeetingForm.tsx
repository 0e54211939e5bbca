// Plans a meeting: title, date and time, place, the accessibility checklist, agenda and invitations.
import { useState, type FormEvent } from 'react';
import { ACCESSIBILITY_LABELS, addMeeting } from '../../../../shared/journey/meetings';
import { ACCESSIBILITY_ITEMS } from '../../../../shared/journey/schema';
import type { AccessibilityItem, MapDocument } from '../../../../shared/model';
import { useActions } from '../../state/use-store';
import { StakeholderPicker } from './StakeholderPicker';

const NO_CHECKS: Record<AccessibilityItem, boolean> = { outsideWorkHours: false, childcare: false, safePlace: false, transport: false, language: false };

export function MeetingForm({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [checks, setChecks] = useState(NO_CHECKS);
  const [agenda, setAgenda] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  const [problem, setProblem] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '' || startsAt === '') {
      setProblem('A meeting needs a title and a date and time.');
      return;
    }
    setProblem('');
    const draft = {
      title: title.trim(),
      startsAt,
      place: place.trim(),
      accessibility: checks,
      accessibilityNotes: '',
      agenda: agenda.split('\n').map((line) => line.trim()).filter(Boolean),
      invited,
      attended: [],
      minutes: '',
    };
    void actions.editJourney(`the meeting “${draft.title}”`, (m, ctx) => addMeeting(m, draft, ctx).map).then((done) => {
      if (!done) return;
      setTitle('');
      setStartsAt('');
      setPlace('');
      setChecks(NO_CHECKS);
      setAgenda('');
      setInvited([]);
    });
  };

  return (
    <form className="journey-form" onSubmit={submit} aria-label="Plan a meeting">
      <h3>Plan a meeting</h3>
      <label>
        Title <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </label>
      <label>
        Date and time <input type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
      </label>
      <label>
        Place <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={500} />
      </label>
      <fieldset>
        <legend>So everyone can come</legend>
        {ACCESSIBILITY_ITEMS.map((item) => (
          <label key={item} className="journey-check">
            <input type="checkbox" checked={checks[item]} onChange={(e) => setChecks({ ...checks, [item]: e.target.checked })} />
            {ACCESSIBILITY_LABELS[item]}
          </label>
        ))}
      </fieldset>
      <label>
        Agenda (one item a line) <textarea value={agenda} onChange={(e) => setAgenda(e.target.value)} rows={3} />
      </label>
      <StakeholderPicker label="Invite" people={map.stakeholders} chosen={invited} onChange={setInvited} />
      {problem && <p role="alert">{problem}</p>}
      <button type="submit">Add the meeting</button>
    </form>
  );
}
