// One meeting opened: its plan, who came (the invited as checkboxes, others added by search), the
// minutes, and the printable agenda and sign-in sheet. Saving attendance first shows what it
// suggests (AttendanceConfirm); the confirmed result is one edit, one undo step. "Edit plan" opens
// the planning form on this meeting (one save, one undo step). Removing the meeting keeps its
// tasks, and Undo brings it back.
import { useState } from 'react';
import { ACCESSIBILITY_LABELS, removeMeeting } from '../../../../shared/journey/meetings';
import { ACCESSIBILITY_ITEMS } from '../../../../shared/journey/schema';
import type { MapDocument, Meeting } from '../../../../shared/model';
import { applyAttendance, proposeAttendance, toggleId, type AttendanceProposal } from '../../state/journey/journey-attendance';
import { useActions, useAppState } from '../../state/core/use-store';
import { AttendanceConfirm } from './AttendanceConfirm';
import { MeetingDocuments } from './MeetingDocuments';
import { MeetingForm } from './MeetingForm';
import { MeetingSignals } from './MeetingSignals';
import { FollowUpPack } from './FollowUpPack';
import { StakeholderPicker } from './StakeholderPicker';

interface Props {
  readonly map: MapDocument;
  readonly meeting: Meeting;
  readonly onClose: () => void;
}

export function MeetingDetail({ map, meeting, onClose }: Props) {
  const actions = useActions();
  const [attended, setAttended] = useState<string[]>(() => [...meeting.attended]);
  const [minutes, setMinutes] = useState(meeting.minutes);
  const [proposal, setProposal] = useState<AttendanceProposal | null>(null);
  const [savedNote, setSavedNote] = useState('');
  const [editingPlan, setEditingPlan] = useState(false);
  // While presenting, the minutes on screen are scrubbed of confidential names: never save them back.
  const presenting = useAppState((s) => s.security.presenting);
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const invited = new Set(meeting.invited);
  const others = attended.filter((id) => !invited.has(id));

  const save = (moveIds: string[], addTies: boolean) => {
    const decision = { attended, moveIds, addTies, minutes: presenting || minutes === meeting.minutes ? undefined : minutes };
    void actions
      .editJourney(`the attendance of “${meeting.title}”`, (m, ctx) => applyAttendance(m, meeting.id, decision, ctx))
      .then((done) => {
        if (!done) return;
        setProposal(null);
        setSavedNote(`Saved: ${attended.length} came${moveIds.length > 0 ? `, ${moveIds.length} moved to member` : ''}${addTies ? ', co-attendance ties added' : ''}.`);
      });
  };
  const review = () => {
    const next = proposeAttendance(map, meeting.id, attended);
    if (next.moves.length === 0 && next.possibleTies === 0) save([], false);
    else setProposal(next);
  };

  if (proposal) return <AttendanceConfirm map={map} proposal={proposal} onConfirm={save} onBack={() => setProposal(null)} />;
  if (editingPlan) {
    return (
      <section className="journey-meeting-detail" aria-label={`Meeting “${meeting.title}”`}>
        <MeetingForm map={map} meeting={meeting} onDone={() => setEditingPlan(false)} />
      </section>
    );
  }
  return (
    <section className="journey-meeting-detail" aria-label={`Meeting “${meeting.title}”`}>
      <button type="button" className="small" onClick={onClose}>
        ← All meetings
      </button>
      <h3>
        {meeting.title} <span className="journey-when">{meeting.startsAt.replace('T', ' ').slice(0, 16)}</span>
      </h3>
      <p>{meeting.place || 'No place set yet.'}</p>
      {/* While presenting, the plan on screen is scrubbed of confidential names: editing would save that. */}
      <button type="button" className="small" onClick={() => setEditingPlan(true)} disabled={presenting}>
        Edit plan
      </button>
      <ul className="journey-access" aria-label="Accessibility checklist">
        {ACCESSIBILITY_ITEMS.map((item) => (
          <li key={item} className={meeting.accessibility[item] ? 'yes' : 'no'}>
            {meeting.accessibility[item] ? '✓' : '✗'} {ACCESSIBILITY_LABELS[item]}
          </li>
        ))}
      </ul>
      {meeting.accessibilityNotes !== '' && <p className="journey-access-notes">{meeting.accessibilityNotes}</p>}
      <MeetingSignals map={map} meeting={meeting} now={new Date().toISOString()} nameOf={(id) => names.get(id) ?? id} />
      {meeting.agenda.length > 0 && (
        <ol className="journey-agenda" aria-label="Agenda">
          {meeting.agenda.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      )}
      <fieldset>
        <legend>Who came ({attended.length})</legend>
        {meeting.invited.length === 0 && <p>No one was invited through the app; add who came below.</p>}
        {meeting.invited.map((id) => (
          <label key={id} className="journey-check">
            <input type="checkbox" checked={attended.includes(id)} onChange={(e) => setAttended(toggleId(attended, id, e.target.checked))} />
            {names.get(id) ?? id}
          </label>
        ))}
      </fieldset>
      <StakeholderPicker
        label="Add others who came"
        people={map.stakeholders.filter((s) => !invited.has(s.id))}
        chosen={others}
        onChange={(ids) => setAttended([...attended.filter((id) => invited.has(id)), ...ids])}
      />
      <label className="journey-field">
        Minutes
        <textarea value={minutes} onChange={(e) => setMinutes(e.target.value)} rows={4} maxLength={20_000} readOnly={presenting} />
      </label>
      {presenting && <p className="hint">Presentation mode is on: the minutes are shown without confidential names and cannot be edited.</p>}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={review}>
          Save attendance and minutes
        </button>
      </div>
      {savedNote !== '' && <p role="status">{savedNote}</p>}
      <div className="dialog-actions">
        <button
          type="button"
          className="small danger"
          onClick={() => void actions.editJourney(`the removal of “${meeting.title}”`, (m) => removeMeeting(m, meeting.id)).then((done) => done && onClose())}
        >
          Remove this meeting
        </button>
      </div>
      <MeetingDocuments map={map} meeting={meeting} onAttendance={(ids) => setAttended(ids)} />
      <FollowUpPack map={map} meeting={meeting} />
    </section>
  );
}
