// Invariants of merging that must hold for any pair of maps, not just the hand-made ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeMaps, proposeMerge } from '../../../shared/exchange/merge-maps';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema, TIE_TYPES } from '../../../shared/schema';
import { NOW, counterIds, mapOf, person, org, tie } from './merge-maps-fixtures';

const FIRST = ['Grace', 'Ann', 'Luis', 'Amara', 'Jo', 'Dana'];
const LAST = ['Okafor', 'Lee', 'Fernández', 'Diallo', 'Wu', 'Whitfield'];

/** Small maps drawn from a few names and emails, so duplicates and id clashes are common. */
function arbitraryMap(prefix: string): fc.Arbitrary<MapDocument> {
  const record = fc.record({
    first: fc.constantFrom(...FIRST),
    last: fc.constantFrom(...LAST),
    flip: fc.boolean(),
    isOrg: fc.boolean(),
    email: fc.constantFrom('', 'a@x.example', 'b@x.example'),
    confidential: fc.boolean(),
    idClash: fc.boolean(),
  });
  return fc.array(record, { minLength: 1, maxLength: 8 }).chain((rows) => {
    const ids = rows.map((r, i) => (r.idClash ? `s${i}` : `${prefix}${i}`));
    const stakeholders = rows.map((r, i) => {
      const name = r.flip ? `${r.last}, ${r.first}` : `${r.first} ${r.last}`;
      const fields = { email: r.email, confidential: r.confidential };
      return r.isOrg ? org(ids[i] ?? '', name, fields) : person(ids[i] ?? '', name, fields);
    });
    const pair = fc.tuple(fc.nat(rows.length - 1), fc.nat(rows.length - 1), fc.constantFrom(...TIE_TYPES));
    return fc.array(pair, { maxLength: 12 }).map((pairs) => {
      const ties = pairs
        .filter(([a, b]) => a !== b)
        .map(([a, b, type], i) => tie(`t${i}`, ids[a] ?? '', ids[b] ?? '', type));
      return mapOf(prefix, stakeholders, ties);
    });
  });
}

describe('mergeMaps invariants', () => {
  it('gives a valid map that keeps the base, adds every unmerged record once, and labels what came in', () => {
    fc.assert(
      fc.property(arbitraryMap('b'), arbitraryMap('i'), (base, incoming) => {
        const frozen = JSON.stringify(base);
        const decisions = proposeMerge(base, incoming).exactDecisions;
        const { map, summary, idMap } = mergeMaps(base, incoming, decisions, { now: NOW, newId: counterIds('fresh-') });
        expect(mapDocumentSchema.safeParse(map).success).toBe(true);
        expect(JSON.stringify(base)).toBe(frozen);
        expect(map.stakeholders).toHaveLength(base.stakeholders.length + incoming.stakeholders.length - summary.stakeholdersMerged);
        expect(map.stakeholders.slice(0, base.stakeholders.length).map((s) => s.id)).toEqual(base.stakeholders.map((s) => s.id));
        expect(map.ties.slice(0, base.ties.length)).toEqual(base.ties);
        expect(summary.tiesAdded + summary.tiesCollapsed).toBe(incoming.ties.length);
        const onMap = new Map(map.stakeholders.map((s) => [s.id, s]));
        for (const s of incoming.stakeholders) {
          const landed = onMap.get(idMap.get(s.id) ?? '');
          expect(landed).toBeDefined();
          // Confidentiality is never lost in a merge.
          if (s.confidential) expect(landed?.confidential).toBe(true);
        }
        for (const s of map.stakeholders.slice(base.stakeholders.length)) expect(s.source).toBe(incoming.coalition.name);
        for (const t of map.ties.slice(base.ties.length)) expect(t.source_map).toBe(incoming.coalition.name);
      }),
      { numRuns: 200 },
    );
  });
});
