// Question 3, services: for each service the coalition wants covered, who provides it on the map
// and among members; no provider is a gap; two providers serving overlapping areas duplicate each
// other, and duplication with no working tie between them (partners-with or refers-to) is the
// fragmentation a coalition exists to fix.
import type { AnalysisContext } from './context';
import { listNames, plural } from './context';
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

function normalizedOverlap(x: string, y: string): boolean {
  return x === '' || y === '' || x === y || x.includes(y) || y.includes(x);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function answerServices(ctx: AnalysisContext): ServiceRow[] {
  const { map } = ctx;
  const coordinated = new Set(
    map.ties.filter((t) => t.type === 'partners-with' || t.type === 'refers-to').map((t) => pairKey(t.source, t.target)),
  );
  const labels = new Map(map.coalition.serviceCatalog.map((s) => [s.id, s.label]));
  const area = new Map(map.stakeholders.map((s) => [s.id, normalizeArea(s.area)]));

  return map.coalition.servicesWanted.map((service) => {
    const label = labels.get(service) ?? service;
    const providers = map.stakeholders.filter((s) => s.services.includes(service));
    const memberProviders = providers.filter((s) => ctx.memberSet.has(s.id)).map((s) => s.id);
    const overlappingPairs: [string, string][] = [];
    for (let i = 0; i < providers.length; i += 1) {
      for (let j = i + 1; j < providers.length; j += 1) {
        const a = providers[i]!;
        const b = providers[j]!;
        if (normalizedOverlap(area.get(a.id)!, area.get(b.id)!)) overlappingPairs.push([a.id, b.id]);
      }
    }
    const uncoordinatedPairs = overlappingPairs.filter(([a, b]) => !coordinated.has(pairKey(a, b)));
    const status: ServiceStatus = providers.length === 0 ? 'gap' : overlappingPairs.length > 0 ? 'duplicated' : 'covered';
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
      else if (uncoordinatedPairs.length === 0) reason = `${base} Providers serve overlapping areas, and they already work together.`;
      else {
        const [a, b] = uncoordinatedPairs[0]!;
        reason = `${base} ${ctx.nameOf(a)} and ${ctx.nameOf(b)} serve overlapping areas with no partnership or referral tie between them${
          uncoordinatedPairs.length > 1 ? ` (${plural(uncoordinatedPairs.length, 'such pair')} in all)` : ''
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
      reason,
    };
  });
}
