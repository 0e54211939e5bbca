// A first-meeting agenda to start from, after the practitioners' guide's step 4: people meet each
// other, hear why the coalition is forming and how it will be organized, draft the mission and
// values with everyone's say, and leave with tasks and the next date. Each item names who leads it.
//
// Why the speaker lives inside the agenda line ("Item — Speaker: name") and not in a new field:
// the agenda is a list of plain lines that the form edits as text, the meeting view lists and the
// printed agenda shows as they are; a line that says its speaker reads the same in all three, and
// it needs no change to the file format and no migration. The user can reword or reassign freely.
import type { MapDocument, RoleId } from '../model';
import { ROLE_LABELS } from './structure';

/** Between an item and its speaker; the words after it are the speaker. */
export const SPEAKER_MARK = ' — Speaker: ';

interface TemplateItem {
  readonly topic: string;
  /** The roles that would naturally lead the item, in order of preference. */
  readonly leads: readonly RoleId[];
}

const FIRST_MEETING: readonly TemplateItem[] = [
  { topic: 'Welcome, and each person says who they are and what brings them', leads: ['chair', 'coordinator', 'facilitator'] },
  { topic: 'The problem in our community and why we are forming a coalition now', leads: ['coordinator', 'chair'] },
  { topic: 'How we will work: roles, committees and how decisions are made', leads: ['chair', 'coordinator', 'steering'] },
  { topic: 'Our mission, vision and shared values: a first draft with every member heard', leads: ['facilitator', 'chair', 'coordinator'] },
  { topic: 'First objectives, and who takes which task before we meet again', leads: ['coordinator', 'secretary', 'chair'] },
  { topic: 'Next meeting: date, place and what it will cover', leads: ['secretary', 'coordinator', 'chair'] },
];

/**
 * Who leads an item: the first role holder the map names, in the item's order of preference.
 * A confidential person is never written into an agenda (agendas are printed and handed out), so
 * their role is named instead, as it is when nobody holds the role yet.
 */
function speakerFor(map: Pick<MapDocument, 'roles' | 'stakeholders'>, leads: readonly RoleId[]): string {
  const people = new Map(map.stakeholders.map((s) => [s.id, s]));
  for (const role of leads) {
    const holder = map.roles.map((r) => (r.role === role ? people.get(r.stakeholderId) : undefined)).find((s) => s !== undefined && !s.confidential);
    if (holder) return holder.name;
  }
  const first = leads[0];
  return first === undefined ? 'to be named' : `${ROLE_LABELS[first].toLowerCase()} (to be named)`;
}

/** The first-meeting agenda for this map, one "Item — Speaker: name" line per item. */
export function firstMeetingAgenda(map: Pick<MapDocument, 'roles' | 'stakeholders'>): string[] {
  return FIRST_MEETING.map((item) => `${item.topic}${SPEAKER_MARK}${speakerFor(map, item.leads)}`);
}

/**
 * The agenda text with the template added below what the user already typed; nothing typed is
 * dropped or reordered, and an item whose topic is already there is not added twice.
 */
export function addFirstMeetingAgenda(typed: string, template: readonly string[]): string {
  const lines = typed.split('\n').map((line) => line.trim()).filter(Boolean);
  const topicOf = (line: string) => line.split(SPEAKER_MARK)[0]?.trim().toLowerCase() ?? '';
  const present = new Set(lines.map(topicOf));
  const added = template.filter((line) => !present.has(topicOf(line)));
  return [...lines, ...added].join('\n');
}
