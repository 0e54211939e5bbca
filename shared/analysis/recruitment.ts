// Question 6, recruitment with warm introductions: for each missing or thin category, who on the
// map could fill it, and which member can introduce them. "Nearest" is the fewest ties from any
// member; among equally near routes we prefer the one whose weakest tie is strongest, because an
// introduction is only as warm as its coolest link.
import type { AnalysisContext } from './context';
import { listNames } from './context';
import { CATEGORY_PHRASES } from './phrases';
import type { CoverageRow, RecruitmentSuggestion } from './types';

interface WarmRoutes {
  readonly distance: Int32Array;
  readonly weakest: Uint8Array;
  readonly parent: Int32Array;
  readonly introducer: Int32Array;
}

/** One breadth-first search from all members at once over non-conflict ties. */
export function warmRoutes(ctx: AnalysisContext): WarmRoutes {
  const { order, offsets, neighbours, strength } = ctx.figures.graph;
  const distance = new Int32Array(order).fill(-1);
  const weakest = new Uint8Array(order);
  const parent = new Int32Array(order).fill(-1);
  const introducer = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  let tail = 0;
  for (const id of ctx.members) {
    const m = ctx.indexOf(id);
    distance[m] = 0;
    weakest[m] = 255; // stronger than any tie, so the first tie sets the bottleneck
    introducer[m] = m;
    queue[tail++] = m;
  }
  for (let head = 0; head < tail; head += 1) {
    const v = queue[head]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k += 1) {
      const w = neighbours[k]!;
      const bottleneck = Math.min(weakest[v]!, strength[k]!);
      const fresh = distance[w] === -1;
      // Every route to w at this distance comes from the previous level, all seen before w moves on.
      if (fresh || (distance[w] === distance[v]! + 1 && bottleneck > weakest[w]!)) {
        if (fresh) queue[tail++] = w;
        distance[w] = distance[v]! + 1;
        weakest[w] = bottleneck;
        parent[w] = v;
        introducer[w] = introducer[v]!;
      }
    }
  }
  return { distance, weakest, parent, introducer };
}

function pathTo(routes: WarmRoutes, node: number): number[] {
  const path: number[] = [];
  for (let v = node; v !== -1; v = routes.parent[v]!) path.push(v);
  return path.reverse();
}

export function answerRecruitment(ctx: AnalysisContext, coverage: readonly CoverageRow[], perCategory = 10): RecruitmentSuggestion[] {
  const routes = warmRoutes(ctx);
  const { ids } = ctx.figures.graph;
  const suggestions: RecruitmentSuggestion[] = [];

  for (const row of coverage) {
    if (row.status === 'ok') continue;
    const pool = ctx.map.stakeholders
      .filter((s) => s.categories.includes(row.category) && !ctx.memberSet.has(s.id) && s.stage !== 'declined')
      .map((s) => ({ s, node: ctx.indexOf(s.id) }));
    const far = Number.MAX_SAFE_INTEGER;
    const reach = (node: number) => (routes.distance[node] === -1 ? far : routes.distance[node]!);
    pool.sort(
      (a, b) =>
        reach(a.node) - reach(b.node) ||
        routes.weakest[b.node]! - routes.weakest[a.node]! ||
        (b.s.influence ?? 0) - (a.s.influence ?? 0) ||
        a.s.name.localeCompare(b.s.name),
    );
    for (const { s, node } of pool.slice(0, perCategory)) {
      const reachable = routes.distance[node] !== -1;
      const path = reachable ? pathTo(routes, node).map((v) => ids[v]!) : [];
      const introducer = reachable ? ids[routes.introducer[node]!]! : null;
      const distance = reachable ? routes.distance[node]! : null;
      const weakestTie = reachable ? routes.weakest[node]! : null;
      suggestions.push({
        category: row.category,
        id: s.id,
        name: ctx.nameOf(s.id),
        introducer,
        path,
        distance,
        weakestTie,
        reason: recruitmentReason(ctx, CATEGORY_PHRASES[row.category].one, path, weakestTie),
      });
    }
  }
  return suggestions;
}

function recruitmentReason(ctx: AnalysisContext, who: string, path: readonly string[], weakestTie: number | null): string {
  const fills = `Would add ${who} to the coalition.`;
  if (path.length === 0) {
    return ctx.members.length === 0
      ? `${fills} The coalition has no members yet to make an introduction.`
      : `${fills} No member reaches them through known ties: this would be a cold approach.`;
  }
  const introducer = ctx.nameOf(path[0]!);
  if (path.length === 2) return `${fills} ${introducer} knows them directly (tie strength ${weakestTie} of 3).`;
  const between = path.slice(1, -1).map(ctx.nameOf);
  return `${fills} ${introducer} can reach them through ${listNames(between, 4)} (${path.length - 1} ties; the weakest has strength ${weakestTie} of 3).`;
}
