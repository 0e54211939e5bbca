// Each answer's rules on small maps built for the rule at hand.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { areasOverlap, normalizeArea } from '../../../shared/analysis/services';
import { defaultTargets } from '../../../shared/new-map';
import { buildMap, stakeholder as person, tie } from './sample-map';

const member = (id: string, categories: string[], extra: Record<string, unknown> = {}) =>
  person({ id, name: `Person ${id}`, categories, stage: 'member', ...extra });

describe('coverage', () => {
  it('is thin below the member count or share target, ok at it, missing at zero', () => {
    const targets = { ...defaultTargets(), 'service-provider': { minMembers: 2, minShare: 0 } };
    const map = buildMap(
      [member('a', ['directly-affected']), member('b', ['service-provider']), member('c', ['service-provider']), member('d', ['policymaker']), member('e', ['policymaker']), member('f', ['influential'])],
      [],
      { targets },
    );
    const rows = Object.fromEntries(analyzeMap(map).coverage.map((r) => [r.category, r]));
    // One of six members (17%) is directly affected: below the default 20% share.
    expect(rows['directly-affected']).toMatchObject({ status: 'thin', members: 1, gap: null });
    expect(rows['directly-affected']!.reason).toMatch(/1 member \(17% of members\) against a target of 1 member and 20% of members/);
    expect(rows['service-provider']).toMatchObject({ status: 'ok', members: 2 });
    expect(rows['interested-public']).toMatchObject({ status: 'missing', gap: 'network' });
  });

  it('treats a target of none as ok even with no member', () => {
    const targets = { ...defaultTargets(), policymaker: { minMembers: 0, minShare: 0 } };
    const map = buildMap([member('a', ['service-provider'])], [], { targets });
    expect(analyzeMap(map).coverage.find((r) => r.category === 'policymaker')).toMatchObject({ status: 'ok', gap: 'network' });
  });
});

describe('voice balance', () => {
  it('counts a member on both sides once per side and says so', () => {
    const map = buildMap([member('a', ['service-provider', 'directly-affected']), member('b', ['influential'])], []);
    const { voice } = analyzeMap(map);
    expect(voice).toMatchObject({ members: 2, professionals: 1, community: 1, professionalShare: 0.5, communityShare: 0.5 });
    expect(voice.countingRule).toMatch(/counts once on each side/);
  });

  it('flags tokenism when directly-affected members sit on the edge', () => {
    const hub = ['p1', 'p2', 'p3', 'p4'];
    const ties = [...hub.flatMap((a, i) => hub.slice(i + 1).map((b) => tie(a, b))), tie('p1', 'da')];
    const map = buildMap([...hub.map((id) => member(id, ['service-provider'])), member('da', ['directly-affected'])], ties);
    const insights = analyzeMap(map);
    expect(insights.voice.tokenismRisk).toBe(true);
    expect(insights.voice.directlyAffectedMeanDegree).toBe(1);
    expect(insights.warnings.find((w) => w.kind === 'tokenism-risk')?.stakeholders).toEqual(['da']);
  });
});

describe('services', () => {
  it('normalizes areas and treats an empty area as possibly overlapping', () => {
    expect(normalizeArea('  North-County, EAST ')).toBe('north county east');
    expect(areasOverlap('North County', 'north  county')).toBe(true);
    expect(areasOverlap('River City', 'river city downtown')).toBe(true);
    expect(areasOverlap('', 'anywhere')).toBe(true);
    expect(areasOverlap('North County', 'South County')).toBe(false);
  });

  it('counts a referral or partnership in either direction as coordination', () => {
    const org = (id: string, area: string) => person({ id, name: id, kind: 'organization', categories: ['service-provider'], services: ['housing'], area });
    const map = buildMap(
      [org('x', 'Delta'), org('y', 'delta'), org('z', 'Delta'), org('far', 'Elsewhere')],
      [tie('y', 'x', 'refers-to'), tie('z', 'x', 'partners-with'), tie('y', 'z', 'knows')],
      { servicesWanted: ['housing'] },
    );
    const [housing] = analyzeMap(map).services;
    expect(housing).toMatchObject({ status: 'duplicated', label: 'Transitional and permanent housing' });
    expect(housing!.overlappingPairs).toEqual([['x', 'y'], ['x', 'z'], ['y', 'z']]);
    expect(housing!.uncoordinatedPairs).toEqual([['y', 'z']]);
  });
});

describe('warnings', () => {
  it('names members in conflict, and a core member the rest of the core hangs on', () => {
    const core = (id: string) => person({ id, name: `Core ${id}`, categories: ['influential'], stage: 'core' });
    const map = buildMap(
      [core('hub'), core('c1'), core('c2'), core('c3'), member('m', ['service-provider'])],
      [tie('hub', 'c1'), tie('hub', 'c2'), tie('hub', 'c3'), tie('c1', 'm', 'conflict')],
      { anchorId: 'hub' },
    );
    const warnings = analyzeMap(map).warnings;
    expect(warnings.find((w) => w.kind === 'conflict-among-members')?.stakeholders).toEqual(['c1', 'm']);
    const hangs = warnings.filter((w) => w.kind === 'core-hangs-on-one-person');
    expect(hangs.map((w) => w.stakeholders)).toEqual([['hub']]);
    expect(hangs[0]!.message).toMatch(/hangs on Core hub: without them some core members would have no link/);
  });

  it('sees no single point of failure in a core that is a ring', () => {
    const core = (id: string) => person({ id, name: id, categories: ['influential'], stage: 'core' });
    const map = buildMap([core('a'), core('b'), core('c'), core('d')], [tie('a', 'b'), tie('b', 'c'), tie('c', 'd'), tie('d', 'a')], { anchorId: 'a' });
    expect(analyzeMap(map).warnings.map((w) => w.kind)).not.toContain('core-hangs-on-one-person');
  });

  it('says when there is no service provider at all for directly-affected people to reach', () => {
    const map = buildMap([member('a', ['directly-affected']), member('b', ['influential'])], [tie('a', 'b')]);
    const warning = analyzeMap(map).warnings.find((w) => w.kind === 'no-path-to-services');
    expect(warning?.message).toMatch(/no service provider on the map/);
    expect(warning?.stakeholders).toEqual(['a']);
  });
});

describe('recruitment', () => {
  it('lists unreachable candidates last, as cold approaches, and explains an empty coalition', () => {
    const map = buildMap(
      [member('m', ['service-provider']), person({ id: 'near', name: 'Near', categories: ['policymaker'] }), person({ id: 'cold', name: 'Cold', categories: ['policymaker'], influence: 5 })],
      [tie('m', 'near')],
    );
    const picks = analyzeMap(map).recruitment.filter((r) => r.category === 'policymaker');
    expect(picks.map((r) => [r.id, r.distance, r.introducer])).toEqual([['near', 1, 'm'], ['cold', null, null]]);
    expect(picks[1]!.reason).toMatch(/cold approach/);
    const empty = buildMap([person({ id: 'p', name: 'P', categories: ['policymaker'] })], []);
    expect(analyzeMap(empty).recruitment[0]!.reason).toMatch(/no members yet/);
  });

  it('never routes through a conflict tie', () => {
    const map = buildMap(
      [member('m', ['service-provider']), person({ id: 'x', name: 'X', categories: ['policymaker'] })],
      [tie('m', 'x', 'conflict')],
    );
    expect(analyzeMap(map).recruitment[0]).toMatchObject({ id: 'x', distance: null, path: [] });
  });
});

describe('core candidates', () => {
  it('subtracts conflicts with the core and leaves out the declined', () => {
    const map = buildMap(
      [
        person({ id: 'core', name: 'Core', categories: ['service-provider'], stage: 'core' }),
        person({ id: 'friend', name: 'Friend', categories: ['influential'], influence: 3 }),
        person({ id: 'rival', name: 'Rival', categories: ['influential'], influence: 3 }),
        person({ id: 'gone', name: 'Gone', categories: ['influential'], influence: 5, stage: 'declined' }),
      ],
      [tie('core', 'friend'), tie('core', 'rival'), tie('core', 'rival', 'conflict'), tie('core', 'gone')],
      { anchorId: 'core' },
    );
    const candidates = analyzeMap(map).coreCandidates;
    expect(candidates.map((c) => c.id)).toEqual(['friend', 'rival']);
    expect(candidates[1]!.parts.conflictPenalty).toBe(25);
    expect(candidates[1]!.reasons).toContain('In conflict with Core of the core group.');
  });
});
