// Question 1, category coverage: which of the five kinds of stakeholder the coalition has among
// its members, against the targets in the coalition profile, and whether a gap means "we know no
// one here" (network gap) or "we know them but they have not joined" (recruitment gap).
// The same count runs for any group of members (a committee: committee-coverage.ts); only the
// sentence explaining each row differs.
import { CATEGORIES, type CategoryId } from '../categories';
import type { AnalysisContext } from './context';
import { percent, plural } from './context';
import { CATEGORY_PHRASES, type CategoryPhrase } from './phrases';
import type { CoverageGap, CoverageRow, CoverageStatus } from './types';

/** What a row's sentence is written from. */
export interface CoverageFacts {
  readonly category: CategoryId;
  readonly phrase: CategoryPhrase;
  readonly status: CoverageStatus;
  readonly gap: CoverageGap;
  /** Members of the group carrying the category, and their share of the group. */
  readonly count: number;
  readonly share: number;
  readonly onMap: number;
  readonly target: { readonly minMembers: number; readonly minShare: number };
}

export type CoverageReason = (facts: CoverageFacts) => string;

export function answerCoverage(ctx: AnalysisContext): CoverageRow[] {
  return coverageOf(ctx, ctx.members, coalitionReason);
}

/** Coverage of the targets by one group of stakeholder ids (the coalition's members, a committee). */
export function coverageOf(ctx: AnalysisContext, group: readonly string[], reason: CoverageReason): CoverageRow[] {
  const { map } = ctx;
  const groupTotal = group.length;
  const mapTotal = map.stakeholders.length;

  return CATEGORIES.map((info) => {
    const target = map.coalition.targets[info.id];
    const onMap = map.stakeholders.filter((s) => s.categories.includes(info.id)).length;
    const count = group.filter((id) => ctx.byId.get(id)?.categories.includes(info.id)).length;
    const share = groupTotal === 0 ? 0 : count / groupTotal;
    const mapShare = mapTotal === 0 ? 0 : onMap / mapTotal;
    const status = coverageStatus(count, share, target.minMembers, target.minShare);
    const gap: CoverageGap = onMap === 0 ? 'network' : count === 0 ? 'recruitment' : null;
    const wanted = { minMembers: target.minMembers, minShare: target.minShare };
    return {
      category: info.id,
      label: info.label,
      members: count,
      memberShare: share,
      onMap,
      mapShare,
      target: wanted,
      status,
      gap,
      reason: reason({ category: info.id, phrase: CATEGORY_PHRASES[info.id], status, gap, count, share, onMap, target: wanted }),
    };
  });
}

/** `missing` is no member at all; a target of zero members and zero share asks for none. */
function coverageStatus(count: number, share: number, minMembers: number, minShare: number): CoverageStatus {
  const asksForNone = minMembers === 0 && minShare === 0;
  if (count === 0) return asksForNone ? 'ok' : 'missing';
  return count < minMembers || share < minShare ? 'thin' : 'ok';
}

/** "2 members and 20% of members": the target in words. */
export function wantedWords(target: CoverageFacts['target']): string {
  return target.minShare > 0 ? `${plural(target.minMembers, 'member')} and ${percent(target.minShare)} of members` : plural(target.minMembers, 'member');
}

function coalitionReason({ phrase, status, gap, count, share, onMap, target }: CoverageFacts): string {
  const wanted = wantedWords(target);
  if (status === 'missing') {
    return gap === 'network'
      ? `No one on the map is ${phrase.one} yet: the coalition's network does not reach ${phrase.plural}.`
      : `${plural(onMap, 'stakeholder')} on the map ${onMap === 1 ? `is ${phrase.one}` : `are ${phrase.plural}`}, but none has joined: a recruitment gap.`;
  }
  if (status === 'thin') {
    return `${plural(count, 'member')} (${percent(share)} of members) against a target of ${wanted}.`;
  }
  if (count === 0) return `Your targets ask for no ${phrase.plural} among members.`;
  return `${plural(count, 'member')} (${percent(share)} of members) meets the target of ${wanted}.`;
}
