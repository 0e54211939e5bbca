// Routes for warm introductions. "Nearest" is the fewest ties from any member; among equally near
// routes we prefer the one whose least-trusted tie is most trusted, then whose weakest tie is
// strongest, because an introduction is only as warm as its coolest link. A route through a tie
// recorded with trust 1 is not warm at all: the warm search leaves such ties out, and only when
// no warm route exists does the plain search offer a cool one.
import { buildCompactGraph, type CompactGraph, type EdgeInput } from '../graph/compact-graph';
import type { AnalysisContext } from './context';

export interface Routes {
  readonly graph: CompactGraph;
  readonly distance: Int32Array;
  readonly parent: Int32Array;
  readonly introducer: Int32Array;
}

/** Trust 2-4 rank above an unrecorded trust (between 2 and 3), trust 1 below all. */
function trustRank(trust: number | null | undefined): number {
  return trust == null ? 5 : trust * 2;
}

/** One number per tie that orders by trust first, then strength (fits a byte). */
export function tieKey(trust: number | null | undefined, strength: number): number {
  return trustRank(trust) * 4 + strength;
}

export interface PairInfo {
  readonly strength: number;
  readonly trust: number | null;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The best tie between each linked pair (by trust, then strength), conflicts left out. */
export function pairInfo(ctx: AnalysisContext): ReadonlyMap<string, PairInfo> {
  const best = new Map<string, PairInfo>();
  for (const t of ctx.map.ties) {
    if (t.type === 'conflict' || t.source === t.target) continue;
    const key = pairKey(t.source, t.target);
    const known = best.get(key);
    const info = { strength: t.strength, trust: t.trust ?? null };
    if (!known || tieKey(info.trust, info.strength) > tieKey(known.trust, known.strength)) best.set(key, info);
  }
  return best;
}

export function infoOf(pairs: ReadonlyMap<string, PairInfo>, a: string, b: string): PairInfo {
  return pairs.get(pairKey(a, b)) ?? { strength: 1, trust: null };
}

/** One breadth-first search from all members at once; `warmOnly` leaves out trust-1 ties. */
export function searchRoutes(ctx: AnalysisContext, pairs: ReadonlyMap<string, PairInfo>, warmOnly: boolean): Routes {
  const ids = ctx.figures.graph.ids;
  const edges: EdgeInput[] = [];
  for (const [key, info] of pairs) {
    if (warmOnly && info.trust === 1) continue;
    const [source, target] = key.split('\u0000') as [string, string];
    edges.push({ source, target, strength: tieKey(info.trust, info.strength) });
  }
  const graph = buildCompactGraph(ids, edges);
  const { order, offsets, neighbours, strength } = graph;
  const distance = new Int32Array(order).fill(-1);
  const weakest = new Uint8Array(order);
  const parent = new Int32Array(order).fill(-1);
  const introducer = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  let tail = 0;
  for (const id of ctx.members) {
    const m = ctx.indexOf(id);
    distance[m] = 0;
    weakest[m] = 255; // above any tie's key, so the first tie sets the bottleneck
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
  return { graph, distance, parent, introducer };
}

export function pathTo(routes: Routes, node: number): string[] {
  const path: string[] = [];
  for (let v = node; v !== -1; v = routes.parent[v]!) path.push(routes.graph.ids[v]!);
  return path.reverse();
}
