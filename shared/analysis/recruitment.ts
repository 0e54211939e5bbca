// Question 6, recruitment with warm introductions: for each missing or thin category, who on the
// map could fill it, which member can introduce them (recruitment-routes.ts finds the route), and
// any bad history with current members to address before the approach.
import type { AnalysisContext } from './context';
import { listNames } from './context';
import { CATEGORY_PHRASES } from './phrases';
import { infoOf, pairInfo, pathTo, searchRoutes, type PairInfo } from './recruitment-routes';
import type { CoverageRow, RecruitmentSuggestion } from './types';

interface Route {
  readonly path: readonly string[];
  readonly warm: boolean;
  readonly weakestTie: number | null;
  readonly lowestTrust: number | null;
}

function describeRoute(path: string[], warm: boolean, pairs: ReadonlyMap<string, PairInfo>): Route {
  if (path.length < 2) return { path: [], warm: false, weakestTie: null, lowestTrust: null };
  let weakestTie = 3;
  let lowestTrust: number | null = null;
  for (let i = 1; i < path.length; i += 1) {
    const info = infoOf(pairs, path[i - 1]!, path[i]!);
    weakestTie = Math.min(weakestTie, info.strength);
    if (info.trust !== null) lowestTrust = lowestTrust === null ? info.trust : Math.min(lowestTrust, info.trust);
  }
  return { path, warm, weakestTie, lowestTrust };
}

/** Members each stakeholder has a recorded conflict with. */
function conflictsWithMembers(ctx: AnalysisContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (who: string, member: string) => {
    const list = out.get(who) ?? [];
    if (!list.includes(member)) list.push(member);
    out.set(who, list);
  };
  for (const t of ctx.map.ties) {
    if (t.type !== 'conflict') continue;
    if (ctx.memberSet.has(t.target)) add(t.source, t.target);
    if (ctx.memberSet.has(t.source)) add(t.target, t.source);
  }
  return out;
}

export function answerRecruitment(ctx: AnalysisContext, coverage: readonly CoverageRow[], perCategory = 10): RecruitmentSuggestion[] {
  const pairs = pairInfo(ctx);
  const warmSearch = searchRoutes(ctx, pairs, true);
  const anySearch = searchRoutes(ctx, pairs, false);
  const conflicts = conflictsWithMembers(ctx);
  const routeOf = (id: string): Route => {
    const node = ctx.indexOf(id);
    if (warmSearch.distance[node] !== -1) return describeRoute(pathTo(warmSearch, node), true, pairs);
    return describeRoute(anySearch.distance[node] === -1 ? [] : pathTo(anySearch, node), false, pairs);
  };
  const suggestions: RecruitmentSuggestion[] = [];
  for (const row of coverage) {
    if (row.status === 'ok') continue;
    const pool = ctx.map.stakeholders
      .filter((s) => s.categories.includes(row.category) && !ctx.memberSet.has(s.id) && s.stage !== 'declined')
      .map((s) => ({ s, route: routeOf(s.id), conflictsWith: conflicts.get(s.id) ?? [] }));
    const far = Number.MAX_SAFE_INTEGER;
    const hops = (r: Route) => (r.path.length === 0 ? far : r.path.length - 1);
    pool.sort(
      (a, b) =>
        Number(b.route.warm) - Number(a.route.warm) ||
        hops(a.route) - hops(b.route) ||
        (b.route.lowestTrust ?? 2.5) - (a.route.lowestTrust ?? 2.5) ||
        (b.route.weakestTie ?? 0) - (a.route.weakestTie ?? 0) ||
        a.conflictsWith.length - b.conflictsWith.length ||
        (b.s.influence ?? 0) - (a.s.influence ?? 0) ||
        a.s.name.localeCompare(b.s.name),
    );
    for (const { s, route, conflictsWith } of pool.slice(0, perCategory)) {
      suggestions.push({
        category: row.category,
        id: s.id,
        name: ctx.nameOf(s.id),
        introducer: route.path[0] ?? null,
        path: route.path,
        distance: route.path.length === 0 ? null : route.path.length - 1,
        weakestTie: route.weakestTie,
        lowestTrust: route.lowestTrust,
        warm: route.warm,
        conflictsWith,
        reason: recruitmentReason(ctx, CATEGORY_PHRASES[row.category].one, route, conflictsWith),
      });
    }
  }
  return suggestions;
}

function recruitmentReason(ctx: AnalysisContext, who: string, route: Route, conflictsWith: readonly string[]): string {
  const fills = `Would add ${who} to the coalition.`;
  const history = conflictsWith.length === 0 ? '' : ` Careful: a conflict (turf or bad history) is recorded with ${listNames(conflictsWith.map(ctx.nameOf))}, already members; talk it through before inviting them.`;
  const { path } = route;
  if (path.length === 0) {
    const cold = ctx.members.length === 0 ? 'The coalition has no members yet to make an introduction.' : 'No member reaches them through known ties: this would be a cold approach.';
    return `${fills} ${cold}${history}`;
  }
  const trust = route.lowestTrust === null ? 'no trust recorded' : `lowest trust ${route.lowestTrust} of 4`;
  const warmth = route.warm ? '' : ' Every route passes a tie recorded with trust 1, so this introduction is not a warm one.';
  const introducer = ctx.nameOf(path[0]!);
  const how =
    path.length === 2
      ? `${introducer} knows them directly (tie strength ${route.weakestTie} of 3, ${trust}).`
      : `${introducer} can reach them through ${listNames(path.slice(1, -1).map(ctx.nameOf), 4)} (${path.length - 1} ties; the weakest has strength ${route.weakestTie} of 3, ${trust}).`;
  return `${fills} ${how}${warmth}${history}`;
}
