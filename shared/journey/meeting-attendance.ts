// Attendance by category for one meeting (invited against attended), and the community voices who
// came before but have stopped coming, shown beside what that meeting left unticked.
import { CATEGORIES, type CategoryId } from '../categories';
import { listNames } from '../analysis/context';
import { isCommunityVoice } from '../analysis/voice';
import type { MapDocument, Meeting, Stakeholder } from '../model';
import { accessibilityGaps, heldMeetings } from './meetings';

export interface CategoryAttendance {
  readonly category: CategoryId | 'uncategorized';
  readonly label: string;
  readonly invited: number;
  /** Invited people of the category who came. */
  readonly invitedAndCame: number;
  /** Everyone of the category who came, invited or not. */
  readonly attended: number;
}

/** One row per category (a person with two categories counts in both), then the uncategorized. */
export function attendanceByCategory(map: Pick<MapDocument, 'stakeholders'>, meeting: Meeting): CategoryAttendance[] {
  const byId = new Map(map.stakeholders.map((s) => [s.id, s]));
  const came = new Set(meeting.attended);
  const people = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((s): s is Stakeholder => s !== undefined);
  const invited = people(meeting.invited);
  const attended = people(meeting.attended);
  const row = (category: CategoryId | 'uncategorized', label: string, has: (s: Stakeholder) => boolean): CategoryAttendance => ({
    category,
    label,
    invited: invited.filter(has).length,
    invitedAndCame: invited.filter((s) => has(s) && came.has(s.id)).length,
    attended: attended.filter(has).length,
  });
  return [
    ...CATEGORIES.map((c) => row(c.id, c.label, (s) => s.categories.includes(c.id))),
    row('uncategorized', 'No category yet', (s) => s.categories.length === 0),
  ];
}

/** How many meetings in a row someone invited must have missed to count as having stopped coming. */
export const MISSED_IN_A_ROW = 2;

export interface StoppedComing {
  readonly id: string;
  /** The last held meeting they were invited to and missed. */
  readonly lastMissed: Meeting;
  readonly missed: number;
}

function isVoiceOfCommunity(s: Stakeholder): boolean {
  return isCommunityVoice(s) || s.livedExperience;
}

/**
 * Community voices (directly affected, interested public, lived experience) who came to a held
 * meeting and then missed the last MISSED_IN_A_ROW held meetings they were invited to.
 */
export function stoppedComing(map: MapDocument, now: string): StoppedComing[] {
  const held = heldMeetings(map, now);
  const out: StoppedComing[] = [];
  for (const s of map.stakeholders) {
    if (!isVoiceOfCommunity(s)) continue;
    const theirs = held.filter((m) => m.invited.includes(s.id) || m.attended.includes(s.id));
    const lastCame = theirs.findLastIndex((m) => m.attended.includes(s.id));
    if (lastCame === -1) continue;
    const missedSince = theirs.slice(lastCame + 1).filter((m) => !m.attended.includes(s.id));
    if (missedSince.length >= MISSED_IN_A_ROW) out.push({ id: s.id, lastMissed: missedSince.at(-1)!, missed: missedSince.length });
  }
  return out;
}

/** One sentence per meeting they stopped at: who, and what that meeting left unticked. */
export function stoppedComingSentences(map: MapDocument, now: string, nameOf: (id: string) => string): { readonly message: string; readonly stakeholders: string[] }[] {
  const byMeeting = new Map<string, { meeting: Meeting; ids: string[] }>();
  for (const s of stoppedComing(map, now)) {
    const entry = byMeeting.get(s.lastMissed.id) ?? { meeting: s.lastMissed, ids: [] };
    entry.ids.push(s.id);
    byMeeting.set(s.lastMissed.id, entry);
  }
  return [...byMeeting.values()].map(({ meeting, ids }) => {
    const gaps = accessibilityGaps(meeting);
    const unticked = gaps.length === 0 ? 'every accessibility item was ticked for it' : `not ticked for it: ${gaps.join(', ')}`;
    return {
      message: `${listNames(ids.map(nameOf))} (community ${ids.length === 1 ? 'voice' : 'voices'}) came before but missed the last ${MISSED_IN_A_ROW} or more meetings they were invited to, up to "${meeting.title}" (${unticked}). Ask them what would help them come back.`,
      stakeholders: ids,
    };
  });
}
