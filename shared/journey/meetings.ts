// Meetings: pure edits plus the questions the app asks about them (which are still to come,
// which were held, what the accessibility checklist leaves open).
import { EditError, type EditContext } from '../edits';
import type { AccessibilityItem, MapDocument, Meeting } from '../model';
import { ACCESSIBILITY_ITEMS } from './schema';

export type MeetingDraft = Omit<Meeting, 'id'>;

/** How the app names each accessibility item, phrased as what a meeting offers. */
export const ACCESSIBILITY_LABELS: Readonly<Record<AccessibilityItem, string>> = {
  outsideWorkHours: 'held outside working hours',
  childcare: 'childcare offered',
  safePlace: 'a place community members feel safe in',
  transport: 'transport or travel costs arranged',
  language: 'interpretation or translation arranged',
};

export function requireMeeting(map: MapDocument, id: string): Meeting {
  const found = map.meetings.find((m) => m.id === id);
  if (!found) throw new EditError(`No meeting with id "${id}" on this map.`);
  return found;
}

function requireKnownPeople(map: MapDocument, ids: readonly string[], what: string): void {
  const known = new Set(map.stakeholders.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new EditError(`${what}: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not on the map.`);
}

export function addMeeting(map: MapDocument, draft: MeetingDraft, ctx: Pick<EditContext, 'newId'>): { map: MapDocument; id: string } {
  requireKnownPeople(map, draft.invited, 'Invitations');
  requireKnownPeople(map, draft.attended, 'Attendance');
  const id = ctx.newId();
  return { map: { ...map, meetings: [...map.meetings, { ...draft, id }] }, id };
}

export function updateMeeting(map: MapDocument, id: string, changes: Partial<MeetingDraft>): MapDocument {
  requireMeeting(map, id);
  if (changes.invited) requireKnownPeople(map, changes.invited, 'Invitations');
  if (changes.attended) requireKnownPeople(map, changes.attended, 'Attendance');
  return { ...map, meetings: map.meetings.map((m) => (m.id === id ? { ...m, ...changes, id } : m)) };
}

/** Removes the meeting; its follow-up tasks stay, no longer tied to a meeting. */
export function removeMeeting(map: MapDocument, id: string): MapDocument {
  requireMeeting(map, id);
  return {
    ...map,
    meetings: map.meetings.filter((m) => m.id !== id),
    tasks: map.tasks.map((t) => (t.meetingId === id ? { ...t, meetingId: null } : t)),
  };
}

/**
 * Meeting times may be local ("2025-03-04T18:30") or carry an offset; both compare as text
 * against `now` cut to the same form, which is exact for local times and close enough (hours)
 * for the rest.
 */
function startsBefore(meeting: Meeting, now: string): boolean {
  return meeting.startsAt.slice(0, 16) < now.slice(0, 16);
}

export function heldMeetings(map: MapDocument, now: string): Meeting[] {
  return map.meetings.filter((m) => startsBefore(m, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function upcomingMeetings(map: MapDocument, now: string): Meeting[] {
  return map.meetings.filter((m) => !startsBefore(m, now)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The accessibility items a meeting has not ticked, in the app's words. */
export function accessibilityGaps(meeting: Meeting): string[] {
  return ACCESSIBILITY_ITEMS.filter((item) => !meeting.accessibility[item]).map((item) => ACCESSIBILITY_LABELS[item]);
}
