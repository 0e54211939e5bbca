// Warm introductions ranked by recorded trust, and recruits with a bad history with members.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { buildMap, stakeholder, tie } from './sample-map';

function trusted(source: string, target: string, trust: number | null, strength = 3) {
  return { ...tie(source, target, 'knows', strength), trust };
}

function probe(trustToA: number | null, trustViaB: number | null) {
  return buildMap(
    [
      stakeholder({ id: 'm', name: 'Mia (member)', categories: ['service-provider'], stage: 'member' }),
      stakeholder({ id: 'x', name: 'Xan', categories: ['service-provider'] }),
      stakeholder({ id: 'a', name: 'Ada Faith', categories: ['influential'] }),
      stakeholder({ id: 'b', name: 'Ben Faith', categories: ['influential'] }),
    ],
    [trusted('m', 'a', trustToA), trusted('m', 'x', trustViaB), trusted('x', 'b', trustViaB)],
  );
}

describe('warm introductions and trust', () => {
  it('does not call a route warm when its ties are recorded with trust 1, and ranks it after a trusted longer one', () => {
    const [first, second] = analyzeMap(probe(1, 4)).recruitment.filter((r) => r.category === 'influential');
    expect(first).toMatchObject({ id: 'b', warm: true, lowestTrust: 4, path: ['m', 'x', 'b'] });
    expect(second).toMatchObject({ id: 'a', warm: false, lowestTrust: 1, path: ['m', 'a'] });
    expect(second!.reason).toMatch(/not a warm one/);
  });

  it('keeps the nearest first when trust is good or unrecorded', () => {
    const [first] = analyzeMap(probe(null, null)).recruitment.filter((r) => r.category === 'influential');
    expect(first).toMatchObject({ id: 'a', warm: true, lowestTrust: null });
    expect(first!.reason).toMatch(/no trust recorded/);
    const [ranked] = analyzeMap(probe(3, 4)).recruitment.filter((r) => r.category === 'influential');
    expect(ranked).toMatchObject({ id: 'a', warm: true, lowestTrust: 3 });
  });
});

describe('recruits with a bad history', () => {
  it('flags a suggested recruit in conflict with a member, naming the member', () => {
    const map = buildMap(
      [
        stakeholder({ id: 'm', name: 'Mia', categories: ['service-provider'], stage: 'member' }),
        stakeholder({ id: 'a', name: 'Ada Faith', categories: ['influential'] }),
      ],
      [tie('m', 'a'), tie('a', 'm', 'conflict')],
    );
    const [found] = analyzeMap(map).recruitment;
    expect(found).toMatchObject({ id: 'a', conflictsWith: ['m'] });
    expect(found!.reason).toMatch(/conflict \(turf or bad history\) is recorded with Mia/);
  });

  it('flags nothing when the conflict is with someone who is not a member', () => {
    const map = buildMap(
      [
        stakeholder({ id: 'm', name: 'Mia', categories: ['service-provider'], stage: 'member' }),
        stakeholder({ id: 'o', name: 'Olu', categories: ['service-provider'] }),
        stakeholder({ id: 'a', name: 'Ada Faith', categories: ['influential'] }),
      ],
      [tie('m', 'a'), tie('a', 'o', 'conflict')],
    );
    expect(analyzeMap(map).recruitment.find((r) => r.id === 'a')).toMatchObject({ conflictsWith: [] });
  });
});
