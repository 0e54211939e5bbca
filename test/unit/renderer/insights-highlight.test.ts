// Which stakeholders each insight lights up, on the sample coalition analysed for real.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { removeStakeholder } from '../../../shared/edits';
import { sampleCoalition } from '../../../shared/sample';
import {
  candidateHighlight,
  categoryHighlight,
  communityHighlight,
  coreGroupHighlight,
  highlightedOnMap,
  namesFrom,
  recruitmentHighlight,
  serviceHighlight,
  uncoordinatedHighlight,
  warningHighlight,
} from '../../../renderer/src/state/insights/insights-highlight';

const map = sampleCoalition({ now: '2025-03-01T10:00:00.000Z' });
const insights = analyzeMap(map, { includeConfidential: true });
const nameOf = namesFrom(insights);

describe('highlights from insights', () => {
  it('indexes an answer’s names once, however many sections ask in one render, and a new answer anew', () => {
    expect(namesFrom(insights)).toBe(nameOf);
    const first = map.stakeholders[0]!;
    expect(nameOf(first.id)).toBe(first.name);
    expect(nameOf('gone-since')).toBe('a stakeholder');
    const renamed = { ...insights, stakeholders: insights.stakeholders.map((s) => (s.id === first.id ? { ...s, name: 'Renamed' } : s)) };
    expect(namesFrom(renamed)).not.toBe(nameOf);
    expect(namesFrom(renamed)(first.id)).toBe('Renamed');
  });

  it('lights a category’s members, or everyone of it on the map', () => {
    const members = categoryHighlight(insights, 'policymaker', 'members');
    expect(members.ids).toEqual([]);
    const onMap = categoryHighlight(insights, 'policymaker', 'map');
    const expected = map.stakeholders.filter((s) => s.categories.includes('policymaker')).map((s) => s.id);
    expect(onMap.ids).toEqual(expected);
    expect(onMap.label).toBe('Everyone on the map who is policymaker');
  });

  it('lights a service’s providers and an uncoordinated pair by name', () => {
    const counselling = insights.services.find((s) => s.service === 'counselling');
    if (!counselling) throw new Error('the sample offers counselling');
    expect(serviceHighlight(counselling).ids).toEqual(counselling.providers);
    const pair = counselling.uncoordinatedPairs[0];
    if (!pair) throw new Error('the sample’s counselling providers do not work together');
    const lit = uncoordinatedHighlight(counselling, pair, nameOf);
    expect(lit.ids).toEqual([...pair]);
    expect(lit.label).toContain('Willow Street Counselling Collective and Bend Valley Family Services');
  });

  it('lights the whole warm path of a recruitment suggestion, introducer first', () => {
    const twoSteps = insights.recruitment.find((r) => r.distance === 2);
    if (!twoSteps || twoSteps.introducer === null) throw new Error('the sample has a two-step introduction');
    const lit = recruitmentHighlight(twoSteps, nameOf);
    expect(lit.ids).toEqual(twoSteps.path);
    expect(lit.ids[0]).toBe(twoSteps.introducer);
    expect(lit.ids.at(-1)).toBe(twoSteps.id);
    expect(lit.label).toBe(`${twoSteps.name}, introduced by ${nameOf(twoSteps.introducer)} through ${nameOf(twoSteps.path[1] ?? '')}`);
    const unreachable = recruitmentHighlight({ ...twoSteps, introducer: null, path: [], distance: null }, nameOf);
    expect(unreachable.ids).toEqual([twoSteps.id]);
  });

  it('lights candidates, the core group, warnings and communities', () => {
    const broker = insights.coreCandidates.find((c) => c.name === 'Rev. Imani Castell');
    if (!broker) throw new Error('the broker is a candidate');
    expect(candidateHighlight(broker).ids).toEqual([broker.id]);
    expect(coreGroupHighlight(insights.coreGroup).ids).toEqual(insights.coreGroup.members);
    const conflict = insights.warnings.find((w) => w.kind === 'conflict-among-members');
    if (!conflict) throw new Error('the sample has a conflict among members');
    expect(warningHighlight(conflict)).toEqual({ ids: conflict.stakeholders, label: conflict.message });
    const group = communityHighlight(insights, 0);
    expect(group.ids.length).toBeGreaterThan(0);
    expect(group.ids.every((id) => insights.stakeholders.find((s) => s.id === id)?.community === 0)).toBe(true);
  });

  it('keeps only ids still on the map', () => {
    expect(highlightedOnMap(null, map)).toBeNull();
    const [first, second] = map.stakeholders;
    if (!first || !second) throw new Error('the sample has stakeholders');
    const lit = { ids: [first.id, second.id], label: 'two' };
    expect([...(highlightedOnMap(lit, map) ?? [])]).toEqual([first.id, second.id]);
    const fewer = removeStakeholder(map, first.id);
    expect([...(highlightedOnMap(lit, fewer) ?? [])]).toEqual([second.id]);
    expect(nameOf('no-such-id')).toBe('a stakeholder');
  });
});
