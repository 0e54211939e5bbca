// The journey in one plain object for `analyze --json` and other scripts: each step's status and
// one-line summary, the latest snapshot comparison (null with fewer than two snapshots), the goals
// as an action plan, the barriers with what signals them, the journey's own signals, attendance
// by category for each held meeting, and the evaluation rounds compared.
import type { Insights } from '../analysis/types';
import type { GoalStatus, MapDocument, StepId, StepStatus } from '../model';
import { describeBarriers, type BarrierId } from './barriers';
import { latestComparison, type SnapshotComparison } from './compare-snapshots';
import { compareRounds, type RoundTally } from './evaluation';
import { attendanceByCategory, type CategoryAttendance } from './meeting-attendance';
import { heldMeetings } from './meetings';
import { namesFrom, practiceSignals, type PracticeSignal } from './practice-signals';
import { describeSteps } from './step-facts';

/** How a barrier stands on this map: signs seen, no sign, or not something a map can show. */
export type BarrierState = 'signs' | 'no-sign' | 'not-visible';

export interface JourneyReport {
  readonly steps: readonly { readonly id: StepId; readonly title: string; readonly status: StepStatus; readonly summary: string }[];
  readonly latestComparison: SnapshotComparison | null;
  readonly goals: readonly { readonly id: string; readonly title: string; readonly status: GoalStatus; readonly outcome: string; readonly openTasks: number; readonly doneTasks: number; readonly funders: readonly string[] }[];
  readonly barriers: readonly { readonly id: BarrierId; readonly title: string; readonly state: BarrierState; readonly signs: readonly string[] }[];
  readonly practiceSignals: readonly PracticeSignal[];
  readonly attendance: readonly { readonly meetingId: string; readonly title: string; readonly startsAt: string; readonly byCategory: readonly CategoryAttendance[] }[];
  readonly evaluations: readonly { readonly id: string; readonly heldOn: string; readonly label: string; readonly forms: number; readonly areas: RoundTally['areas']; readonly change: RoundTally['areas'] | null }[];
}

/** Names come from the analysis, so confidential stakeholders keep their placeholders. */
export function journeyReport(map: MapDocument, insights: Insights, now: string): JourneyReport {
  const nameOf = namesFrom(insights);
  const catalog = new Map(map.coalition.serviceCatalog.map((s) => [s.id, s.label]));
  const signals = practiceSignals(map, now, nameOf);
  return {
    steps: describeSteps(map, insights, now).map(({ id, title, status, summary }) => ({ id, title, status, summary })),
    latestComparison: latestComparison(map, { nameOf, serviceLabel: (id) => catalog.get(id) ?? id }),
    goals: map.coalition.goals.map((g) => ({
      id: g.id,
      title: g.title,
      status: g.status,
      outcome: g.outcome,
      openTasks: map.tasks.filter((t) => t.goalId === g.id && t.status === 'open').length,
      doneTasks: map.tasks.filter((t) => t.goalId === g.id && t.status === 'done').length,
      funders: g.funderIds.map(nameOf),
    })),
    barriers: describeBarriers(insights, signals).map((b) => ({
      id: b.id,
      title: b.title,
      state: b.signalled ? 'signs' : b.detectable ? 'no-sign' : 'not-visible',
      signs: b.warnings.map((w) => w.message),
    })),
    practiceSignals: signals,
    attendance: heldMeetings(map, now).map((m) => ({ meetingId: m.id, title: m.title, startsAt: m.startsAt, byCategory: attendanceByCategory(map, m) })),
    evaluations: compareRounds(map).map(({ tally, change }) => ({
      id: tally.evaluation.id,
      heldOn: tally.evaluation.heldOn,
      label: tally.evaluation.label,
      forms: tally.forms,
      areas: tally.areas,
      change,
    })),
  };
}
