// What the map says about each of the seven steps, in short sentences. Read-only: it never
// decides a step is done, it only tells the coalition what the figures show.
import { CATEGORIES } from '../categories';
import { listNames, percent, plural } from '../analysis/context';
import type { Insights } from '../analysis/types';
import type { MapDocument, StepId, StepStatus } from '../model';
import { latestComparison } from './compare-snapshots';
import { latestEvaluationSentences } from './evaluation';
import { GOAL_STATUS_LABELS, unmetGoals } from './goals';
import { accessibilityGaps, heldMeetings, upcomingMeetings } from './meetings';
import { livedExperienceWithoutTask, namesFrom } from './practice-signals';
import { livedExperienceText } from '../analysis/lived-experience';
import { stepState } from './steps-state';
import { STEPS } from './steps';
import { openTasks, overdueTasks } from './tasks';

export interface StepReport {
  readonly id: StepId;
  readonly number: number;
  readonly title: string;
  readonly purpose: string;
  readonly status: StepStatus;
  readonly notes: string;
  /** The facts below in one line. */
  readonly summary: string;
  readonly facts: readonly string[];
}

interface FactContext {
  readonly map: MapDocument;
  readonly insights: Insights;
  readonly now: string;
  readonly nameOf: (id: string) => string;
}

type FactSource = (c: FactContext) => string[];

// The mission is not asked for here: it is drafted at the first meeting, with members (step 4).
const examineObjective: FactSource = ({ map }) => {
  const { focusIssue } = map.coalition;
  return [
    focusIssue.trim() ? `The focus issue is "${focusIssue.trim()}".` : 'No focus issue is written down yet: name the problem clearly enough for others to rally around it.',
    `${plural(map.stakeholders.length, 'stakeholder')} on the map so far share an interest in it.`,
  ];
};

const organizeCore: FactSource = ({ insights, nameOf }) => {
  const core = insights.coreGroup;
  const facts = [
    core.members.length === 0 ? 'No one is marked as core yet.' : `The core group has ${plural(core.members.length, 'member')}.`,
    `It spans ${core.categories.length} of ${CATEGORIES.length} categories${core.missingCategories.length > 0 ? `; missing: ${core.missingCategories.map((c) => CATEGORIES.find((i) => i.id === c)!.label.toLowerCase()).join(', ')}` : ''}.`,
    core.anchor === null ? 'No anchor organization is marked.' : `${nameOf(core.anchor)} is the anchor organization.`,
  ];
  const fragile = insights.warnings.filter((w) => w.kind === 'core-hangs-on-one-person');
  if (fragile.length > 0) facts.push(`The core leans on ${listNames(fragile.flatMap((w) => w.stakeholders).map(nameOf))}.`);
  return facts;
};

const recruitLivedExperience: FactSource = ({ map, insights }) => {
  const row = insights.coverage.find((c) => c.category === 'directly-affected')!;
  const facts = [
    `${plural(row.members, 'member')} ${row.members === 1 ? 'is' : 'are'} directly affected: ${percent(row.memberShare)} of members (target ${percent(row.target.minShare)}).`,
  ];
  const { voice } = insights;
  // The figure Insights shows under Voice balance, from the same rule (analysis/lived-experience.ts).
  const lived = voice.livedExperience;
  if (lived.members > 0) facts.push(`Members with lived experience (flagged, or directly affected): ${livedExperienceText(lived)}.`);
  if (voice.directlyAffectedMeanDegree === null) facts.push('With no directly-affected members, there is no position to judge yet.');
  else if (voice.tokenismRisk) facts.push('They sit on the edge of the network, with fewer contacts than other members: give them a real part in decisions.');
  else facts.push('They are about as well connected as other members.');
  const idle = livedExperienceWithoutTask(map, namesFrom(insights));
  facts.push(...(idle.length > 0 ? idle.map((sig) => sig.message) : lived.ids.length > 0 ? ['Every member with lived experience owns an open task.'] : []));
  return facts;
};

const firstMeeting: FactSource = ({ map, now }) => {
  const held = heldMeetings(map, now);
  const next = upcomingMeetings(map, now)[0];
  const facts = [held.length === 0 ? 'No meeting has been held yet.' : `${plural(held.length, 'meeting')} held so far.`];
  if (next) {
    const gaps = accessibilityGaps(next);
    facts.push(`Next: "${next.title}" on ${next.startsAt.slice(0, 10)}${next.place ? ` at ${next.place}` : ''}.`);
    facts.push(gaps.length === 0 ? 'Every accessibility item is ticked for it.' : `Not yet ticked for it: ${gaps.join(', ')}.`);
    if (next.agenda.length === 0) facts.push('It has no agenda yet.');
  } else facts.push('No meeting is planned.');
  const { mission } = map.coalition;
  if (mission.trim() !== '') facts.push('A mission statement is written.');
  else facts.push(held.length === 0 ? 'The mission statement comes out of the first meeting, with every member\u2019s input.' : 'No mission statement yet: draft it with the members at the next meeting.');
  return facts;
};

const followUp: FactSource = ({ map, now }) => {
  const open = openTasks(map);
  const late = overdueTasks(map, now);
  const facts = [open.length === 0 ? 'No open follow-up tasks.' : `${plural(open.length, 'open task')}, ${late.length} overdue.`];
  const unowned = open.filter((t) => t.owner === '').length;
  if (unowned > 0) facts.push(`${plural(unowned, 'open task')} ${unowned === 1 ? 'has' : 'have'} no owner.`);
  const last = heldMeetings(map, now).at(-1);
  if (last && last.minutes.trim() === '') facts.push(`No minutes are recorded for "${last.title}".`);
  const unmet = unmetGoals(map);
  if (map.coalition.goals.length === 0) facts.push('No goals recorded yet, so nothing to keep track of.');
  else if (unmet.length === 0) facts.push('Every goal is achieved or set aside.');
  else facts.push(`Not yet achieved: ${unmet.map((g) => `"${g.title}" (${GOAL_STATUS_LABELS[g.status].toLowerCase()}, ${plural(map.tasks.filter((t) => t.goalId === g.id && t.status === 'open').length, 'open task')})`).join('; ')}.`);
  return facts;
};

const keepMoving: FactSource = ({ map, insights, nameOf }) => {
  const inCommittees = new Set(map.committees.flatMap((c) => c.memberIds));
  const members = insights.summary.members;
  const placed = insights.stakeholders.filter((s) => (s.stage === 'member' || s.stage === 'core') && inCommittees.has(s.id)).length;
  const roles = map.roles.filter((r) => r.role !== 'facilitator');
  const funded = map.coalition.goals.filter((g) => g.funderIds.length > 0 || g.resources.trim() !== '');
  return [
    map.committees.length === 0 ? 'No committees yet.' : `${plural(map.committees.length, 'committee')}; ${placed} of ${members} members sit on one.`,
    roles.length === 0 ? 'No officers or steering group recorded yet.' : `Roles: ${roles.map((r) => `${nameOf(r.stakeholderId)} (${r.role})`).join(', ')}.`,
    map.coalition.goals.length === 0 ? 'No action plan yet: write the goals down.' : `${funded.length} of ${plural(map.coalition.goals.length, 'goal')} ${funded.length === 1 ? 'has' : 'have'} funders or resources recorded.`,
    `${plural(members, 'member')} and ${plural(insights.summary.stakeholders - members, 'other stakeholder')} on the map.`,
  ];
};

/** Goals against what came of them: achieved with their outcome, and those with nothing to show yet. */
function goalOutcomes(map: MapDocument): string[] {
  const { goals } = map.coalition;
  if (goals.length === 0) return [];
  const achieved = goals.filter((g) => g.status === 'achieved');
  const facts = [`${achieved.length} of ${plural(goals.length, 'goal')} achieved.`];
  for (const g of achieved) facts.push(g.outcome.trim() ? `"${g.title}": ${g.outcome.trim()}` : `"${g.title}" is marked achieved but no outcome is written down.`);
  return facts;
}

const evaluate: FactSource = ({ map, nameOf }) => {
  const facts = [...goalOutcomes(map), ...latestEvaluationSentences(map)];
  if (map.snapshots.length === 0) return [...facts, 'No snapshot taken yet: take one now to have something to compare with later.'];
  const catalog = new Map(map.coalition.serviceCatalog.map((s) => [s.id, s.label]));
  const comparison = latestComparison(map, { nameOf, serviceLabel: (id) => catalog.get(id) ?? id });
  if (comparison === null) return [...facts, 'One snapshot so far: take another later to see what changed.'];
  return [...facts, `Comparing the last two snapshots (${comparison.from.takenAt.slice(0, 10)} and ${comparison.to.takenAt.slice(0, 10)}):`, ...comparison.sentences];
};

const FACTS: Readonly<Record<StepId, FactSource>> = {
  'examine-objective': examineObjective,
  'organize-core': organizeCore,
  'recruit-lived-experience': recruitLivedExperience,
  'first-meeting': firstMeeting,
  'follow-up': followUp,
  'keep-moving': keepMoving,
  evaluate,
};

/** The seven steps with status, notes and facts. `insights` is the analysis of `map`; `now` an ISO date-time. */
export function describeSteps(map: MapDocument, insights: Insights, now: string): StepReport[] {
  const names = new Map(insights.stakeholders.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => names.get(id) ?? 'someone no longer on the map';
  const ctx: FactContext = { map, insights, now, nameOf };
  return STEPS.map((step) => {
    const state = stepState(map, step.id);
    const facts = FACTS[step.id](ctx);
    return { ...step, status: state.status, notes: state.notes, summary: facts.join(' '), facts };
  });
}
