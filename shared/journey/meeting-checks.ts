// A meeting plan that checks itself: "outside working hours" against the meeting's own time, and
// the place against the places members said they would not feel safe in and against official
// buildings, which many community members avoid. Every upcoming meeting is checked.
import type { MapDocument, Meeting } from '../model';
import { upcomingMeetings } from './meetings';

/** Working hours: Monday to Friday, from 08:00 to before 17:00 local time. */
export const WORK_DAY = { startHour: 8, endHour: 17 } as const;

/** Words that name a government or court building in a place; matched as whole words, any case. */
export const OFFICIAL_BUILDINGS = ['city hall', 'town hall', 'courthouse', 'court house', 'police', 'sheriff', 'county building', 'municipal building', 'government', 'federal building', 'prosecutor', 'jail', 'precinct'] as const;

export interface MeetingCheck {
  readonly kind: 'time-in-work-hours' | 'place-marked-unsafe' | 'place-official-building';
  readonly meetingId: string;
  readonly message: string;
}

/** True when a local date-time ("2026-03-03T14:00") falls on a weekday between 08:00 and 17:00. */
export function inWorkingHours(startsAt: string): boolean {
  const [y, mo, d] = startsAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const hour = Number(startsAt.slice(11, 13));
  const weekday = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return weekday >= 1 && weekday <= 5 && hour >= WORK_DAY.startHour && hour < WORK_DAY.endHour;
}

function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function checkOne(map: MapDocument, meeting: Meeting, nameOf: (id: string) => string): MeetingCheck[] {
  const checks: MeetingCheck[] = [];
  const when = `${meeting.startsAt.slice(0, 10)} at ${meeting.startsAt.slice(11, 16)}`;
  if (inWorkingHours(meeting.startsAt)) {
    const ticked = meeting.accessibility.outsideWorkHours ? ' although "held outside working hours" is ticked' : '';
    checks.push({ kind: 'time-in-work-hours', meetingId: meeting.id, message: `"${meeting.title}" starts on a weekday during working hours (${when})${ticked}: people with jobs or care duties may not come. An evening or weekend slot reaches more of them.` });
  }
  const place = words(meeting.place);
  if (meeting.place.trim() !== '') {
    const safeTick = meeting.accessibility.safePlace ? ' though "a place community members feel safe in" is ticked' : '';
    for (const unsafe of map.unsafePlaces) {
      if (!place.includes(words(unsafe.place))) continue;
      const who = unsafe.markedBy === '' ? 'a member' : nameOf(unsafe.markedBy);
      checks.push({ kind: 'place-marked-unsafe', meetingId: meeting.id, message: `"${meeting.title}" is at ${meeting.place}, which ${who} marked as a place they would not feel safe in ("${unsafe.place}")${safeTick}.` });
    }
    const official = OFFICIAL_BUILDINGS.find((b) => place.includes(` ${b} `));
    if (official) {
      checks.push({ kind: 'place-official-building', meetingId: meeting.id, message: `"${meeting.title}" is at ${meeting.place}, which looks like an official building ("${official}")${safeTick}. Many community members do not feel safe in such places; consider a library, community centre or faith hall.` });
    }
  }
  return checks;
}

/** The checks for every meeting still to come, soonest first. */
export function checkUpcomingMeetings(map: MapDocument, now: string, nameOf: (id: string) => string): MeetingCheck[] {
  return upcomingMeetings(map, now).flatMap((m) => checkOne(map, m, nameOf));
}
