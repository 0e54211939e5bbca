// Question 2, voice balance: do professionals (service providers, policymakers) drown out the
// community voices (directly affected, interested public)? And do the directly-affected members
// sit at the edge of the network, present on paper but out of the conversations (tokenism)?
import { categoryInfo } from '../categories';
import type { AnalysisStakeholder } from './analysis-map';
import type { AnalysisContext } from './context';
import { percent, plural } from './context';
import type { VoiceBalance } from './types';
import { livedExperienceFigure } from './lived-experience';

/** Directly-affected members with fewer than half the others' contacts look peripheral. */
export const TOKENISM_RATIO = 0.5;

export function isProfessional(s: Pick<AnalysisStakeholder, 'categories'>): boolean {
  return s.categories.some((c) => categoryInfo(c).voice === 'professional');
}

export function isCommunityVoice(s: Pick<AnalysisStakeholder, 'categories'>): boolean {
  return s.categories.some((c) => categoryInfo(c).voice === 'community');
}

/** Professionals and influential members: the side that can dominate a coalition's meetings. */
export function isElite(s: Pick<AnalysisStakeholder, 'categories'>): boolean {
  return isProfessional(s) || s.categories.includes('influential');
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function answerVoice(ctx: AnalysisContext): VoiceBalance {
  const { figures } = ctx;
  const members = ctx.members.map((id) => ctx.byId.get(id)!);
  const professionals = members.filter(isProfessional).length;
  const community = members.filter(isCommunityVoice).length;
  const influential = members.filter((s) => s.categories.includes('influential')).length;
  const elite = members.filter(isElite).length;
  const total = members.length;

  const affected = members.filter((s) => s.categories.includes('directly-affected'));
  const others = members.filter((s) => !s.categories.includes('directly-affected'));
  const degreeOf = (s: AnalysisStakeholder) => figures.degree[ctx.indexOf(s.id)]!;
  const closenessOf = (s: AnalysisStakeholder) => figures.closeness[ctx.indexOf(s.id)]!;
  const affectedDegree = mean(affected.map(degreeOf));
  const otherDegree = mean(others.map(degreeOf));
  const tokenismRisk =
    affectedDegree !== null && otherDegree !== null && otherDegree > 0 && affectedDegree < TOKENISM_RATIO * otherDegree;

  const shares = total === 0 ? '' : `Among ${plural(total, 'member')}, ${percent(professionals / total)} are professionals and ${percent(community / total)} are community voices.`;
  let reason: string;
  if (total === 0) reason = 'The coalition has no members yet, so there is no balance to weigh.';
  else if (tokenismRisk)
    reason = `${shares} Directly-affected members have ${affectedDegree!.toFixed(1)} contacts on average against ${otherDegree!.toFixed(1)} for the other members: they may be present but left out of the conversations.`;
  else if (affectedDegree === null) reason = `${shares} No member is directly affected.`;
  else reason = `${shares} Directly-affected members are about as connected as the others.`;

  return {
    members: total,
    professionals,
    community,
    influential,
    eliteShare: total === 0 ? 0 : elite / total,
    professionalShare: total === 0 ? 0 : professionals / total,
    communityShare: total === 0 ? 0 : community / total,
    countingRule:
      'A member with categories on both sides counts once on each side, so the two shares can add up to more than 100%; uncategorized members count on neither side. Influential community members count on neither side here, but with professionals in the domination check.',
    directlyAffectedMeanDegree: affectedDegree,
    otherMembersMeanDegree: otherDegree,
    directlyAffectedMeanCloseness: mean(affected.map(closenessOf)),
    otherMembersMeanCloseness: mean(others.map(closenessOf)),
    tokenismRisk,
    reason,
    livedExperience: livedExperienceFigure(members),
  };
}
