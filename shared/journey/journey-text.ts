// The journey as plain text for `analyze` without --json: the seven steps with their status and
// what the map says, the goals, and every barrier with its signs (or why there are none).
import type { Insights } from '../analysis/types';
import type { MapDocument } from '../model';
import { GOAL_STATUS_LABELS } from './goals';
import { journeyReport, type BarrierState } from './journey-report';
import { describeSteps } from './step-facts';

const STATUS = { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done' } as const;
const STATE: Readonly<Record<BarrierState, string>> = {
  signs: 'SIGNS ON THIS MAP',
  'no-sign': 'no sign on the map',
  'not-visible': 'not visible on a map: your call',
};

export function formatJourneyText(map: MapDocument, insights: Insights, now: string): string {
  const lines: string[] = [];
  const section = (title: string) => lines.push('', title, '-'.repeat(title.length));
  const report = journeyReport(map, insights, now);

  section('The seven steps');
  for (const step of describeSteps(map, insights, now)) {
    lines.push(`  ${step.number}. ${step.title} [${STATUS[step.status]}]`);
    for (const fact of step.facts) lines.push(`      ${fact}`);
  }

  section('Goals (the action plan)');
  if (report.goals.length === 0) lines.push('  No goals recorded yet.');
  for (const g of report.goals) {
    lines.push(`  [${GOAL_STATUS_LABELS[g.status]}] ${g.title} (${g.openTasks} open, ${g.doneTasks} done task${g.doneTasks === 1 ? '' : 's'})`);
    if (g.outcome.trim() !== '') lines.push(`      Outcome: ${g.outcome.trim()}`);
    if (g.funders.length > 0) lines.push(`      Funded by: ${g.funders.join(', ')}`);
  }

  section('Barriers');
  const order: BarrierState[] = ['signs', 'no-sign', 'not-visible'];
  for (const b of [...report.barriers].sort((a, c) => order.indexOf(a.state) - order.indexOf(c.state))) {
    lines.push(`  ${b.title}: ${STATE[b.state]}`);
    for (const sign of b.signs) lines.push(`      ! ${sign}`);
  }
  return lines.join('\n') + '\n';
}
