// Recording who came to a meeting, in two moves: first the app works out what the attendance
// would suggest (stage moves, new co-attendance ties) without changing anything; then the user
// picks which of those to apply and the whole decision is saved as one edit (one undo step).
import { searchPeople, type Searchable } from '../../../../shared/search/match';
import type { EditContext } from '../../../../shared/edits';
import { recordAttendance, type StageMove } from '../../../../shared/journey/attendance';
import type { MapDocument } from '../../../../shared/model';

export interface AttendanceProposal {
  /** Attendees whose engagement stage the attendance suggests moving to "member". */
  readonly moves: readonly StageMove[];
  /** How many "knows" ties would link attendees who have no tie yet. */
  readonly possibleTies: number;
}

export interface AttendanceDecision {
  readonly attended: readonly string[];
  /** The proposed moves the user confirmed, by stakeholder id; others are left where they are. */
  readonly moveIds: readonly string[];
  readonly addTies: boolean;
  /** New minutes, or undefined to keep the saved ones (presentation mode shows them scrubbed). */
  readonly minutes?: string;
}

/** What recording `attended` would suggest; the map is not changed. */
export function proposeAttendance(map: MapDocument, meetingId: string, attended: readonly string[]): AttendanceProposal {
  let n = 0;
  // Throwaway ids and time: the ties are only counted here, the real ones are made on save.
  const probe: EditContext = { now: new Date(0).toISOString(), newId: () => `probe-${(n += 1)}` };
  const result = recordAttendance(map, meetingId, attended, { advanceStages: false, addCoAttendanceTies: true }, probe);
  return { moves: result.proposedMoves, possibleTies: result.tiesAdded };
}

/** Saves attendance and minutes, moving only the confirmed stakeholders and adding ties if asked. */
export function applyAttendance(map: MapDocument, meetingId: string, decision: AttendanceDecision, ctx: EditContext): MapDocument {
  const recorded = recordAttendance(map, meetingId, decision.attended, { advanceStages: false, addCoAttendanceTies: decision.addTies }, ctx);
  const proposed = new Set(recorded.proposedMoves.map((m) => m.id));
  // A confirmation can only move someone the attendance proposed, never anyone else.
  const moving = new Set(decision.moveIds.filter((id) => proposed.has(id)));
  const next = recorded.map;
  const { minutes } = decision;
  return {
    ...next,
    meetings: minutes === undefined ? next.meetings : next.meetings.map((m) => (m.id === meetingId ? { ...m, minutes } : m)),
    stakeholders: moving.size === 0 ? next.stakeholders : next.stakeholders.map((s) => (moving.has(s.id) ? { ...s, stage: 'member', updatedAt: ctx.now } : s)),
  };
}

/** Toggles one id in a list of chosen ids, keeping the list's order otherwise. */
export function toggleId(ids: readonly string[], id: string, on: boolean): string[] {
  const without = ids.filter((x) => x !== id);
  return on ? [...without, id] : without;
}

/** Stakeholders matching every word of the query (the app's one matcher), best first. */
export function searchStakeholders<T extends Searchable>(people: readonly T[], query: string, limit = 50, orgs?: ReadonlyMap<string, readonly string[]>): T[] {
  return searchPeople(people, query, { limit, ...(orgs ? { orgs } : {}) });
}
