import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { BARRIERS, describeBarriers } from '../../../shared/journey/barriers';
import { journeyReport } from '../../../shared/journey/journey-report';
import { addSnapshot, takeSnapshot } from '../../../shared/journey/snapshots';
import { describeSteps } from '../../../shared/journey/step-facts';
import { STEPS } from '../../../shared/journey/steps';
import { stepState, updateStep } from '../../../shared/journey/steps-state';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { emptyMap } from '../../../shared/new-map';
import { sampleMap } from '../analysis/sample-map';
import { journeyMap, NOW } from './journey-map';

function facts(map: MapDocument, id: string): readonly string[] {
  return describeSteps(map, analyzeMap(map), NOW).find((s) => s.id === id)!.facts;
}

describe('the seven steps', () => {
  it('lists all seven in order, not started until the coalition says otherwise', () => {
    const steps = describeSteps(journeyMap(), analyzeMap(journeyMap()), NOW);
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(steps.every((s) => s.status === 'not-started' && s.summary === s.facts.join(' '))).toBe(true);
    expect(new Set(STEPS.map((s) => s.title)).size).toBe(7);
  });

  it('keeps status and notes in step order, and the schema accepts them', () => {
    let map = updateStep(journeyMap(), 'evaluate', { status: 'in-progress' });
    map = updateStep(map, 'organize-core', { status: 'done', notes: 'Agreed in January' });
    map = updateStep(map, 'evaluate', { notes: 'Quarterly' });
    expect(map.steps.map((s) => s.id)).toEqual(['organize-core', 'evaluate']);
    expect(stepState(map, 'evaluate')).toEqual({ id: 'evaluate', status: 'in-progress', notes: 'Quarterly' });
    expect(stepState(map, 'follow-up').status).toBe('not-started');
    expect(mapDocumentSchema.safeParse(map).success).toBe(true);
    expect(describeSteps(map, analyzeMap(map), NOW)[1]).toMatchObject({ status: 'done', notes: 'Agreed in January' });
  });

  it('organize core: size, category span and anchor', () => {
    expect(facts(journeyMap(), 'organize-core')).toEqual([
      'The core group has 1 member.',
      'It spans 1 of 5 categories; missing: directly affected, influential community member, policymaker, interested public.',
      'Harbor House Shelter is the anchor organization.',
      'The core leans on Harbor House Shelter.',
    ]);
    const bare = emptyMap('New');
    expect(facts(bare, 'organize-core')).toContain('No anchor organization is marked.');
  });

  it('lived experience: share against the target, and whether they sit on the edge', () => {
    const said = facts(journeyMap(), 'recruit-lived-experience');
    expect(said[0]).toBe('1 member is directly affected: 33% of members (target 20%).');
    expect(said[1]).toBe('Members with lived experience (flagged, or directly affected): 1 of 3 members (33%).');
    expect(said[2]).toMatch(/^They (sit on the edge|are about as well connected)/);
    expect(facts(emptyMap('New'), 'recruit-lived-experience')).toContain('With no directly-affected members, there is no position to judge yet.');
  });

  it('first meeting and follow-up: meetings held, the next one, open and overdue tasks, missing minutes', () => {
    expect(facts(journeyMap(), 'first-meeting')).toEqual([
      '1 meeting held so far.',
      'Next: "Second meeting" on 2026-03-03.',
      'Not yet ticked for it: held outside working hours, childcare offered, a place community members feel safe in, transport or travel costs arranged, interpretation or translation arranged.',
      'It has no agenda yet.',
      'No mission statement yet: draft it with the members at the next meeting.',
    ]);
    expect(facts(journeyMap(), 'follow-up')).toEqual([
      '2 open tasks, 1 overdue.',
      'No minutes are recorded for "First meeting".',
      'No goals recorded yet, so nothing to keep track of.',
    ]);
  });

  it('evaluate: asks for snapshots, then tells the latest comparison', () => {
    const map = journeyMap();
    expect(facts(map, 'evaluate')).toContainEqual(expect.stringMatching(/^No snapshot taken yet/));
    const first = addSnapshot(map, takeSnapshot(map, analyzeMap(map), '2026-01-01T09:00:00.000Z', { id: 'a' }));
    expect(facts(first, 'evaluate')).toContainEqual(expect.stringMatching(/^One snapshot so far/));
    const grown = { ...first, stakeholders: first.stakeholders.map((s) => (s.id === 'legal' ? { ...s, stage: 'member' as const } : s)) };
    const second = addSnapshot(grown, takeSnapshot(grown, analyzeMap(grown), '2026-02-01T09:00:00.000Z', { id: 'b' }));
    const said = facts(second, 'evaluate');
    expect(said).toContain('Comparing the last two snapshots (2026-01-01 and 2026-02-01):');
    expect(said).toContain('Service provider: gained River Legal Aid (2 -> 3).');
  });
});

describe('barriers', () => {
  it('links the barriers the map can see to the warnings that signal them', () => {
    const byId = new Map(BARRIERS.map((b) => [b.id, b.signals]));
    expect(byId.get('turf')).toEqual(['conflict-among-members']);
    expect(byId.get('bad-history')).toEqual(['conflict-among-members']);
    expect(byId.get('professional-domination')).toContain('professional-domination');
    expect(byId.get('weak-community-links')).toEqual(['no-path-to-services', 'no-community-voices', 'community-stopped-coming', 'place-marked-unsafe', 'place-official-building']);
    expect(byId.get('little-capacity')).toEqual(['no-organizing-role']);
    expect(BARRIERS.every((b) => b.remedies.length > 0)).toBe(true);
  });

  it('marks which barriers this map signals, with the warnings behind them', () => {
    const withoutAnchor = sampleMap({ anchorId: null });
    const reports = describeBarriers(analyzeMap(withoutAnchor));
    const capacity = reports.find((b) => b.id === 'little-capacity')!;
    expect(capacity).toMatchObject({ signalled: true, detectable: true });
    expect(capacity.warnings.map((w) => w.kind)).toEqual(['no-organizing-role']);
    expect(reports.find((b) => b.id === 'weak-community-links')?.signalled).toBe(true);
    expect(reports.find((b) => b.id === 'funding')).toMatchObject({ signalled: false, detectable: true, warnings: [] });
    expect(reports.find((b) => b.id === 'costs-over-benefits')).toMatchObject({ signalled: false, detectable: false, warnings: [] });
    const anchored = describeBarriers(analyzeMap(sampleMap()));
    expect(anchored.find((b) => b.id === 'little-capacity')?.signalled).toBe(false);
  });
});

describe('journeyReport', () => {
  it('gives each step id, title, status and summary, and null with fewer than two snapshots', () => {
    const map = journeyMap();
    const report = journeyReport(map, analyzeMap(map), NOW);
    expect(report.steps).toHaveLength(7);
    expect(Object.keys(report.steps[0]!)).toEqual(['id', 'title', 'status', 'summary']);
    expect(report.latestComparison).toBeNull();
  });
});
