// analyzeMap on a map whose answers are known by construction (see sample-map.ts).
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { sampleMap } from './sample-map';

describe('analyzeMap on the sample coalition', () => {
  const insights = analyzeMap(sampleMap());

  it('summarises the map', () => {
    expect(insights.summary).toMatchObject({ stakeholders: 10, ties: 11, links: 10, members: 3, core: 1, components: 2 });
    expect(insights.summary.density).toBeCloseTo((2 * 10) / (10 * 9), 12);
  });

  it('finds policymakers as a network gap and the faith community as a recruitment gap', () => {
    const byCategory = Object.fromEntries(insights.coverage.map((row) => [row.category, row]));
    expect(byCategory.policymaker).toMatchObject({ status: 'missing', gap: 'network', onMap: 0, members: 0 });
    expect(byCategory.influential).toMatchObject({ status: 'missing', gap: 'recruitment', onMap: 3 });
    expect(byCategory['service-provider']).toMatchObject({ status: 'ok', gap: null, members: 2 });
    expect(byCategory['directly-affected']).toMatchObject({ status: 'ok', members: 1 });
    expect(byCategory.policymaker!.reason).toMatch(/No one on the map is a policymaker/);
  });

  it('marks the two shelters as uncoordinated duplication, childcare as a gap', () => {
    const shelter = insights.services.find((s) => s.service === 'emergency-shelter')!;
    expect(shelter).toMatchObject({ status: 'duplicated', providers: ['shelter', 'haven'], memberProviders: ['shelter', 'haven'] });
    expect(shelter.uncoordinatedPairs).toEqual([['shelter', 'haven']]);
    expect(shelter.reason).toMatch(/no partnership or referral tie/);
    expect(insights.services.find((s) => s.service === 'childcare')).toMatchObject({ status: 'gap', providers: [] });
    expect(insights.services.find((s) => s.service === 'legal-advocacy')).toMatchObject({ status: 'covered', memberProviders: [] });
  });

  it('ranks the pastor first as core candidate, as the only link to the faith community', () => {
    const [first] = insights.coreCandidates;
    expect(first!.id).toBe('pastor');
    expect(first!.reasons[0]).toMatch(/^The only link between the group of 4 around Harbor House Shelter \(mostly service providers\) and the group of 4 around Ana Torres/);
    expect(first!.reasons.join(' ')).toMatch(/Influence rated 5 of 5/);
    expect(insights.coreCandidates.map((c) => c.id)).not.toContain('shelter');
    expect(insights.coreCandidates.map((c) => c.id)).not.toContain('refuser');
    expect(insights.articulationPoints).toEqual(expect.arrayContaining(['shelter', 'pastor', 'choir', 'neighbor']));
  });

  it('suggests warm introductions through the nearest member', () => {
    const influential = insights.recruitment.filter((r) => r.category === 'influential');
    expect(influential.map((r) => r.id)).toEqual(['pastor', 'deacon', 'choir']);
    expect(influential[0]).toMatchObject({ introducer: 'shelter', path: ['shelter', 'pastor'], distance: 1, weakestTie: 3 });
    // Deacon and Ana are both two ties away; the route to Deacon is stronger (3,2 against 3,1).
    expect(influential[1]).toMatchObject({ path: ['shelter', 'pastor', 'deacon'], weakestTie: 2 });
    const publicVoices = insights.recruitment.filter((r) => r.category === 'interested-public').map((r) => r.id);
    expect(publicVoices).toEqual(['choir', 'neighbor']);
    expect(insights.recruitment.some((r) => r.category === 'policymaker')).toBe(false);
  });

  it('warns about the directly-affected person with no path to any service provider', () => {
    const kinds = insights.warnings.map((w) => w.kind);
    expect(kinds).toContain('no-path-to-services');
    expect(insights.warnings.find((w) => w.kind === 'no-path-to-services')!.stakeholders).toEqual(['dana']);
    expect(kinds).not.toContain('no-organizing-role');
    expect(kinds).toContain('core-hangs-on-one-person');
    expect(kinds).toContain('professional-domination');
  });

  it('hides confidential names unless asked, everywhere in the result', () => {
    const text = JSON.stringify(insights);
    expect(text).not.toContain('Maria');
    expect(insights.stakeholders.find((s) => s.id === 'maria')!.name).toBe('Confidential stakeholder 1');
    const open = analyzeMap(sampleMap(), { includeConfidential: true });
    expect(open.stakeholders.find((s) => s.id === 'maria')!.name).toBe('Maria Lopez');
  });

  it('is plain data that survives JSON and repeats exactly', () => {
    expect(JSON.parse(JSON.stringify(insights))).toEqual(insights);
    expect(analyzeMap(sampleMap())).toEqual(insights);
  });

  it('warns when no one carries the organizing work', () => {
    const kinds = analyzeMap(sampleMap({ anchorId: null })).warnings.map((w) => w.kind);
    expect(kinds).toContain('no-organizing-role');
  });
});
