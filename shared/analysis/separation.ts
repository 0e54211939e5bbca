// Who would be cut off if one stakeholder left: the groups among their contacts that have no
// other way to reach each other. Used to explain brokers in plain words ("the only link between
// the group around the shelter and the group around the church").
import type { CategoryId } from '../categories';
import type { AnalysisContext } from './context';
import { CATEGORY_PHRASES } from './phrases';

/** Node groups that fall apart when `removed` leaves, largest first. */
export function separatedGroups(ctx: AnalysisContext, removed: number): number[][] {
  const { offsets, neighbours, order } = ctx.figures.graph;
  const label = new Int32Array(order).fill(-1);
  label[removed] = -2;
  const groups: number[][] = [];
  for (let k = offsets[removed]!; k < offsets[removed + 1]!; k += 1) {
    const start = neighbours[k]!;
    if (label[start] !== -1) continue;
    const group = [start];
    label[start] = groups.length;
    for (let head = 0; head < group.length; head += 1) {
      const v = group[head]!;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j += 1) {
        const w = neighbours[j]!;
        if (label[w] === -1) {
          label[w] = groups.length;
          group.push(w);
        }
      }
    }
    groups.push(group);
  }
  return groups.sort((a, b) => b.length - a.length);
}

/** "the group of 4 around Grace Church (mostly influential community members)". */
export function describeGroup(ctx: AnalysisContext, group: readonly number[]): string {
  const { graph, degree } = ctx.figures;
  let hub = group[0]!;
  for (const v of group) if (degree[v]! > degree[hub]!) hub = v;
  const counts = new Map<CategoryId, number>();
  for (const v of group) {
    for (const c of ctx.byId.get(graph.ids[v]!)?.categories ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const mostly = top && top[1] * 2 >= group.length ? ` (mostly ${CATEGORY_PHRASES[top[0]].plural})` : '';
  const hubName = ctx.nameOf(graph.ids[hub]!);
  return group.length === 1 ? hubName : `the group of ${group.length} around ${hubName}${mostly}`;
}

/** A sentence for an articulation point, or null when removing the node splits nothing. */
export function onlyLinkReason(ctx: AnalysisContext, node: number): string | null {
  const groups = separatedGroups(ctx, node);
  if (groups.length < 2) return null;
  const more = groups.length > 2 ? `, and ${groups.length - 2} more group${groups.length > 3 ? 's' : ''}` : '';
  return `The only link between ${describeGroup(ctx, groups[0]!)} and ${describeGroup(ctx, groups[1]!)}${more}.`;
}
