// `coalition-map analyze --json` run as a real child process: the journey rides along with the
// analysis, and the text report is unchanged.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { addSnapshot, takeSnapshot } from '../../../shared/journey/snapshots';
import { fixturePath } from '../store/helpers/maps';
import { journeyMap } from './journey-map';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const entry = join(root, 'electron/cli.ts');

async function analyzeJson(file: string, cwd: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(tsx, [entry, 'analyze', file, '--json'], { cwd, timeout: 60_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('analyze --json and the journey', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coalition-journey-cli-'));
    const map = journeyMap();
    const grown = { ...map, stakeholders: map.stakeholders.map((s) => (s.id === 'legal' ? { ...s, stage: 'member' as const } : s)) };
    const first = addSnapshot(map, takeSnapshot(map, analyzeMap(map), '2026-01-01T09:00:00.000Z', { id: 'a', label: 'January' }));
    const both = addSnapshot({ ...grown, snapshots: first.snapshots }, takeSnapshot(grown, analyzeMap(grown), '2026-02-01T09:00:00.000Z', { id: 'b' }));
    await writeFile(join(dir, 'one.json'), JSON.stringify(first));
    await writeFile(join(dir, 'two.json'), JSON.stringify(both));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('includes the seven steps and null while there are fewer than two snapshots', async () => {
    const out = await analyzeJson('one.json', dir);
    expect(out.summary).toMatchObject({ stakeholders: 10 });
    const steps = out.steps as { id: string; title: string; status: string; summary: string }[];
    expect(steps.map((s) => s.id)).toEqual(['examine-objective', 'organize-core', 'recruit-lived-experience', 'first-meeting', 'follow-up', 'keep-moving', 'evaluate']);
    expect(steps[4]?.summary).toMatch(/open tasks?, \d+ overdue/);
    expect(steps[6]?.summary).toMatch(/One snapshot so far/);
    expect(out.latestComparison).toBeNull();
  });

  it('includes the latest comparison, with confidential names kept as placeholders', async () => {
    const out = await analyzeJson('two.json', dir);
    const comparison = out.latestComparison as { from: { label: string }; members: { gained: string[] }; sentences: string[] };
    expect(comparison.from.label).toBe('January');
    expect(comparison.members.gained).toEqual(['legal']);
    expect(comparison.sentences).toContain('Service provider: gained River Legal Aid (2 -> 3).');
    expect(JSON.stringify(out)).not.toContain('Maria');
  });

  it('reads a version 1 file without changing it, reporting every step as not started', async () => {
    const path = join(dir, 'old.json');
    const original = await readFile(fixturePath('historic-v1.coalition.json'), 'utf8');
    await writeFile(path, original);
    const out = await analyzeJson(path, dir);
    expect((out.steps as { status: string }[]).every((s) => s.status === 'not-started')).toBe(true);
    expect(out.latestComparison).toBeNull();
    expect(await readFile(path, 'utf8')).toBe(original);
  });
});
