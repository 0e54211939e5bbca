// Who would be cut off if one stakeholder left: the groups among their contacts that have no
// other way to reach each other. Used to explain brokers in plain words ("the only link between
// the group around the shelter and the group around the church").
//
// Core candidates ask this for up to 20 articulation points, and on a 20,000-stakeholder map each
// question walks nearly the whole map. So the walk fills one reused typed-array queue (each group
// is a contiguous run of it) and every node's categories are looked up once per context, as small
// integers, instead of once per node per question.
import { CATEGORY_IDS } from '../categories';
import type { AnalysisContext } from './context';
import { CATEGORY_PHRASES } from './phrases';

/** Per-context buffers and each node's categories, built on first use. */
interface SeparationScratch {
  /** `seen[v] === stamp` when v was reached in the current walk; a new stamp clears it in O(1). */
  readonly seen: Int32Array;
  stamp: number;
  readonly queue: Int32Array;
  /** Node v's categories are `categoryList[categoryStart[v] .. categoryStart[v + 1]]`, in the stakeholder's own order. */
  readonly categoryStart: Int32Array;
  readonly categoryList: Uint8Array;
}

const scratchByContext = new WeakMap<AnalysisContext, SeparationScratch>();

function scratchFor(ctx: AnalysisContext): SeparationScratch {
  const cached = scratchByContext.get(ctx);
  if (cached) return cached;
  const { ids, order } = ctx.figures.graph;
  const categoryStart = new Int32Array(order + 1);
  const list: number[] = [];
  for (let v = 0; v < order; v += 1) {
    for (const c of ctx.byId.get(ids[v]!)?.categories ?? []) {
      const index = CATEGORY_IDS.indexOf(c);
      if (index < 0) throw new Error(`analysis: stakeholder "${ids[v]!}" has an unknown category "${String(c)}"`);
      list.push(index);
    }
    categoryStart[v + 1] = list.length;
  }
  const scratch: SeparationScratch = {
    seen: new Int32Array(order),
    stamp: 0,
    queue: new Int32Array(order),
    categoryStart,
    categoryList: Uint8Array.from(list),
  };
  scratchByContext.set(ctx, scratch);
  return scratch;
}

/** A group as a run of `nodes` (the shared queue, valid until the next walk). */
interface GroupRun {
  readonly nodes: Int32Array;
  readonly start: number;
  readonly end: number;
}

/** The groups as runs, largest first; equal sizes keep the order the removed node's ties reach them. */
function separatedRuns(ctx: AnalysisContext, removed: number): GroupRun[] {
  const { offsets, neighbours } = ctx.figures.graph;
  const scratch = scratchFor(ctx);
  const { seen, queue } = scratch;
  scratch.stamp += 1;
  const stamp = scratch.stamp;
  seen[removed] = stamp;
  const runs: GroupRun[] = [];
  let tail = 0;
  for (let k = offsets[removed]!; k < offsets[removed + 1]!; k += 1) {
    const start = neighbours[k]!;
    if (seen[start] === stamp) continue;
    const first = tail;
    seen[start] = stamp;
    queue[tail++] = start;
    for (let head = first; head < tail; head += 1) {
      const v = queue[head]!;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j += 1) {
        const w = neighbours[j]!;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          queue[tail++] = w;
        }
      }
    }
    runs.push({ nodes: queue, start: first, end: tail });
  }
  // Array sort is stable, so ties in size stay in discovery order.
  return runs.sort((a, b) => b.end - b.start - (a.end - a.start));
}

/** Node groups that fall apart when `removed` leaves, largest first. */
export function separatedGroups(ctx: AnalysisContext, removed: number): number[][] {
  return separatedRuns(ctx, removed).map((run) => Array.from(run.nodes.subarray(run.start, run.end)));
}

function describeRun(ctx: AnalysisContext, { nodes, start, end }: GroupRun): string {
  const { graph, degree } = ctx.figures;
  const { categoryStart, categoryList } = scratchFor(ctx);
  const counts = new Int32Array(CATEGORY_IDS.length);
  // When each category was first met (walking the group, each node's categories in its own
  // order): equal counts go to the one met first.
  const firstMet = new Int32Array(CATEGORY_IDS.length);
  let met = 0;
  let hub = nodes[start]!;
  for (let i = start; i < end; i += 1) {
    const v = nodes[i]!;
    if (degree[v]! > degree[hub]!) hub = v;
    for (let k = categoryStart[v]!; k < categoryStart[v + 1]!; k += 1) {
      const c = categoryList[k]!;
      if (counts[c] === 0) firstMet[c] = met++;
      counts[c] = counts[c]! + 1;
    }
  }
  let top = -1;
  for (let c = 0; c < counts.length; c += 1) {
    if (counts[c] === 0) continue;
    if (top < 0 || counts[c]! > counts[top]! || (counts[c] === counts[top] && firstMet[c]! < firstMet[top]!)) top = c;
  }
  const size = end - start;
  const mostly = top >= 0 && counts[top]! * 2 >= size ? ` (mostly ${CATEGORY_PHRASES[CATEGORY_IDS[top]!].plural})` : '';
  const hubName = ctx.nameOf(graph.ids[hub]!);
  return size === 1 ? hubName : `the group of ${size} around ${hubName}${mostly}`;
}

/** "the group of 4 around Grace Church (mostly influential community members)". */
export function describeGroup(ctx: AnalysisContext, group: readonly number[]): string {
  return describeRun(ctx, { nodes: Int32Array.from(group), start: 0, end: group.length });
}

/** A sentence for an articulation point, or null when removing the node splits nothing. */
export function onlyLinkReason(ctx: AnalysisContext, node: number): string | null {
  const groups = separatedRuns(ctx, node);
  if (groups.length < 2) return null;
  const more = groups.length > 2 ? `, and ${groups.length - 2} more group${groups.length > 3 ? 's' : ''}` : '';
  return `The only link between ${describeRun(ctx, groups[0]!)} and ${describeRun(ctx, groups[1]!)}${more}.`;
}
