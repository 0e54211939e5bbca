// Probe maps for the barrier signals about organizing, community links, domination, committees
// and funding: each must fire on one map and stay silent on its near twin.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { describeBarriers } from '../../../shared/journey/barriers';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { buildMap, stakeholder, tie } from './sample-map';

const kindsOf = (map: MapDocument) => analyzeMap(map).warnings.map((w) => w.kind);
const warning = (map: MapDocument, kind: string) => analyzeMap(map).warnings.find((w) => w.kind === kind);

function withJourney(map: MapDocument, extra: Record<string, unknown>): MapDocument {
  return mapDocumentSchema.parse({ ...map, ...extra });
}

/** Two member organizations with a staff member each, and no anchor. */
function unanchored(): MapDocument {
  return buildMap(
    [
      stakeholder({ id: 'shelter', name: 'Harbor Shelter', kind: 'organization', categories: ['service-provider'], stage: 'member' }),
      stakeholder({ id: 'legal', name: 'River Legal Aid', kind: 'organization', categories: ['service-provider'], stage: 'member' }),
      stakeholder({ id: 'ann', name: 'Ann Park', categories: ['service-provider'], stage: 'member' }),
      stakeholder({ id: 'bo', name: 'Bo Chen', categories: ['service-provider'], stage: 'member' }),
      stakeholder({ id: 'dee', name: 'Dee Ray', categories: ['directly-affected'], stage: 'member' }),
    ],
    [tie('ann', 'shelter', 'works-at'), tie('bo', 'legal', 'works-at'), tie('ann', 'bo'), tie('dee', 'ann')],
    { anchorId: null },
  );
}

const task = (id: string, owner: string) => ({ id, title: `Task ${id}`, owner });

describe('the organizing role', () => {
  it('warns when there is no anchor, coordinator, facilitator or shared tasks, and says what it saw', () => {
    const map = withJourney(unanchored(), { tasks: [task('t1', 'ann'), task('t2', 'shelter')] });
    expect(warning(map, 'no-organizing-role')?.message).toMatch(/the follow-up tasks all fall to Harbor Shelter/);
    expect(warning(unanchored(), 'no-organizing-role')?.message).toMatch(/no follow-up task is owned/);
  });

  it('accepts organizing tasks shared across two organizations, a coordinator, a facilitator or an anchor', () => {
    expect(kindsOf(withJourney(unanchored(), { tasks: [task('t1', 'ann'), task('t2', 'bo')] }))).not.toContain('no-organizing-role');
    expect(kindsOf(withJourney(unanchored(), { roles: [{ stakeholderId: 'dee', role: 'coordinator' }] }))).not.toContain('no-organizing-role');
    expect(kindsOf(withJourney(unanchored(), { roles: [{ stakeholderId: 'bo', role: 'facilitator' }] }))).not.toContain('no-organizing-role');
    expect(kindsOf(withJourney(unanchored(), { roles: [{ stakeholderId: 'bo', role: 'treasurer' }] }))).toContain('no-organizing-role');
    const anchored = mapDocumentSchema.parse({ ...unanchored(), coalition: { ...unanchored().coalition, anchorId: 'legal' } });
    expect(kindsOf(anchored)).not.toContain('no-organizing-role');
  });
});

describe('links to the community', () => {
  it('never tells a professionals-only map its community links look fine', () => {
    const map = buildMap(
      [
        stakeholder({ id: 'a', name: 'Clinic', kind: 'organization', categories: ['service-provider'], stage: 'member' }),
        stakeholder({ id: 'b', name: 'Councillor Vance', categories: ['policymaker'], stage: 'member' }),
      ],
      [tie('a', 'b')],
    );
    expect(warning(map, 'no-community-voices')?.message).toMatch(/None of the 2 stakeholders on the map is directly affected or an interested resident/);
    const barrier = describeBarriers(analyzeMap(map)).find((b) => b.id === 'weak-community-links')!;
    expect(barrier.signalled).toBe(true);
  });

  it('flags members with no community voice among them, and is silent once one joins', () => {
    const map = unanchored();
    expect(kindsOf(map)).not.toContain('no-community-voices');
    const dee = map.stakeholders.find((s) => s.id === 'dee')!;
    const left = { ...map, stakeholders: map.stakeholders.map((s) => (s.id === 'dee' ? { ...dee, stage: 'contacted' as const } : s)) };
    expect(warning(left, 'no-community-voices')?.stakeholders).toEqual(['dee']);
  });
});

describe('domination by professionals and elite members', () => {
  const members = (influential: number, professionals: number, community: number) =>
    buildMap(
      [
        ...Array.from({ length: influential }, (_, i) => stakeholder({ id: `i${i}`, name: `Leader ${i}`, categories: ['influential'], stage: 'member' })),
        ...Array.from({ length: professionals }, (_, i) => stakeholder({ id: `p${i}`, name: `Worker ${i}`, categories: ['service-provider'], stage: 'member' })),
        ...Array.from({ length: community }, (_, i) => stakeholder({ id: `c${i}`, name: `Resident ${i}`, categories: ['interested-public'], stage: 'member' })),
      ],
      [],
    );

  it('counts influential members with professionals: 10 influential and 4 professionals of 20 dominate', () => {
    const found = warning(members(10, 4, 6), 'professional-domination');
    expect(found?.message).toMatch(/^70% of members are professionals or influential community members \(4 professionals, 10 influential, of 20\)/);
    expect(found?.stakeholders).toHaveLength(14);
  });

  it('stays silent when they are half the members', () => {
    expect(kindsOf(members(5, 5, 10))).not.toContain('professional-domination');
  });
});

describe('structure that scales', () => {
  const large = (onCommittee: number) => {
    const people = Array.from({ length: 30 }, (_, i) => stakeholder({ id: `m${i}`, name: `Member ${i}`, categories: ['interested-public'], stage: 'member' }));
    const map = buildMap(people, []);
    return withJourney(map, { committees: [{ id: 'c1', name: 'Outreach', memberIds: people.slice(0, onCommittee).map((p) => p.id as string) }] });
  };

  it('warns when most members of a large coalition sit on no committee', () => {
    expect(warning(large(5), 'members-off-committees')?.message).toMatch(/^30 members and only 17% sit on a committee/);
  });

  it('is silent when most of them do, or when the coalition is small', () => {
    expect(kindsOf(large(20))).not.toContain('members-off-committees');
    expect(kindsOf(unanchored())).not.toContain('members-off-committees');
  });
});

describe('funding', () => {
  const funded = (goals: unknown[]) => {
    const map = buildMap(
      [
        stakeholder({ id: 'fund', name: 'Valley Foundation', kind: 'organization', categories: [] }),
        stakeholder({ id: 'shelter', name: 'Harbor Shelter', kind: 'organization', categories: ['service-provider'], stage: 'member' }),
      ],
      [tie('fund', 'shelter', 'funds')],
      { goals },
    );
    return map;
  };

  it('flags money coming to a member that no goal accounts for', () => {
    expect(warning(funded([]), 'funding-without-goal')?.stakeholders).toEqual(['fund']);
  });

  it('is silent once a goal lists the funder', () => {
    expect(kindsOf(funded([{ id: 'g1', title: 'Shelter beds', funderIds: ['fund'] }]))).not.toContain('funding-without-goal');
  });
});
