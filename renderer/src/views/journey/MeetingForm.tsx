// Plans a meeting: title, date and time, place, the accessibility checklist, agenda and invitations.
// Given a meeting, the same form edits its plan: one save, one undo step; attendance and minutes
// are left as they are.
import { useState, type FormEvent } from 'react';
import { addFirstMeetingAgenda, firstMeetingAgenda } from '../../../../shared/journey/first-meeting-agenda';
import { addMeeting, updateMeeting } from '../../../../shared/journey/meetings';
import type { AccessibilityItem, MapDocument, Meeting } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';
import { AccessibilityChecks } from './AccessibilityChecks';
import { localTime, meetingPlanFrom } from './meeting-plan';
import { StakeholderPicker } from './StakeholderPicker';

const NO_CHECKS: Record<AccessibilityItem, boolean> = { outsideWorkHours: false, childcare: false, safePlace: false, transport: false, language: false };


interface Props {
  readonly map: MapDocument;
  /** The meeting whose plan to edit; without it the form plans a new one. */
  readonly meeting?: Meeting;
  /** Called once an edit is saved, or cancelled. */
  readonly onDone?: () => void;
}

export function MeetingForm({ map, meeting, onDone }: Props) {
  const actions = useActions();
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [startsAt, setStartsAt] = useState(meeting ? localTime(meeting.startsAt) : '');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [checks, setChecks] = useState<Record<AccessibilityItem, boolean>>(meeting ? { ...meeting.accessibility } : NO_CHECKS);
  const [notes, setNotes] = useState(meeting?.accessibilityNotes ?? '');
  const [agenda, setAgenda] = useState(meeting?.agenda.join('\n') ?? '');
  const [invited, setInvited] = useState<string[]>(meeting ? [...meeting.invited] : []);
  const [problem, setProblem] = useState('');

  const reset = () => {
    setTitle('');
    setStartsAt('');
    setPlace('');
    setChecks(NO_CHECKS);
    setNotes('');
    setAgenda('');
    setInvited([]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = meetingPlanFrom({ title, startsAt, place, checks, notes, agenda, invited }, meeting);
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    setProblem('');
    const { plan } = result;
    if (meeting) {
      void actions.editJourney(`the plan of “${plan.title}”`, (m) => updateMeeting(m, meeting.id, plan)).then((done) => done && onDone?.());
      return;
    }
    const draft = { ...plan, attended: [], minutes: '' };
    void actions.editJourney(`the meeting “${draft.title}”`, (m, ctx) => addMeeting(m, draft, ctx).map).then((done) => done && reset());
  };

  const heading = meeting ? `Edit the plan of “${meeting.title}”` : 'Plan a meeting';
  return (
    <form className="journey-form" onSubmit={submit} aria-label={heading}>
      <h3>{meeting ? 'Edit the plan' : 'Plan a meeting'}</h3>
      <label>
        Title <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </label>
      <label>
        Date and time <input type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
      </label>
      <label>
        Place <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={500} />
      </label>
      <AccessibilityChecks checks={checks} setChecks={setChecks} notes={notes} setNotes={setNotes} />
      <label>
        Agenda (one item a line) <textarea value={agenda} onChange={(e) => setAgenda(e.target.value)} rows={agenda === '' ? 3 : 6} />
      </label>
      {/* Adds below what is typed (never replaces it); each item names who leads it. */}
      <button type="button" className="small journey-agenda-template" onClick={() => setAgenda(addFirstMeetingAgenda(agenda, firstMeetingAgenda(map)))}>
        Use the first-meeting agenda
      </button>
      <StakeholderPicker label="Invite" people={map.stakeholders} chosen={invited} onChange={setInvited} />
      {problem && <p role="alert">{problem}</p>}
      {meeting ? (
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Save the plan
          </button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="submit">Add the meeting</button>
      )}
    </form>
  );
}
