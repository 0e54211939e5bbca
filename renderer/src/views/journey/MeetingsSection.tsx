// Meetings, next first, with what their accessibility checklist still leaves open; and a form to
// plan a new one.
import { accessibilityGaps, heldMeetings, upcomingMeetings } from '../../../../shared/journey/meetings';
import type { MapDocument, Meeting } from '../../../../shared/model';
import { MeetingForm } from './MeetingForm';

function MeetingItem({ meeting, held }: { readonly meeting: Meeting; readonly held: boolean }) {
  const gaps = accessibilityGaps(meeting);
  return (
    <li className="journey-meeting">
      <h4>
        {meeting.title} <span className="journey-when">{meeting.startsAt.replace('T', ' ').slice(0, 16)}</span>
      </h4>
      {meeting.place && <p>{meeting.place}</p>}
      <p>
        {meeting.invited.length} invited{held ? `, ${meeting.attended.length} came` : ''}
        {meeting.agenda.length > 0 ? ` · ${meeting.agenda.length} agenda items` : ' · no agenda yet'}
      </p>
      {gaps.length > 0 && <p className="journey-gaps">Not yet ticked: {gaps.join(', ')}.</p>}
    </li>
  );
}

export function MeetingsSection({ map, now }: { readonly map: MapDocument; readonly now: string }) {
  const upcoming = upcomingMeetings(map, now);
  const held = heldMeetings(map, now).reverse();
  return (
    <section aria-label="Meetings">
      <h3>Coming up</h3>
      {upcoming.length === 0 ? <p>No meeting is planned.</p> : <ul className="journey-list">{upcoming.map((m) => <MeetingItem key={m.id} meeting={m} held={false} />)}</ul>}
      <h3>Held</h3>
      {held.length === 0 ? <p>No meeting held yet.</p> : <ul className="journey-list">{held.map((m) => <MeetingItem key={m.id} meeting={m} held />)}</ul>}
      <MeetingForm map={map} />
    </section>
  );
}
