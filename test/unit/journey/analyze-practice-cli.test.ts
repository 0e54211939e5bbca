// `coalition-map analyze` as a real child process: the text report prints the seven steps and the
// barriers with their signs, and --json carries goals, barriers, practice signals, attendance by
// category and evaluation rounds, with confidential names kept as placeholders.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEvaluation, addResponse } from '../../../shared/journey/evaluation';
import { addGoal } from '../../../shared/journey/goals';
import { editContext, journeyMap } from './journey-map';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const entry = join(root, 'electron/cli.ts');

async function analyze(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run(tsx, [entry, 'analyze', ...args], { cwd, timeout: 60_000 });
  return stdout;
}

describe('analyze prints the journey', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coalition-practice-cli-'));
    let map = journeyMap();
    map = addGoal(map, { title: 'One referral form', status: 'in-progress', outcome: '', funderIds: ['maria'], resources: '' }).map;
    map = addGoal(map, { title: 'Interpreters', status: 'achieved', outcome: 'Booked within a day.', funderIds: [], resources: '' }).map;
    const round = addEvaluation(map, { heldOn: '2026-02-01', label: 'Winter check' }, editContext('e'));
    map = addResponse(round.map, round.id, { 'q-meetings': 4 });
    await writeFile(join(dir, 'map.json'), JSON.stringify(map));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the seven steps, the goals and the barriers with their signs as text', async () => {
    const out = await analyze(['map.json'], dir);
    expect(out).toContain('The seven steps');
    expect(out).toContain('  1. Examine the objective [not started]');
    expect(out).toContain('  7. Evaluate and improve [not started]');
    expect(out).toContain('      Winter check of 2026-02-01: 1 form returned (kept without names).');
    expect(out).toContain('  [In progress] One referral form (0 open, 0 done tasks)');
    expect(out).toContain('      Outcome: Booked within a day.');
    expect(out).toMatch(/ {2}Professionals dominate: SIGNS ON THIS MAP\n {6}! /);
    expect(out).toContain('  Funding: no sign on the map');
    expect(out).toContain('  Working together costs more than it gives: not visible on a map: your call');
    expect(out).not.toContain('Maria');
  });

  it('carries goals, barriers, practice signals, attendance and evaluations in --json', async () => {
    const out = JSON.parse(await analyze(['map.json', '--json'], dir)) as Record<string, unknown>;
    expect(out.goals).toEqual([
      { id: 'goal-1', title: 'One referral form', status: 'in-progress', outcome: '', openTasks: 0, doneTasks: 0, funders: ['Confidential stakeholder 1'] },
      { id: 'goal-2', title: 'Interpreters', status: 'achieved', outcome: 'Booked within a day.', openTasks: 0, doneTasks: 0, funders: [] },
    ]);
    const barriers = out.barriers as { id: string; state: string }[];
    expect(barriers.find((b) => b.id === 'weak-community-links')?.state).toBe('signs');
    expect(barriers.find((b) => b.id === 'costs-over-benefits')?.state).toBe('not-visible');
    expect((out.practiceSignals as { kind: string }[]).map((s) => s.kind)).toContain('lived-experience-without-task');
    const [first] = out.attendance as { title: string; byCategory: { category: string; invited: number; attended: number }[] }[];
    expect(first?.title).toBe('First meeting');
    expect(first?.byCategory.find((r) => r.category === 'service-provider')).toMatchObject({ invited: 2, attended: 2 });
    expect(out.evaluations).toEqual([{ id: 'e-1', heldOn: '2026-02-01', label: 'Winter check', forms: 1, areas: { process: 4, goals: null, outcomes: null }, change: null }]);
    expect(JSON.stringify(out)).not.toContain('Maria');
  });
});
