// The follow-up pack on paper: the meeting's minutes, the open tasks from it, and the reminder
// list for the next meeting. Built from buildFollowUpPack, so the export policy has already run:
// placeholders for confidential people, no one without a current consent on the list.
import { createPortal } from 'react-dom';
import { REMINDER_GROUP_LABELS, type FollowUpPack, type ReminderGroup } from '../../../../shared/journey/follow-up-pack';
import './brief.css';
import './meeting-paper.css';

const GROUPS: readonly ReminderGroup[] = ['came', 'missed', 'likely'];

export function FollowUpPrintDocument({ pack, coalition, today }: { readonly pack: FollowUpPack; readonly coalition: string; readonly today: string }) {
  const { meeting } = pack;
  const left = pack.omitted.missingConsent + pack.omitted.expiredConsent;
  return (
    <article className="brief meeting-paper" aria-label="Meeting follow-up pack">
      <header className="brief-header">
        <h1>{meeting.title}: follow-up</h1>
        <p className="brief-date">{coalition}</p>
      </header>
      <p>
        <strong>Held:</strong> {meeting.startsAt.slice(0, 10)} at {meeting.startsAt.slice(11, 16)}
        {meeting.place !== '' && ` · ${meeting.place}`}
      </p>
      <h2>Minutes</h2>
      {pack.minutes.trim() === '' ? <p>No minutes were recorded.</p> : pack.minutes.split('\n').map((line, i) => <p key={i}>{line}</p>)}
      <h2>Tasks from this meeting</h2>
      {pack.tasks.length === 0 ? (
        <p>No open tasks.</p>
      ) : (
        <ul>
          {pack.tasks.map((t, i) => (
            <li key={i}>
              {t.title}: {t.owner}
              {t.due ? `, due ${t.due}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>Reminder list for the next meeting</h2>
      <table className="brief-table">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {GROUPS.flatMap((g) =>
            pack.reminders
              .filter((r) => r.group === g)
              .map((r, i) => (
                <tr key={`${g}-${i}`}>
                  <td>{REMINDER_GROUP_LABELS[g]}</td>
                  <td>{r.name}</td>
                  <td>{r.email}</td>
                  <td>{r.phone}</td>
                  <td>{r.why}</td>
                </tr>
              )),
          )}
        </tbody>
      </table>
      {left > 0 && <p>{left === 1 ? '1 person was' : `${left} people were`} left off the list: no current consent to be contacted.</p>}
      {pack.unticked.length > 0 && <p>Not ticked for this meeting: {pack.unticked.join(', ')}. Worth fixing before the next one.</p>}
      <footer className="brief-footer">Printed from Coalition Mapper on {today}.</footer>
    </article>
  );
}

export function FollowUpPrintRoot(props: { readonly pack: FollowUpPack; readonly coalition: string; readonly today: string }) {
  return createPortal(
    <div className="print-brief">
      <FollowUpPrintDocument {...props} />
    </div>,
    document.body,
  );
}
