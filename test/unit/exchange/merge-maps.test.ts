import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/exchange/import-error';
import { mergeMaps, proposeMerge } from '../../../shared/exchange/merge-maps';
import { mapDocumentSchema } from '../../../shared/schema';
import { NOW, THEN, counterIds, mapOf, org, person, tie } from './merge-maps-fixtures';

// Two organizers mapped overlapping networks. Ids deliberately collide ("s1", "t1") across maps.
const riverside = mapOf(
  'Riverside Coalition',
  [
    person('s1', 'Grace Okafor', { email: 'grace@riverside.example', categories: ['directly-affected'], tags: ['founder'] }),
    org('s2', 'Harbor House Shelter', { phone: '555 201 9900', services: ['shelter'] }),
    person('s3', 'Luis Fernández'),
  ],
  [tie('t1', 's1', 's2', 'works-at'), tie('t2', 's1', 's3', 'knows')],
);

const eastside = mapOf(
  'Eastside Network',
  [
    // Same person as s1 (same email), confidential here, with a phone the base lacks.
    person('s1', 'Okafor, Grace', {
      email: 'GRACE@riverside.example',
      phone: '555 777 1234',
      confidential: true,
      categories: ['service-provider'],
      tags: ['founder', 'speaker'],
      notes: 'Prefers Signal.',
    }),
    // A different person who happens to carry the base's id "s2".
    person('s2', 'Amara Diallo', { role: 'Pastor' }),
    // Near match of s3, which the user rejects.
    person('e3', 'L. Fernandez'),
    org('e4', 'Harbor House Shelter Inc', { phone: '+1 555 201 9900' }),
  ],
  [
    tie('t1', 's1', 's2', 'knows'),
    tie('e-t2', 's2', 's1', 'knows'),
    tie('e-t3', 's1', 'e4', 'works-at'),
    tie('e-t4', 'e3', 's2', 'refers-to'),
  ],
);

function ctx(sourceLabel?: string) {
  return { now: NOW, newId: counterIds(), sourceLabel };
}

describe('mergeMaps', () => {
  it('merges exact matches, keeps a rejected near match separate, and leaves both inputs untouched', () => {
    const frozen = JSON.stringify([riverside, eastside]);
    const proposal = proposeMerge(riverside, eastside);
    expect(proposal.matches.map((m) => [m.baseId, m.incomingId, m.strength])).toEqual([
      ['s1', 's1', 'exact'],
      ['s2', 'e4', 'exact'],
      ['s3', 'e3', 'near'],
    ]);
    const result = mergeMaps(riverside, eastside, proposal.exactDecisions, ctx());
    expect(JSON.stringify([riverside, eastside])).toBe(frozen);
    expect(mapDocumentSchema.safeParse(result.map).success).toBe(true);
    expect(result.map.stakeholders.map((s) => [s.id, s.name])).toEqual([
      ['s1', 'Grace Okafor'],
      ['s2', 'Harbor House Shelter'],
      ['s3', 'Luis Fernández'],
      ['new-1', 'Amara Diallo'],
      ['e3', 'L. Fernandez'],
    ]);
    expect(result.summary).toEqual({ stakeholdersAdded: 2, stakeholdersMerged: 2, tiesAdded: 2, tiesCollapsed: 2, idsRenamed: 2, servicesAdded: 0 });
  });

  it('merges like the app does: confidentiality wins, blanks are filled, lists joined, own values kept', () => {
    const { map } = mergeMaps(riverside, eastside, { accept: [['s1', 's1']] }, ctx());
    const grace = map.stakeholders.find((s) => s.id === 's1');
    expect(grace).toMatchObject({
      name: 'Grace Okafor',
      email: 'grace@riverside.example',
      phone: '555 777 1234',
      confidential: true,
      categories: ['directly-affected', 'service-provider'],
      tags: ['founder', 'speaker'],
      notes: 'Prefers Signal.',
      updatedAt: NOW,
      createdAt: THEN,
    });
    // The base record is the base map's own: it keeps no incoming provenance label.
    expect(grace?.source).toBeUndefined();
  });

  it('remaps ties onto merged and renamed ids, collapsing repeats in either direction of an undirected tie', () => {
    const { map } = mergeMaps(riverside, eastside, { accept: [['s1', 's1'], ['s2', 'e4']] }, ctx());
    const incomingTies = map.ties.filter((t) => t.source_map !== undefined);
    expect(incomingTies.map((t) => [t.id, t.source, t.target, t.type])).toEqual([
      // Eastside's "t1" clashed with Riverside's tie id; Amara's "s2" clashed with the shelter's id.
      ['new-2', 's1', 'new-1', 'knows'],
      ['e-t4', 'e3', 'new-1', 'refers-to'],
    ]);
    // e-t2 repeats e-t1 the other way round; e-t3 repeats Riverside's own works-at tie once merged.
    expect(map.ties.filter((t) => t.source_map === undefined)).toEqual(riverside.ties);
  });

  it('keeps both directions of a directed tie and drops a tie merged onto itself', () => {
    const base = mapOf('Base', [org('b1', 'Fund A'), org('b2', 'Clinic B')], [tie('bt', 'b1', 'b2', 'funds')]);
    const incoming = mapOf('Other', [org('x1', 'Fund A'), org('x2', 'Clinic B'), org('x3', 'Fund-A')], [
      tie('xt1', 'x2', 'x1', 'funds'),
      tie('xt2', 'x1', 'x3', 'partners-with'),
    ]);
    const result = mergeMaps(base, incoming, { accept: [['b1', 'x1'], ['b2', 'x2'], ['b1', 'x3']] }, ctx());
    expect(result.map.ties.map((t) => [t.source, t.target, t.type])).toEqual([
      ['b1', 'b2', 'funds'],
      ['b2', 'b1', 'funds'],
    ]);
    expect(result.summary.tiesCollapsed).toBe(1);
    expect(result.map.stakeholders).toHaveLength(2);
  });

  it('labels everything that came in with its map, by coalition name or a given label', () => {
    const byName = mergeMaps(riverside, eastside, { accept: [] }, ctx()).map;
    const arrived = byName.stakeholders.slice(riverside.stakeholders.length);
    expect(arrived).toHaveLength(4);
    expect(new Set(arrived.map((s) => s.source))).toEqual(new Set(['Eastside Network']));
    expect(byName.ties.slice(riverside.ties.length).every((t) => t.source_map === 'Eastside Network')).toBe(true);
    expect(byName.stakeholders.slice(0, 3).every((s) => s.source === undefined)).toBe(true);
    const byFile = mergeMaps(riverside, eastside, { accept: [] }, ctx('  eastside.coalition.json ')).map;
    expect(byFile.stakeholders.at(-1)?.source).toBe('eastside.coalition.json');
  });

  it('fills only blank profile fields, unites the service catalogs and remaps services', () => {
    const base = mapOf('Base', [org('b1', 'Clinic', { services: ['shelter'] })], [], {
      mission: 'Ours',
      serviceCatalog: [{ id: 'shelter', label: 'Emergency shelter' }, { id: 'legal', label: 'Legal aid' }],
      servicesWanted: [],
    });
    const incoming = mapOf('Other', [org('x1', 'Clinic', { services: ['bed', 'legal', 'x-ray'] }), org('x2', 'Hotline', { services: ['calls'] })], [], {
      mission: 'Theirs',
      focusIssue: 'Housing',
      goals: [{ id: 'goal-1', title: 'One door', status: 'planned', outcome: '', funderIds: [], resources: '' }],
      serviceCatalog: [
        { id: 'bed', label: 'emergency SHELTER' },
        { id: 'legal', label: 'Legal representation' },
        { id: 'calls', label: 'Crisis line' },
      ],
      servicesWanted: ['bed', 'calls'],
      anchorId: 'x2',
    });
    const { map, summary } = mergeMaps(base, incoming, { accept: [['b1', 'x1']] }, ctx());
    expect(map.coalition).toMatchObject({
      name: 'Base',
      mission: 'Ours',
      focusIssue: 'Housing',
      goals: [{ id: 'goal-1', title: 'One door', status: 'planned', outcome: '', funderIds: [], resources: '' }],
      serviceCatalog: [
        { id: 'shelter', label: 'Emergency shelter' },
        { id: 'legal', label: 'Legal aid' },
        { id: 'legal-representation', label: 'Legal representation' },
        { id: 'calls', label: 'Crisis line' },
      ],
      servicesWanted: ['shelter', 'calls'],
      anchorId: 'x2',
    });
    expect(map.stakeholders[0]?.services).toEqual(['shelter', 'legal-representation', 'x-ray']);
    expect(summary.servicesAdded).toBe(2);
  });

  it('changes nothing and says why when a decision names an unknown or doubly used stakeholder', () => {
    expect(() => mergeMaps(riverside, eastside, { accept: [['nobody', 's1']] }, ctx())).toThrow(
      'Eastside Network, accepted match 1: no stakeholder with id "nobody" on the map being merged into',
    );
    expect(() => mergeMaps(riverside, eastside, { accept: [['s1', 'ghost']] }, ctx())).toThrow(/accepted match 1: no stakeholder with id "ghost" on the incoming map/);
    expect(() => mergeMaps(riverside, eastside, { accept: [['s1', 's1'], ['s3', 's1']] }, ctx())).toThrow(
      /accepted match 2: incoming stakeholder "s1" is accepted as two different stakeholders/,
    );
  });

  it('refuses a merge whose result would not be a valid map', () => {
    const long = 'x'.repeat(12_000);
    const base = mapOf('Base', [person('b1', 'Ann Lee', { notes: long })]);
    const incoming = mapOf('Other', [person('x1', 'Ann Lee', { notes: long })]);
    const error = (() => {
      try {
        mergeMaps(base, incoming, { accept: [['b1', 'x1']] }, ctx());
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect(String((error as Error).message)).toMatch(/^Other: the merged map would not be valid, so nothing was merged:\nstakeholders\[0\]\.notes: /);
  });
});

describe('proposeMerge', () => {
  it('leaves an incoming record that exactly matches two on the map for the user to choose', () => {
    const base = mapOf('Base', [person('b1', 'Ann Lee', { email: 'ann@x.example' }), person('b2', 'Lee, Ann')]);
    const incoming = mapOf('Other', [person('x1', 'Ann Lee', { email: 'ann@x.example' }), person('x2', 'Jo Wu', { email: 'jo@x.example' })]);
    const proposal = proposeMerge(base, incoming);
    expect(proposal.exactDecisions.accept).toEqual([]);
    expect(proposal.ambiguous.map((m) => m.baseId)).toEqual(['b1', 'b2']);
  });
});
