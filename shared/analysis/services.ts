// Question 3, services: for each service the coalition wants covered, who provides it on the map
// and among members; no provider is a gap; two providers serving overlapping areas duplicate each
// other, and duplication with no working tie between them (partners-with or refers-to) is the
// fragmentation a coalition exists to fix.
import type { AnalysisContext } from './context';
import { listNames, plural } from './context';
import type { AnalysisStakeholder } from './analysis-map';
import { coordinationIndex, normalizedOverlap, providerPairs, type CoordinationIndex } from './provider-pairs';
import type { ServiceRow, ServiceStatus } from './types';

/** Lower case, punctuation as spaces, single spaces: "North County," equals "north  county". */
export function normalizeArea(area: string): string {
  return area
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An empty area is unknown, so it may overlap anything; otherwise equal or one inside the other. */
export function areasOverlap(a: string, b: string): boolean {
  return normalizedOverlap(normalizeArea(a), normalizeArea(b));
}

/** Each wanted service's providers, in map order, found in one pass over the map. */
function providersByService(ctx: AnalysisContext): Map<string, AnalysisStakeholder[]> {
  const found = new Map<string, AnalysisStakeholder[]>(ctx.map.coalition.servicesWanted.map((service) => [service, []]));
  for (const s of ctx.map.stakeholders) {
    for (const service of s.services) {
      const list = found.get(service);
      // A service listed twice on one stakeholder still makes them one provider.
      if (list !== undefined && list[list.length - 1] !== s) list.push(s);
    }
  }
  return found;
}

/** Partners-with and refers-to ties, in either direction, as graph node indices. */
function coordinationOf(ctx: AnalysisContext): CoordinationIndex {
  const { indexOf, order } = ctx.figures.graph;
  const pairs: [number, number][] = [];
  for (const t of ctx.map.ties) {
    if (t.type !== 'partners-with' && t.type !== 'refers-to') continue;
    const a = indexOf.get(t.source);
    const b = indexOf.get(t.target);
    if (a !== undefined && b !== undefined) pairs.push([a, b]);
  }
  return coordinationIndex(order, pairs);
}

/**
 * `pairLimit`: keep at most this many pairs in each row's lists (the counts stay complete). On a
 * big map the pairs of overlapping providers run to millions; the app shows a page of them.
 */
export function answerServices(ctx: AnalysisContext, pairLimit = Number.POSITIVE_INFINITY): ServiceRow[] {
  const { map } = ctx;
  const coordination = coordinationOf(ctx);
  const mark = new Int32Array(ctx.figures.graph.order).fill(-1);
  const labels = new Map(map.coalition.serviceCatalog.map((s) => [s.id, s.label]));
  const providersOf = providersByService(ctx);
  const areaOf = new Map<AnalysisStakeholder, string>();

  return map.coalition.servicesWanted.map((service) => {
    const label = labels.get(service) ?? service;
    const providers = providersOf.get(service)!;
    const memberProviders = providers.filter((s) => ctx.memberSet.has(s.id)).map((s) => s.id);
    const areas = providers.map((s) => {
      let area = areaOf.get(s);
      if (area === undefined) areaOf.set(s, (area = normalizeArea(s.area)));
      return area;
    });
    const index = Int32Array.from(providers, (s) => ctx.indexOf(s.id));
    const pairs = providerPairs(
      providers.map((s) => s.id),
      index,
      areas,
      coordination,
      mark,
      undefined,
      // The reason names the first uncoordinated pair, so at least one is always kept.
      Math.max(1, pairLimit),
    );
    const overlappingPairs = pairs.overlapping;
    const uncoordinatedPairs = pairs.uncoordinated;
    const status: ServiceStatus = providers.length === 0 ? 'gap' : pairs.overlappingCount > 0 ? 'duplicated' : 'covered';
    const providerNames = providers.map((s) => ctx.nameOf(s.id));

    let reason: string;
    if (status === 'gap') reason = `No one on the map offers ${label.toLowerCase()}.`;
    else {
      const memberPart =
        memberProviders.length === 0
          ? ' None of them is a member yet.'
          : ` ${plural(memberProviders.length, 'provider is a member', 'providers are members')}.`;
      const base = `${listNames(providerNames)} ${providers.length === 1 ? 'offers' : 'offer'} it.${memberPart}`;
      if (status === 'covered') reason = base;
      else if (pairs.uncoordinatedCount === 0) reason = `${base} Providers serve overlapping areas, and they already work together.`;
      else {
        const [a, b] = uncoordinatedPairs[0]!;
        reason = `${base} ${ctx.nameOf(a)} and ${ctx.nameOf(b)} serve overlapping areas with no partnership or referral tie between them${
          pairs.uncoordinatedCount > 1 ? ` (${plural(pairs.uncoordinatedCount, 'such pair')} in all)` : ''
        }.`;
      }
    }
    return {
      service,
      label,
      providers: providers.map((s) => s.id),
      memberProviders,
      status,
      overlappingPairs,
      uncoordinatedPairs,
      overlappingPairCount: pairs.overlappingCount,
      uncoordinatedPairCount: pairs.uncoordinatedCount,
      reason,
    };
  });
}
