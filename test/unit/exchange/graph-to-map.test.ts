import { describe, expect, it } from 'vitest';
import { importedGraphToStakeholders, type GraphImportContext } from '../../../shared/exchange/graph-to-map';
import type { ImportedGraph } from '../../../shared/exchange/imported-graph';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import { stakeholderSchema, tieSchema } from '../../../shared/schema';
import { fixtureBytes, interopBytes, rawCounts, rawText } from './fixture-paths';

function context(sourceLabel: string): GraphImportContext {
  let next = 0;
  return { now: '2026-01-05T10:00:00.000Z', newId: () => `id-${++next}`, sourceLabel };
}

function convert(name: string, bytes: Uint8Array) {
  return importedGraphToStakeholders(readGraphFile(bytes, name), context(name));
}

describe('interop files become stakeholders and ties', () => {
  it.each(['arctic.gexf', 'les_miserables.gexf', 'celegans.gexf', 'miserables.graphml'])('%s', (name) => {
    const raw = rawCounts(name);
    const { stakeholders, ties } = convert(name, interopBytes(name));
    expect(stakeholders).toHaveLength(raw.nodes);
    // All edges become `knows` ties, which have no direction: a->b and b->a are one tie.
    expect(ties).toHaveLength(raw.undirectedPairs);
    for (const s of stakeholders) stakeholderSchema.parse(s);
    for (const t of ties) tieSchema.parse(t);
  });

  it('keeps Les Misérables names, weights and other attributes as custom fields', () => {
    const { stakeholders, ties } = convert('les_miserables.gexf', interopBytes('les_miserables.gexf'));
    const myriel = stakeholders.find((s) => s.name === 'Myriel');
    expect(myriel).toMatchObject({ kind: 'person', categories: [], source: 'les_miserables.gexf', custom: { Authority: '0.01880342', Hub: '0.01880342' } });
    const weights = ties.map((t) => t.weight).filter((w) => w !== undefined);
    const rawWeights = [...rawText('les_miserables.gexf').matchAll(/<edge [^>]*weight="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(weights).toHaveLength(rawWeights.length);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(rawWeights.reduce((a, b) => a + b, 0), 9);
    expect(ties.every((t) => t.type === 'knows' && t.strength === 2 && t.source_map === 'les_miserables.gexf')).toBe(true);
  });

  it('does not keep the attribute that already gave the node its name', () => {
    const { stakeholders } = convert('arctic.gexf', interopBytes('arctic.gexf'));
    expect(stakeholders[1]).toMatchObject({ name: 'New York', custom: { nodedef: 'n1', occurrences: '143' } });
    expect(Object.keys(stakeholders[1]?.custom ?? {})).not.toContain('label');
  });
});

describe('attributes named like map fields', () => {
  const result = convert('coalition-fields.gexf', fixtureBytes('coalition-fields.gexf'));
  const [shelter, rosa, council] = result.stakeholders;

  it('fills fields from labels or ids, case-insensitively, with ; or , lists', () => {
    expect(shelter).toMatchObject({
      name: 'Harbor House & Shelter',
      kind: 'organization',
      categories: ['service-provider', 'influential'],
      services: ['emergency-shelter', 'safety-planning'],
      stage: 'member',
    });
    expect(council).toMatchObject({ kind: 'person', categories: ['policymaker'], influence: 4, stage: 'to-contact' });
  });

  it('leaves a bad value out of its field, keeps it as custom text and says which node and attribute', () => {
    expect(rosa).toMatchObject({
      name: 'Rosa Chávez',
      categories: ['directly-affected'],
      livedExperience: true,
      influence: null,
      consentUntil: null,
      custom: { influence: 'high', consent_until: '2026-02-30', 'Favourite colour': 'teal' },
    });
    expect(result.warnings).toContain(
      'coalition-fields.gexf, node "rosa", attribute "influence": "high" was not used (expected a whole number from 1 to 5); kept as a custom field',
    );
    expect(result.warnings).toContain(
      'coalition-fields.gexf, node "rosa", attribute "consent_until": "2026-02-30" was not used (no such day); kept as a custom field',
    );
  });

  it('types ties from a `type` attribute, collapses parallel edges and skips self-loops', () => {
    const byPair = result.ties.map((t) => [t.type, t.source, t.target, t.weight, t.strength]);
    expect(byPair).toEqual([
      ['works-at', rosa?.id, shelter?.id, 2.5, 2],
      ['knows', rosa?.id, council?.id, 3, 2],
      ['knows', council?.id, shelter?.id, undefined, 3],
    ]);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'coalition-fields.gexf, edge "e4", attribute "type": "frenemies" was not used (not a tie type; imported as "knows")',
        'coalition-fields.gexf, edge "e5": both ends are the same; a tie needs two stakeholders, so it was skipped',
        'coalition-fields.gexf: 1 parallel edges (same two nodes, same tie type) were merged into existing ties',
      ]),
    );
  });

  it('keeps directed tie types apart by direction', () => {
    const { ties } = convert('mixed-direction.graphml', fixtureBytes('mixed-direction.graphml'));
    expect(ties.map((t) => [t.type, t.weight])).toEqual([['refers-to', 0.5], ['refers-to', 0.25], ['knows', undefined]]);
  });
});

describe('hostile names', () => {
  it('drops reserved attribute names without touching any prototype', () => {
    const result = convert('proto-attributes.gexf', fixtureBytes('proto-attributes.gexf'));
    const ana = result.stakeholders[0];
    expect(ana?.custom).toEqual({ 'shoe size': '38' });
    expect(Object.getPrototypeOf(ana?.custom)).toBe(Object.prototype);
    expect(result.warnings).toContain('proto-attributes.gexf, node "a": attribute "__proto__" has a reserved name and was left out');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('imports nodes whose ids are __proto__ and constructor as ordinary stakeholders', () => {
    const result = convert('proto-keys.graphml', fixtureBytes('proto-keys.graphml'));
    expect(result.stakeholders.map((s) => s.name)).toEqual(['__proto__', 'constructor']);
    expect(result.ties).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses, naming the node, when a record cannot be valid at all', () => {
    const graph: ImportedGraph = {
      directed: false,
      nodes: [{ id: 'n1', label: 'Ok', attributes: new Map() }],
      edges: [],
      warnings: [],
    };
    const ctx = { ...context('bad.gexf'), now: 'yesterday' };
    expect(() => importedGraphToStakeholders(graph, ctx)).toThrow(/^bad\.gexf, node "n1": createdAt: /);
  });
});
