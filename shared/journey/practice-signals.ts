// Signals about the coalition's practice between meetings, read off the journey rather than the
// network: members with lived experience given no real work, members never oriented, community
// voices who stopped coming, and upcoming meetings whose time or place shuts people out.
import { listNames, plural } from '../analysis/context';
import type { Insights } from '../analysis/types';
import { isMember, type MapDocument } from '../model';
import { heldMeetings } from './meetings';
import { bringsLivedExperience } from '../analysis/lived-experience';
import { checkUpcomingMeetings, type MeetingCheck } from './meeting-checks';
import { stoppedComingSentences } from './meeting-attendance';

export type PracticeSignalKind =
  | 'lived-experience-without-task'
  | 'not-oriented'
  | 'community-stopped-coming'
  | MeetingCheck['kind'];

export interface PracticeSignal {
  readonly kind: PracticeSignalKind;
  readonly message: string;
  readonly stakeholders: readonly string[];
  readonly meetingId?: string;
}

type NameOf = (id: string) => string;

export function livedExperienceWithoutTask(map: MapDocument, nameOf: NameOf): PracticeSignal[] {
  const busy = new Set(map.tasks.filter((t) => t.status === 'open' && t.owner !== '').map((t) => t.owner));
  const idle = map.stakeholders.filter((s) => isMember(s) && bringsLivedExperience(s) && !busy.has(s.id)).map((s) => s.id);
  if (idle.length === 0) return [];
  return [
    {
      kind: 'lived-experience-without-task',
      message: `${listNames(idle.map(nameOf))} ${idle.length === 1 ? 'brings' : 'bring'} lived experience but ${idle.length === 1 ? 'owns' : 'own'} no open task. Offer each a concrete piece of work, such as calling representatives or speaking at a meeting.`,
      stakeholders: idle,
    },
  ];
}

function notOriented(map: MapDocument, now: string, nameOf: NameOf): PracticeSignal[] {
  // Before the first meeting everyone is new: that meeting is the orientation.
  if (heldMeetings(map, now).length === 0) return [];
  const oriented = new Set(map.oriented);
  const waiting = map.stakeholders.filter((s) => isMember(s) && !oriented.has(s.id)).map((s) => s.id);
  if (waiting.length === 0) return [];
  return [
    {
      kind: 'not-oriented',
      message: `${plural(waiting.length, 'member')} ${waiting.length === 1 ? 'has' : 'have'} not had an orientation yet (${listNames(waiting.map(nameOf))}). A short welcome outside the meeting saves catching them up during it.`,
      stakeholders: waiting,
    },
  ];
}

/** `nameOf` should come from the analysis, so confidential stakeholders keep their placeholders. */
export function practiceSignals(map: MapDocument, now: string, nameOf: NameOf): PracticeSignal[] {
  return [
    ...livedExperienceWithoutTask(map, nameOf),
    ...notOriented(map, now, nameOf),
    ...stoppedComingSentences(map, now, nameOf).map((s) => ({ kind: 'community-stopped-coming' as const, ...s })),
    ...checkUpcomingMeetings(map, now, nameOf).map(({ kind, meetingId, message }) => ({ kind, message, meetingId, stakeholders: [] })),
  ];
}

/** The analysis's names, placeholders included. */
export function namesFrom(insights: Insights): NameOf {
  const names = new Map(insights.stakeholders.map((s) => [s.id, s.name]));
  return (id) => names.get(id) ?? 'someone no longer on the map';
}
