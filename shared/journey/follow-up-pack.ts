// The follow-up pack for a held meeting: its minutes and a reminder list for the next one (who
// came, who was invited and missed it, who is likely to come). It goes through the export policy
// like every other export: confidential people appear under their placeholder (and are scrubbed
// from the minutes) unless included, and the reminder list, a contact list, leaves out anyone
// without a current consent to be contacted, saying only how many.
import { redactMap, filterByConsent, type ConsentOmissions } from '../exchange/export-policy';
import { text, type ExportTable } from '../exchange/export-table';
import { isMember, type MapDocument, type Meeting, type Stakeholder } from '../model';
import { accessibilityGaps, heldMeetings, requireMeeting } from './meetings';

export type ReminderGroup = 'came' | 'missed' | 'likely';

export const REMINDER_GROUP_LABELS: Readonly<Record<ReminderGroup, string>> = {
  came: 'Came',
  missed: 'Invited, missed it',
  likely: 'Likely to come',
};

export interface ReminderEntry {
  readonly group: ReminderGroup;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  /** Why they are on the list, in a few words. */
  readonly why: string;
}

export interface FollowUpPack {
  readonly meeting: Pick<Meeting, 'id' | 'title' | 'startsAt' | 'place'>;
  readonly minutes: string;
  readonly reminders: readonly ReminderEntry[];
  readonly tasks: readonly { readonly title: string; readonly owner: string; readonly due: string | null }[];
  readonly unticked: readonly string[];
  /** People left off the reminder list for want of a current consent (counts only). */
  readonly omitted: ConsentOmissions;
  /** People on the list shown under a placeholder. */
  readonly redacted: number;
}

export interface PackOptions {
  readonly includeConfidential: boolean;
  /** YYYY-MM-DD, for consent. */
  readonly today: string;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces confidential names and contact details in free text, longest first, any case. */
function scrubText(value: string, secrets: ReadonlyMap<string, string>): string {
  if (secrets.size === 0) return value;
  const keys = [...secrets.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'gi');
  return value.replace(pattern, (found) => secrets.get(found.toLowerCase()) ?? '[hidden]');
}

/** People who came to any earlier meeting, or are members, and were neither at nor invited to this one. */
function likelyToCome(map: MapDocument, meeting: Meeting): Map<string, string> {
  const here = new Set([...meeting.invited, ...meeting.attended]);
  const likely = new Map<string, string>();
  for (const m of heldMeetings(map, meeting.startsAt)) for (const id of m.attended) if (!here.has(id)) likely.set(id, `came to "${m.title}"`);
  for (const s of map.stakeholders) if (isMember(s) && !here.has(s.id) && !likely.has(s.id)) likely.set(s.id, 'a member not invited to this one');
  return likely;
}

export function buildFollowUpPack(map: MapDocument, meetingId: string, options: PackOptions): FollowUpPack {
  const meeting = requireMeeting(map, meetingId);
  const redacted = redactMap(map, { includeConfidential: options.includeConfidential, includeSensitive: false, today: options.today });
  const shown = new Map(redacted.stakeholders.map((s, i) => [map.stakeholders[i]!.id, s]));
  const secrets = new Map<string, string>();
  if (!options.includeConfidential) {
    for (const s of map.stakeholders.filter((x) => x.confidential)) {
      for (const detail of [s.name, s.email, s.phone]) if (detail.trim().length >= 3) secrets.set(detail.trim().toLowerCase(), detail === s.name ? redacted.exportedName.get(s.id)! : '[hidden]');
    }
  }
  const came = new Set(meeting.attended);
  const candidates: { id: string; group: ReminderGroup; why: string }[] = [
    ...meeting.attended.map((id) => ({ id, group: 'came' as const, why: meeting.invited.includes(id) ? 'invited and came' : 'came without an invitation' })),
    ...meeting.invited.filter((id) => !came.has(id)).map((id) => ({ id, group: 'missed' as const, why: 'invited, did not come' })),
    ...[...likelyToCome(map, meeting)].map(([id, why]) => ({ id, group: 'likely' as const, why })),
  ];
  const byId = new Map(map.stakeholders.map((s) => [s.id, s]));
  const known = candidates.filter((c) => byId.has(c.id));
  const { kept, omitted } = filterByConsent(known, (c) => byId.get(c.id) as Stakeholder, options.today);
  const reminders = kept.map((c) => {
    const s = shown.get(c.id)!;
    return { group: c.group, name: s.name, email: s.email, phone: s.phone, why: c.why };
  });
  const nameOf = (id: string) => redacted.exportedName.get(id) ?? 'no longer on the map';
  return {
    meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, place: meeting.place },
    minutes: scrubText(meeting.minutes, secrets),
    reminders,
    tasks: map.tasks.filter((t) => t.meetingId === meeting.id && t.status === 'open').map((t) => ({ title: scrubText(t.title, secrets), owner: t.owner === '' ? 'no one yet' : nameOf(t.owner), due: t.due })),
    unticked: accessibilityGaps(meeting),
    omitted,
    redacted: options.includeConfidential ? 0 : new Set(kept.filter((c) => byId.get(c.id)!.confidential).map((c) => c.id)).size,
  };
}

/** The reminder list as a table for CSV. */
export function reminderTable(pack: FollowUpPack): ExportTable {
  return {
    columns: [text('Group'), text('Name'), text('Email'), text('Phone'), text('Why')],
    rows: pack.reminders.map((r) => [REMINDER_GROUP_LABELS[r.group], r.name, r.email, r.phone, r.why]),
  };
}
