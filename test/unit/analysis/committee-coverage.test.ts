// Coverage scoped to a committee: counted over its people only, against the coalition's targets,
// with the committee found by id or by name and a clear error otherwise.
import { describe, expect, it } from 'vitest';
import { analyzeMap, findCommittee, type CoverageRow } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';
import { sampleMap } from './sample-map';

function withCommittees(map: MapDocument, committees: MapDocument['committees']): MapDocument {
  return { ...map, committees };
}

const outreach = { id: 'c-out', name: 'Outreach', purpose: 'Reach faith groups', memberIds: ['shelter', 'pastor'] };
const byCategory = (rows: readonly CoverageRow[]) => Object.fromEntries(rows.map((r) => [r.category, r]));

describe('coverage for one committee', () => {
  const map = withCommittees(sampleMap(), [outreach, { id: 'c-voice', name: 'Voices', purpose: '', memberIds: ['maria', 'dana', 'gone'] }]);

  it('counts only the committee, whatever the stages, against the same targets', () => {
    const insights = analyzeMap(map, { committeeId: 'c-out' });
    const scoped = insights.committeeCoverage!;
    expect(scoped).toMatchObject({ committeeId: 'c-out', name: 'Outreach', purpose: 'Reach faith groups', size: 2 });
    const rows = byCategory(scoped.coverage);
    // The pastor is only "contacted" on the map, but on the committee he counts.
    expect(rows.influential).toMatchObject({ status: 'ok', members: 1, memberShare: 0.5, onMap: 3, gap: null });
    expect(rows['service-provider']).toMatchObject({ status: 'ok', members: 1 });
    expect(rows['directly-affected']).toMatchObject({ status: 'missing', gap: 'recruitment', members: 0 });
    expect(rows['directly-affected']!.reason).toBe('No one on Outreach is a directly-affected person, though 1 coalition member is: ask one to join it.');
    expect(rows['interested-public']!.reason).toBe('No one on Outreach is an interested member of the public, and no coalition member is either (3 on the map).');
    expect(rows.policymaker).toMatchObject({ status: 'missing', gap: 'network' });
    expect(rows.policymaker!.reason).toBe('No one on the map is a policymaker yet, so no one on Outreach can be.');
    // The whole coalition's coverage is untouched by the scope.
    expect(byCategory(insights.coverage).influential).toMatchObject({ status: 'missing', gap: 'recruitment' });
  });

  it('leaves out ids no longer on the map and applies share targets to the committee', () => {
    const target = { ...map.coalition.targets, 'directly-affected': { minMembers: 2, minShare: 0.5 } };
    const scoped = analyzeMap({ ...map, coalition: { ...map.coalition, targets: target } }, { committeeId: 'Voices' }).committeeCoverage!;
    expect(scoped.size).toBe(2);
    expect(byCategory(scoped.coverage)['directly-affected']).toMatchObject({ status: 'ok', members: 2, memberShare: 1 });
    const thin = analyzeMap(
      { ...map, coalition: { ...map.coalition, targets: { ...target, 'directly-affected': { minMembers: 3, minShare: 0 } } } },
      { committeeId: 'c-voice' },
    ).committeeCoverage!;
    expect(byCategory(thin.coverage)['directly-affected']!.reason).toBe('2 people on Voices (100% of it) against a target of 3 members.');
  });

  it('adds no committee key without a scope', () => {
    expect('committeeCoverage' in analyzeMap(map)).toBe(false);
  });

  it('finds a committee by id or by name in any case, and says which exist when none matches', () => {
    expect(findCommittee(map, 'c-voice').name).toBe('Voices');
    expect(findCommittee(map, '  outreach ').id).toBe('c-out');
    expect(() => analyzeMap(map, { committeeId: 'Finance' })).toThrow('No committee "Finance" on this map. Its committees: "Outreach" (c-out), "Voices" (c-voice).');
    expect(() => findCommittee(sampleMap(), 'x')).toThrow('It has no committees yet.');
    const twice = withCommittees(map, [outreach, { ...outreach, id: 'c-out-2' }]);
    expect(() => findCommittee(twice, 'Outreach')).toThrow('2 committees are called "Outreach": name one by its id (c-out, c-out-2).');
  });
});
