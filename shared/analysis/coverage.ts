// Question 1, category coverage: which of the five kinds of stakeholder the coalition has among
// its members, against the targets in the coalition profile, and whether a gap means "we know no
// one here" (network gap) or "we know them but they have not joined" (recruitment gap).
import { CATEGORIES } from '../categories';
import type { AnalysisContext } from './context';
import { percent, plural } from './context';
import { CATEGORY_PHRASES, type CategoryPhrase } from './phrases';
import type { CoverageGap, CoverageRow, CoverageStatus } from './types';

export function answerCoverage(ctx: AnalysisContext): CoverageRow[] {
  const { map, members } = ctx;
  const memberTotal = members.length;
  const mapTotal = map.stakeholders.length;

  return CATEGORIES.map((info) => {
    const target = map.coalition.targets[info.id];
    const onMap = map.stakeholders.filter((s) => s.categories.includes(info.id)).length;
    const memberCount = members.filter((id) => ctx.byId.get(id)?.categories.includes(info.id)).length;
    const memberShare = memberTotal === 0 ? 0 : memberCount / memberTotal;
    const mapShare = mapTotal === 0 ? 0 : onMap / mapTotal;
    const status = coverageStatus(memberCount, memberShare, target.minMembers, target.minShare);
    const gap: CoverageGap = onMap === 0 ? 'network' : memberCount === 0 ? 'recruitment' : null;
    return {
      category: info.id,
      label: info.label,
      members: memberCount,
      memberShare,
      onMap,
      mapShare,
      target: { minMembers: target.minMembers, minShare: target.minShare },
      status,
      gap,
      reason: coverageReason(CATEGORY_PHRASES[info.id], status, gap, memberCount, memberShare, onMap, target),
    };
  });
}

/** `missing` is no member at all; a target of zero members and zero share asks for none. */
function coverageStatus(count: number, share: number, minMembers: number, minShare: number): CoverageStatus {
  const asksForNone = minMembers === 0 && minShare === 0;
  if (count === 0) return asksForNone ? 'ok' : 'missing';
  return count < minMembers || share < minShare ? 'thin' : 'ok';
}

function coverageReason(
  phrase: CategoryPhrase,
  status: CoverageStatus,
  gap: CoverageGap,
  count: number,
  share: number,
  onMap: number,
  target: { minMembers: number; minShare: number },
): string {
  const wanted =
    target.minShare > 0 ? `${plural(target.minMembers, 'member')} and ${percent(target.minShare)} of members` : plural(target.minMembers, 'member');
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
