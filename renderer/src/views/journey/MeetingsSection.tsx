// Meetings, next first, with what their accessibility checklist still leaves open; a form to plan
// a new one; and any meeting opened to record who came.
import { useState } from 'react';
import { accessibilityGaps, heldMeetings, upcomingMeetings } from '../../../../shared/journey/meetings';
import type { MapDocument, Meeting } from '../../../../shared/model';
import { MeetingDetail } from './MeetingDetail';
import { MeetingForm } from './MeetingForm';

function MeetingItem({ meeting, held, onOpen }: { readonly meeting: Meeting; readonly held: boolean; readonly onOpen: () => void }) {
  const gaps = accessibilityGaps(meeting);
  return (
    <li className="journey-meeting">
      <div className="journey-step-head">
        <h4>
          {meeting.title} <span className="journey-when">{meeting.startsAt.replace('T', ' ').slice(0, 16)}</span>
        </h4>
        <button type="button" className="small" onClick={onOpen} aria-label={`Open “${meeting.title}”`}>
          Open
        </button>
      </div>
      {meeting.place && <p>{meeting.place}</p>}
      <p>
        {meeting.invited.length} invited{held || meeting.attended.length > 0 ? `, ${meeting.attended.length} came` : ''}
        {meeting.agenda.length > 0 ? ` · ${meeting.agenda.length} agenda items` : ' · no agenda yet'}
      </p>
      {gaps.length > 0 && <p className="journey-gaps">Not yet ticked: {gaps.join(', ')}.</p>}
    </li>
  );
}

export function MeetingsSection({ map, now }: { readonly map: MapDocument; readonly now: string }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const opened = map.meetings.find((m) => m.id === openId);
  // Keyed by meeting so an opened meeting's draft starts from what is saved.
  if (opened) return <MeetingDetail key={opened.id} map={map} meeting={opened} onClose={() => setOpenId(null)} />;
  const upcoming = upcomingMeetings(map, now);
  const held = heldMeetings(map, now).reverse();
  const item = (m: Meeting, wasHeld: boolean) => <MeetingItem key={m.id} meeting={m} held={wasHeld} onOpen={() => setOpenId(m.id)} />;
  return (
    <section aria-label="Meetings">
      <h3>Coming up</h3>
      {upcoming.length === 0 ? <p>No meeting is planned.</p> : <ul className="journey-list">{upcoming.map((m) => item(m, false))}</ul>}
      <h3>Held</h3>
      {held.length === 0 ? <p>No meeting held yet.</p> : <ul className="journey-list">{held.map((m) => item(m, true))}</ul>}
      <MeetingForm map={map} />
    </section>
  );
}
