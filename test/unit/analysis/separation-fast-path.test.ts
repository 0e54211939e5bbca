// "The only link between ..." sentences from the fast walk (one reused typed-array queue, each
// node's categories looked up once) against a plain version written the obvious way: remove the
// node, walk from each contact in tie order, count categories in a Map and sort. The two must give
// the same text, including which category wins a tie in counts (the one met first).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../../../shared/categories';
import type { MapDocument } from '../../../shared/model';
import { createContext, type AnalysisContext } from '../../../shared/analysis/context';
import { CATEGORY_PHRASES } from '../../../shared/analysis/phrases';
import { describeGroup, onlyLinkReason, separatedGroups } from '../../../shared/analysis/separation';
import { computeStructure } from '../../../shared/analysis/structure';
import { buildMap, stakeholder, tie } from './sample-map';

// Repeated and reordered categories, so counts tie often and each stakeholder's own order matters.
const categoryList = fc.oneof(
  fc.shuffledSubarray([...CATEGORY_IDS]),
  fc.array(fc.constantFrom(...CATEGORY_IDS.slice(0, 3)), { maxLength: 4 }),
);

// Mostly tree-like (each stakeholder may hang off an earlier one) so many are the only link.
const randomMap = fc
  .record({
    people: fc.array(
      fc.record({ name: fc.constantFrom('Ana', 'Bo', 'Cy', 'Dee'), categories: categoryList, confidential: fc.boolean() }),
      { minLength: 1, maxLength: 24 },
    ),
    parents: fc.array(fc.option(fc.nat(), { freq: 4 }), { maxLength: 24 }),
    extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
  })
  .map(({ people, parents, extra }) => {
    const n = people.length;
    const links: [number, number][] = [];
    for (let i = 1; i < n; i += 1) {
      const parent = parents[i];
      if (parent !== undefined && parent !== null) links.push([i, parent % i]);
    }
    for (const [a, b] of extra) if (a % n !== b % n) links.push([a % n, b % n]);
    return buildMap(
      people.map((p, i) => stakeholder({ id: `p${i}`, ...p })),
      links.map(([a, b], i) => ({ ...tie(`p${a}`, `p${b}`), id: `t${i}` })),
    );
  });

/** Groups the obvious way: arrays, a Set of who was reached, a stable sort by size. */
function plainGroups(ctx: AnalysisContext, removed: number): number[][] {
  const { offsets, neighbours } = ctx.figures.graph;
  const contactsOf = (v: number) => Array.from(neighbours.subarray(offsets[v], offsets[v + 1]));
  const reached = new Set<number>([removed]);
  const groups: number[][] = [];
  for (const start of contactsOf(removed)) {
    if (reached.has(start)) continue;
    reached.add(start);
    const group = [start];
    for (let i = 0; i < group.length; i += 1) {
      for (const w of contactsOf(group[i]!)) {
        if (!reached.has(w)) {
          reached.add(w);
          group.push(w);
        }
      }
    }
    groups.push(group);
  }
  return [...groups].sort((a, b) => b.length - a.length);
}

function plainDescribe(ctx: AnalysisContext, group: number[]): string {
  const { ids } = ctx.figures.graph;
  const degree = ctx.figures.degree;
  const hub = group.reduce((best, v) => (degree[v]! > degree[best]! ? v : best), group[0]!);
  const counts = new Map<CategoryId, number>();
  for (const v of group) for (const c of ctx.byId.get(ids[v]!)!.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const mostly = top && top[1] * 2 >= group.length ? ` (mostly ${CATEGORY_PHRASES[top[0]].plural})` : '';
  const name = ctx.nameOf(ids[hub]!);
  return group.length === 1 ? name : `the group of ${group.length} around ${name}${mostly}`;
}

function plainReason(ctx: AnalysisContext, node: number): string | null {
  const groups = plainGroups(ctx, node);
  if (groups.length < 2) return null;
  const others = groups.length - 2;
  const more = others > 0 ? `, and ${others} more group${others > 1 ? 's' : ''}` : '';
  return `The only link between ${plainDescribe(ctx, groups[0]!)} and ${plainDescribe(ctx, groups[1]!)}${more}.`;
}

function contextOf(map: MapDocument, includeConfidential: boolean): AnalysisContext {
  return createContext(map, computeStructure(map), includeConfidential);
}

describe('separation fast path', () => {
  it('gives the same sentence as the plain walk for every stakeholder, names shown or hidden', () => {
    fc.assert(
      fc.property(randomMap, fc.boolean(), (map, includeConfidential) => {
        const ctx = contextOf(map, includeConfidential);
        const { isArticulation } = ctx.figures;
        // Twice over the same context: the reused buffers must not carry anything between questions.
        for (let round = 0; round < 2; round += 1) {
          for (let v = 0; v < ctx.figures.graph.order; v += 1) {
            const fast = onlyLinkReason(ctx, v);
            expect(fast).toBe(plainReason(ctx, v));
            expect(fast !== null).toBe(isArticulation[v] === 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same groups and group descriptions as the plain walk', () => {
    fc.assert(
      fc.property(randomMap, (map) => {
        const ctx = contextOf(map, false);
        for (let v = 0; v < ctx.figures.graph.order; v += 1) {
          const groups = separatedGroups(ctx, v);
          expect(groups).toEqual(plainGroups(ctx, v));
          for (const group of groups) expect(describeGroup(ctx, group)).toBe(plainDescribe(ctx, group));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('breaks a tie in counts by the category met first, in the stakeholder\'s own order', () => {
    const sentence = (first: CategoryId[]) => {
      const map = buildMap(
        [
          stakeholder({ id: 'bridge', name: 'Bridge' }),
          stakeholder({ id: 'a1', name: 'Alma', categories: first }),
          stakeholder({ id: 'a2', name: 'Abe', categories: ['service-provider', 'influential'] }),
          stakeholder({ id: 'b1', name: 'Bea', categories: ['policymaker'] }),
        ],
        [tie('bridge', 'a1'), tie('a1', 'a2'), tie('bridge', 'b1')],
      );
      const ctx = contextOf(map, true);
      return onlyLinkReason(ctx, ctx.indexOf('bridge'));
    };
    expect(sentence(['influential', 'service-provider'])).toBe(
      'The only link between the group of 2 around Alma (mostly influential community members) and Bea.',
    );
    expect(sentence(['service-provider', 'influential'])).toBe(
      'The only link between the group of 2 around Alma (mostly service providers) and Bea.',
    );
  });
});
