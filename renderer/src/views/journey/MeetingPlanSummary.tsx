// The plan of an opened meeting as read, not edited: title and time, place, the accessibility
// checklist and notes, what the meeting's signals say, and the agenda; "Edit plan" opens the form.
import { ACCESSIBILITY_LABELS } from '../../../../shared/journey/meetings';
import { ACCESSIBILITY_ITEMS } from '../../../../shared/journey/schema';
import type { MapDocument, Meeting } from '../../../../shared/model';
import { MeetingSignals } from './MeetingSignals';

interface Props {
  readonly map: MapDocument;
  readonly meeting: Meeting;
  readonly presenting: boolean;
  readonly nameOf: (id: string) => string;
  readonly onEditPlan: () => void;
}

export function MeetingPlanSummary({ map, meeting, presenting, nameOf, onEditPlan }: Props) {
  return (
    <>
      <h3>
        {meeting.title} <span className="journey-when">{meeting.startsAt.replace('T', ' ').slice(0, 16)}</span>
      </h3>
      <p>{meeting.place || 'No place set yet.'}</p>
      {/* While presenting, the plan on screen is scrubbed of confidential names: editing would save that. */}
      <button type="button" className="small" onClick={onEditPlan} disabled={presenting}>
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
      <MeetingSignals map={map} meeting={meeting} now={new Date().toISOString()} nameOf={nameOf} />
      {meeting.agenda.length > 0 && (
        <ol className="journey-agenda" aria-label="Agenda">
          {meeting.agenda.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      )}
    </>
  );
}
