// One meeting opened: its plan, who came (the invited as checkboxes, others added by search), the
// minutes, and the printable agenda and sign-in sheet. Saving attendance first shows what it
// suggests (AttendanceConfirm); the confirmed result is one edit, one undo step. "Edit plan" opens
// the planning form on this meeting (one save, one undo step). Removing the meeting keeps its
// tasks, and Undo brings it back.
import { useState } from 'react';
import { removeMeeting } from '../../../../shared/journey/meetings';
import type { MapDocument, Meeting } from '../../../../shared/model';
import { applyAttendance, proposeAttendance, type AttendanceProposal } from '../../state/journey/journey-attendance';
import { useActions, useAppState } from '../../state/core/use-store';
import { AttendanceConfirm } from './AttendanceConfirm';
import { MeetingDocuments } from './MeetingDocuments';
import { MeetingForm } from './MeetingForm';
import { MeetingPlanSummary } from './MeetingPlanSummary';
import { FollowUpPack } from './FollowUpPack';
import { WhoCame } from './WhoCame';

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
  const nameOf = (id: string) => names.get(id) ?? id;

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
      <MeetingPlanSummary map={map} meeting={meeting} presenting={presenting} nameOf={nameOf} onEditPlan={() => setEditingPlan(true)} />
      <WhoCame map={map} meeting={meeting} attended={attended} setAttended={setAttended} nameOf={nameOf} />
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
