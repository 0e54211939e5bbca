// Recording who came to a meeting. Coming to a meeting is a sign someone is joining, so the app
// proposes moving mapped / to-contact / contacted attendees to "member"; it only moves them when
// the caller passes `advanceStages` (the user confirmed). Co-attendance ties are likewise opt-in.
import { EditError, type EditContext } from '../edits';
import type { MapDocument, Stage, Tie } from '../model';
import { requireMeeting } from './meetings';

/** Stages that attending a meeting suggests moving forward to "member". */
export const STAGES_ADVANCED_BY_ATTENDANCE: readonly Stage[] = ['mapped', 'to-contact', 'contacted'];

export interface StageMove {
  readonly id: string;
  readonly from: Stage;
  readonly to: 'member';
}

export interface AttendanceOptions {
  /** Apply the proposed stage moves; without it they are only returned. */
  readonly advanceStages?: boolean;
  /** Add a weak "knows" tie between attendees who had no tie of any kind yet. */
  readonly addCoAttendanceTies?: boolean;
}

export interface AttendanceResult {
  readonly map: MapDocument;
  readonly proposedMoves: readonly StageMove[];
  /** True when the moves above were applied to `map`. */
  readonly movesApplied: boolean;
  readonly tiesAdded: number;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function coAttendanceTies(map: MapDocument, attended: readonly string[], meetingTitle: string, meetingDay: string, ctx: EditContext): Tie[] {
  const linked = new Set(map.ties.map((t) => pairKey(t.source, t.target)));
  const ties: Tie[] = [];
  for (let i = 0; i < attended.length; i += 1) {
    for (let j = i + 1; j < attended.length; j += 1) {
      const [a, b] = [attended[i]!, attended[j]!];
      if (linked.has(pairKey(a, b))) continue;
      ties.push({
        id: ctx.newId(),
        source: a,
        target: b,
        type: 'knows',
        strength: 1,
        trust: null,
        reportedBy: '',
        reportedAt: meetingDay,
        notes: `Both came to "${meetingTitle}".`,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
  }
  return ties;
}

export function recordAttendance(
  map: MapDocument,
  meetingId: string,
  attendedIds: readonly string[],
  options: AttendanceOptions,
  ctx: EditContext,
): AttendanceResult {
  const meeting = requireMeeting(map, meetingId);
  const byId = new Map(map.stakeholders.map((s) => [s.id, s]));
  const attended = [...new Set(attendedIds)];
  const unknown = attended.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new EditError(`Attendance: ${unknown.map((id) => `"${id}"`).join(', ')} not on the map.`);

  const proposedMoves: StageMove[] = attended
    .map((id) => byId.get(id)!)
    .filter((s) => STAGES_ADVANCED_BY_ATTENDANCE.includes(s.stage))
    .map((s) => ({ id: s.id, from: s.stage, to: 'member' as const }));
  const moving = new Set(options.advanceStages ? proposedMoves.map((m) => m.id) : []);
  const newTies = options.addCoAttendanceTies ? coAttendanceTies(map, attended, meeting.title, meeting.startsAt.slice(0, 10), ctx) : [];

  const next: MapDocument = {
    ...map,
    meetings: map.meetings.map((m) => (m.id === meetingId ? { ...m, attended } : m)),
    stakeholders: moving.size === 0 ? map.stakeholders : map.stakeholders.map((s) => (moving.has(s.id) ? { ...s, stage: 'member', updatedAt: ctx.now } : s)),
    ties: newTies.length === 0 ? map.ties : [...map.ties, ...newTies],
  };
  return { map: next, proposedMoves, movesApplied: moving.size > 0, tiesAdded: newTies.length };
}
