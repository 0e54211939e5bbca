// The merge review's decisions, kept pure: which proposed pairs are accepted (exact ones start
// accepted, near and ambiguous ones do not), the rule that an incoming stakeholder merges into at
// most one stakeholder on the map, and the names the review may show.
import type { DuplicateMatch } from '../../../../shared/exchange/dedupe';
import type { MergeDecisions, MergeProposal } from '../../../../shared/exchange/merge-maps';
import type { Stakeholder } from '../../../../shared/model';

export type AcceptedPairs = ReadonlySet<string>;

export function pairKey(match: Pick<DuplicateMatch, 'baseId' | 'incomingId'>): string {
  return `${match.baseId}\u0000${match.incomingId}`;
}

export function initialAccepted(proposal: MergeProposal): AcceptedPairs {
  return new Set(proposal.exactDecisions.accept.map(([baseId, incomingId]) => pairKey({ baseId, incomingId })));
}

/** Accepting a pair rejects the other pairs of the same incoming stakeholder. */
export function decide(accepted: AcceptedPairs, matches: readonly DuplicateMatch[], match: DuplicateMatch, accept: boolean): AcceptedPairs {
  const next = new Set(accepted);
  const key = pairKey(match);
  if (!accept) {
    next.delete(key);
    return next;
  }
  for (const other of matches) if (other.incomingId === match.incomingId) next.delete(pairKey(other));
  next.add(key);
  return next;
}

/** The accepted pairs in the proposal's order, as mergeMaps takes them. */
export function decisionsFrom(accepted: AcceptedPairs, matches: readonly DuplicateMatch[]): MergeDecisions {
  return { accept: matches.filter((m) => accepted.has(pairKey(m))).map((m) => [m.baseId, m.incomingId] as const) };
}

export const CONFIDENTIAL_NAME = 'Confidential stakeholder';

/**
 * How the review names an incoming record: another organizer's confidential stakeholder is not
 * someone this user already sees, so neither its name nor its contact details are shown.
 */
export function incomingDisplay(s: Stakeholder): { name: string; hidden: boolean } {
  return s.confidential ? { name: CONFIDENTIAL_NAME, hidden: true } : { name: s.name, hidden: false };
}
