// A meeting's paper documents: the agenda to hand out, and the sign-in sheet to pass round. The
// sheet's columns (Name, Attended) are the ones the sign-in import reads back. Confidential
// invitees are not printed: a sheet left on a table must not name survivors; their line is blank
// for them to fill in themselves.
import { ACCESSIBILITY_LABELS } from '../../../../shared/journey/meetings';
import { ACCESSIBILITY_ITEMS } from '../../../../shared/journey/schema';
import type { MapDocument, Meeting } from '../../../../shared/model';

export type MeetingPaper = 'agenda' | 'sign-in';

interface Props {
  readonly map: MapDocument;
  readonly meeting: Meeting;
  readonly paper: MeetingPaper;
  readonly today: string;
}

/** Blank lines under the invited, for people who come without an invitation. */
export const SPARE_SIGN_IN_LINES = 10;

function when(meeting: Meeting): string {
  return `${meeting.startsAt.slice(0, 10)} at ${meeting.startsAt.slice(11, 16)}`;
}

/** Names printed on the sheet, and how many invitees were left for a blank line instead. */
export function signInNames(map: MapDocument, meeting: Meeting): { names: string[]; withheld: number } {
  const byId = new Map(map.stakeholders.map((s) => [s.id, s]));
  const invited = meeting.invited.map((id) => byId.get(id)).filter((s) => s !== undefined);
  return {
    names: invited.filter((s) => !s.confidential).map((s) => s.name).sort((a, b) => a.localeCompare(b)),
    withheld: invited.filter((s) => s.confidential).length,
  };
}

function Agenda({ meeting }: { readonly meeting: Meeting }) {
  const offered = ACCESSIBILITY_ITEMS.filter((item) => meeting.accessibility[item]).map((item) => ACCESSIBILITY_LABELS[item]);
  return (
    <>
      <h2>Agenda</h2>
      {meeting.agenda.length === 0 ? <p>The agenda will be agreed at the start of the meeting.</p> : <ol>{meeting.agenda.map((item, i) => <li key={i}>{item}</li>)}</ol>}
      {offered.length > 0 && (
        <>
          <h2>For everyone to take part</h2>
          <ul>
            {offered.map((o) => (
              <li key={o}>{o[0]!.toUpperCase() + o.slice(1)}</li>
            ))}
          </ul>
        </>
      )}
      {meeting.accessibilityNotes !== '' && <p>{meeting.accessibilityNotes}</p>}
    </>
  );
}

function SignIn({ map, meeting }: { readonly map: MapDocument; readonly meeting: Meeting }) {
  const { names, withheld } = signInNames(map, meeting);
  const blanks = withheld + SPARE_SIGN_IN_LINES;
  return (
    <>
      <h2>Sign-in sheet</h2>
      <p>Please write yes beside your name if you are here, or add your name on a free line.</p>
      <table className="brief-table meeting-sign-in">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Attended</th>
            <th scope="col">Signature</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name}>
              <td>{name}</td>
              <td />
              <td />
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, i) => (
            <tr key={`blank-${i}`} className="blank">
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function MeetingPrintDocument({ map, meeting, paper, today }: Props) {
  return (
    <article className="brief meeting-paper" aria-label={paper === 'agenda' ? 'Meeting agenda' : 'Meeting sign-in sheet'}>
      <header className="brief-header">
        <h1>{meeting.title}</h1>
        <p className="brief-date">{map.coalition.name}</p>
      </header>
      <p>
        <strong>When:</strong> {when(meeting)}
        {meeting.place !== '' && (
          <>
            {' '}
            · <strong>Where:</strong> {meeting.place}
          </>
        )}
      </p>
      {paper === 'agenda' ? <Agenda meeting={meeting} /> : <SignIn map={map} meeting={meeting} />}
      <footer className="brief-footer">Printed from Coalition Mapper on {today}.</footer>
    </article>
  );
}
