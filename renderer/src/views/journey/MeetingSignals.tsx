// Beside a meeting: attendance by category (invited against attended), community voices who
// stopped coming as of this meeting, and what its own plan check found (time, place).
import { attendanceByCategory, stoppedComingSentences } from '../../../../shared/journey/meeting-attendance';
import { checkUpcomingMeetings } from '../../../../shared/journey/meeting-checks';
import type { MapDocument, Meeting } from '../../../../shared/model';

interface Props {
  readonly map: MapDocument;
  readonly meeting: Meeting;
  readonly now: string;
  readonly nameOf: (id: string) => string;
}

export function MeetingSignals({ map, meeting, now, nameOf }: Props) {
  const rows = attendanceByCategory(map, meeting).filter((r) => r.invited > 0 || r.attended > 0);
  const checks = checkUpcomingMeetings(map, now, nameOf).filter((c) => c.meetingId === meeting.id);
  const stopped = stoppedComingSentences(map, now, nameOf).filter((s) => s.message.includes(`up to "${meeting.title}"`));
  return (
    <section className="journey-meeting-signals" aria-label="Attendance and checks">
      {checks.map((c) => (
        <p key={c.kind + c.message} className="journey-warning" role="note">
          {c.message}
        </p>
      ))}
      {rows.length > 0 && (
        <table className="journey-attendance">
          <caption>Attendance by category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Invited</th>
              <th scope="col">Invited and came</th>
              <th scope="col">Came in all</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.category}>
                <th scope="row">{r.label}</th>
                <td>{r.invited}</td>
                <td>{r.invitedAndCame}</td>
                <td>{r.attended}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {stopped.map((s) => (
        <p key={s.message} className="journey-warning" role="note">
          {s.message}
        </p>
      ))}
    </section>
  );
}
