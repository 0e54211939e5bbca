// The answers' fast paths (integer pair building for services, one articulation pass for the
// core, top candidates without a full sort) against plain implementations written the obvious
// way, on many random maps full of shared areas, empty areas, score ties and look-alike names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../../shared/categories';
import type { MapDocument } from '../../../shared/model';
import { STAGES, TIE_TYPES } from '../../../shared/schema';
import { createContext, type AnalysisContext } from '../../../shared/analysis/context';
import { answerCoreCandidates, SCORE_WEIGHTS } from '../../../shared/analysis/core-candidates';
import { coordinationIndex, normalizedOverlap, providerPairs } from '../../../shared/analysis/provider-pairs';
import { answerServices, normalizeArea } from '../../../shared/analysis/services';
import { computeStructure } from '../../../shared/analysis/structure';
import { topByScore } from '../../../shared/graph/top-by-score';
import { answerVoice } from '../../../shared/analysis/voice';
import { answerWarnings, CORE_TIE_SHARE } from '../../../shared/analysis/warnings';
import { buildMap, stakeholder, tie } from './sample-map';

const AREAS = ['', 'North County', 'north county, east side', 'North', 'South County', 'River City', 'river', 'East Side'];
// Two spellings of "Ana" that localeCompare calls equal, so the sort's stability is exercised.
const NAMES = ['Ana', 'Ana', 'Ána', 'A\u0301na', 'Bo', 'bo', 'Cy'];
const SERVICES = ['housing', 'childcare', 'transportation'];

const randomMap = fc
  .record({
    people: fc.array(
      fc.record({
        name: fc.constantFrom(...NAMES),
        categories: fc.shuffledSubarray([...CATEGORY_IDS]),
        stage: fc.constantFrom(...STAGES, 'core', 'core'),
        influence: fc.option(fc.integer({ min: 1, max: 5 })),
        livedExperience: fc.boolean(),
        services: fc.array(fc.constantFrom(...SERVICES), { maxLength: 3 }),
        area: fc.constantFrom(...AREAS),
      }),
      { minLength: 1, maxLength: 16 },
    ),
    ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TIE_TYPES)), { maxLength: 40 }),
    wanted: fc.array(fc.constantFrom(...SERVICES, 'interpretation'), { maxLength: 4 }),
  })
  .map(({ people, ties, wanted }) => {
    const n = people.length;
    const pairs = ties
      .map(([a, b, type]) => [a % n, b % n, type] as const)
      .filter(([a, b]) => a !== b)
      .map(([a, b, type], i) => ({ ...tie(`p${a}`, `p${b}`, type), id: `t${i}` }));
    return buildMap(
      people.map((p, i) => stakeholder({ id: `p${i}`, ...p })),
      pairs,
      { servicesWanted: wanted },
    );
  });

function contextOf(map: MapDocument): AnalysisContext {
  return createContext(map, computeStructure(map), true);
}

/** Services the obvious way: every pair of providers, areas compared as strings, a set of pair keys. */
function plainServicePairs(ctx: AnalysisContext) {
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const coordinated = new Set(
    ctx.map.ties.filter((t) => t.type === 'partners-with' || t.type === 'refers-to').map((t) => key(t.source, t.target)),
  );
  return ctx.map.coalition.servicesWanted.map((service) => {
    const providers = ctx.map.stakeholders.filter((s) => s.services.includes(service));
    const overlapping: [string, string][] = [];
    for (let i = 0; i < providers.length; i += 1) {
      for (let j = i + 1; j < providers.length; j += 1) {
        if (normalizedOverlap(normalizeArea(providers[i]!.area), normalizeArea(providers[j]!.area))) {
          overlapping.push([providers[i]!.id, providers[j]!.id]);
        }
      }
    }
    const uncoordinated = overlapping.filter(([a, b]) => !coordinated.has(key(a, b)));
    return { providers: providers.map((s) => s.id), overlapping, uncoordinated };
  });
}

/** Core members the core hangs on, the obvious way: remove each one and count pieces again. */
function plainCoreHangs(ctx: AnalysisContext): string[] {
  const core = ctx.map.stakeholders.filter((s) => s.stage === 'core').map((s) => s.id);
  if (core.length === 1) return core;
  if (core.length < 3) return [];
  const inCore = new Set(core);
  const links = ctx.figures.graph;
  const contacts = (id: string) => {
    const v = ctx.indexOf(id);
    return [...links.neighbours.subarray(links.offsets[v], links.offsets[v + 1])].map((w) => links.ids[w]!).filter((w) => inCore.has(w));
  };
  const pieces = (without: string | null) => {
    const seen = new Set<string>();
    let count = 0;
    for (const start of core) {
      if (start === without || seen.has(start)) continue;
      count += 1;
      const stack = [start];
      seen.add(start);
      while (stack.length > 0) {
        for (const w of contacts(stack.pop()!)) {
          if (w !== without && !seen.has(w)) {
            seen.add(w);
            stack.push(w);
          }
        }
      }
    }
    return count;
  };
  const coreTies = core.reduce((sum, id) => sum + contacts(id).length / 2, 0);
  return core.filter((id) => {
    const held = contacts(id).length;
    return (held > 0 && pieces(id) > pieces(null)) || (coreTies >= 2 && held >= CORE_TIE_SHARE * coreTies);
  });
}

/** Candidate order and score parts the obvious way: sets of contact categories, a full sort. */
function plainCandidates(ctx: AnalysisContext, limit: number) {
  const { figures } = ctx;
  const maxOf = (values: ArrayLike<number>) => Math.max(0, ...Array.from(values));
  const maxBetweenness = maxOf(figures.betweenness);
  const maxDegree = maxOf(figures.degree);
  const core = new Set(ctx.map.stakeholders.filter((s) => s.stage === 'core').map((s) => s.id));
  return ctx.map.stakeholders
    .filter((s) => s.stage !== 'core' && s.stage !== 'declined')
    .map((s) => {
      const node = ctx.indexOf(s.id);
      const contacts = new Set<CategoryId>();
      for (let k = figures.graph.offsets[node]!; k < figures.graph.offsets[node + 1]!; k += 1) {
        for (const c of ctx.byId.get(figures.graph.ids[figures.graph.neighbours[k]!]!)!.categories) contacts.add(c);
      }
      const conflicts = new Set(
        ctx.map.ties.filter((t) => t.type === 'conflict').flatMap((t) => (t.source === s.id && core.has(t.target) ? [t.target] : t.target === s.id && core.has(t.source) ? [t.source] : [])),
      );
      const parts = [
        maxBetweenness > 0 ? (SCORE_WEIGHTS.brokerage * figures.betweenness[node]!) / maxBetweenness : 0,
        maxDegree > 0 ? (SCORE_WEIGHTS.reach * figures.degree[node]!) / maxDegree : 0,
        (SCORE_WEIGHTS.categorySpan * contacts.size) / CATEGORY_IDS.length,
        s.influence === null ? 0 : (SCORE_WEIGHTS.influence * (s.influence - 1)) / 4,
        s.livedExperience ? SCORE_WEIGHTS.livedExperience : 0,
        SCORE_WEIGHTS.conflict * conflicts.size,
      ] as const;
      const labels = CATEGORIES.filter((c) => contacts.has(c.id)).map((c) => c.label.toLowerCase());
      const spanReason = contacts.size >= 2 ? `Has contacts in ${contacts.size} of the 5 categories (${labels.join(', ')}).` : null;
      return { s, score: parts[0] + parts[1] + parts[2] + parts[3] + parts[4] - parts[5], span: parts[2], spanReason };
    })
    .sort((a, b) => b.score - a.score || a.s.name.localeCompare(b.s.name) || a.s.id.localeCompare(b.s.id))
    .slice(0, limit)
    .map(({ s, score, span, spanReason }) => ({ id: s.id, score: Math.round(score * 10) / 10, categorySpan: Math.round(span * 10) / 10, spanReason }));
}

/** Providers p0, p1, ... in the given areas, with partnership links between some of them. */
function pairInputs(areas: readonly string[], links: readonly (readonly [number, number])[]) {
  const count = areas.length;
  const ids = areas.map((_, i) => `p${i}`);
  return {
    ids,
    index: Int32Array.from(ids, (_, i) => i),
    coordination: coordinationIndex(count, links.filter(([a, b]) => a < count && b < count && a !== b)),
    mark: new Int32Array(count).fill(-1),
    normalized: areas.map(normalizeArea),
  };
}

describe('answer fast paths', () => {
  it('services: the same providers and pairs as comparing every pair of areas as strings', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const ctx = contextOf(map);
        const fast = answerServices(ctx).map((row) => ({ providers: row.providers, overlapping: row.overlappingPairs, uncoordinated: row.uncoordinatedPairs }));
        expect(fast).toEqual(plainServicePairs(ctx));
      }),
      { numRuns: 300 },
    );
  });

  it('provider pairs: the same with areas tabled or compared per pair', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...AREAS), { maxLength: 12 }), fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 10 }), (areas, links) => {
        const { ids, index, normalized, coordination, mark } = pairInputs(areas, links);
        const tabled = providerPairs(ids, index, normalized, coordination, mark);
        expect([...mark].every((m) => m === -1)).toBe(true);
        expect(providerPairs(ids, index, normalized, coordination, mark, 0)).toEqual(tabled);
        expect(tabled.overlappingCount).toBe(tabled.overlapping.length);
        expect(tabled.uncoordinatedCount).toBe(tabled.uncoordinated.length);
      }),
      { numRuns: 300 },
    );
  });

  it('provider pairs with a limit: the first pairs of each list and the full counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...AREAS), { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 10 }),
        fc.nat(20),
        (areas, links, limit) => {
          const { ids, index, normalized, coordination, mark } = pairInputs(areas, links);
          const all = providerPairs(ids, index, normalized, coordination, mark);
          const capped = providerPairs(ids, index, normalized, coordination, mark, undefined, limit);
          expect(capped.overlapping).toEqual(all.overlapping.slice(0, limit));
          expect(capped.uncoordinated).toEqual(all.uncoordinated.slice(0, limit));
          expect([capped.overlappingCount, capped.uncoordinatedCount]).toEqual([all.overlapping.length, all.uncoordinated.length]);
          expect([...mark].every((m) => m === -1)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('services with a pair limit: same status and reason, short lists, full counts', () => {
    fc.assert(
      fc.property(randomMap, fc.nat(3), (map, limit) => {
        const ctx = contextOf(map);
        const all = answerServices(ctx);
        answerServices(ctx, limit).forEach((row, i) => {
          const full = all[i]!;
          expect({ ...row, overlappingPairs: full.overlappingPairs, uncoordinatedPairs: full.uncoordinatedPairs }).toEqual(full);
          // At least one pair stays: the reason names it.
          expect(row.uncoordinatedPairs).toEqual(full.uncoordinatedPairs.slice(0, Math.max(1, limit)));
          expect(row.overlappingPairCount).toBe(full.overlappingPairs.length);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('warnings: the core hangs on the same people as when each member is removed in turn', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const ctx = contextOf(map);
        const hangs = answerWarnings(ctx, answerVoice(ctx)).filter((w) => w.kind === 'core-hangs-on-one-person');
        expect(hangs.flatMap((w) => w.stakeholders)).toEqual(plainCoreHangs(ctx));
      }),
      { numRuns: 300 },
    );
  });

  it('core candidates: the same order and scores as scoring with sets and sorting everyone', () => {
    fc.assert(
      fc.property(randomMap, fc.integer({ min: -2, max: 18 }), (map, limit) => {
        const ctx = contextOf(map);
        const fast = answerCoreCandidates(ctx, limit).map((c) => ({
          id: c.id,
          score: c.score,
          categorySpan: c.parts.categorySpan,
          spanReason: c.reasons.find((r) => r.startsWith('Has contacts in')) ?? null,
        }));
        expect(fast).toEqual(plainCandidates(ctx, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('top by score equals a full stable sort then slice, ties and odd limits included', () => {
    const item = fc.record({ score: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN), fc.constant(-0), fc.double({ noNaN: true })), name: fc.constantFrom(...NAMES) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.oneof(fc.integer({ min: -3, max: 35 }), fc.double({ min: 0, max: 10, noNaN: true })), (items, limit) => {
        const tagged = items.map((it, i) => ({ ...it, i }));
        const tieBreak = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
        const expected = [...tagged].sort((a, b) => b.score - a.score || tieBreak(a, b)).slice(0, limit);
        expect(topByScore(tagged, limit, tieBreak).map((x) => x.i)).toEqual(expected.map((x) => x.i));
      }),
      { numRuns: 500 },
    );
  });
});
