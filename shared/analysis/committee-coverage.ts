// Coverage scoped to one committee: the same category targets, counted over the committee's
// people only, so a committee can see which voices it lacks. Anyone the user put on the committee
// counts, whatever their stage: being on the committee is the commitment.
import type { Committee } from '../model';
import type { AnalysisMap } from './analysis-map';
import type { AnalysisContext } from './context';
import { percent, plural } from './context';
import { coverageOf, wantedWords, type CoverageFacts } from './coverage';
import type { CommitteeCoverage } from './types';

/** The committee an id or a name (any case) points at; a clear error when none or several do. */
export function findCommittee(map: AnalysisMap, idOrName: string): Committee {
  const byId = map.committees.find((c) => c.id === idOrName);
  if (byId) return byId;
  const wanted = idOrName.trim().toLowerCase();
  const named = map.committees.filter((c) => c.name.trim().toLowerCase() === wanted);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw new Error(`${named.length} committees are called "${idOrName}": name one by its id (${named.map((c) => c.id).join(', ')}).`);
  }
  const known = map.committees.map((c) => `"${c.name}" (${c.id})`).join(', ');
  throw new Error(`No committee "${idOrName}" on this map. ${known ? `Its committees: ${known}.` : 'It has no committees yet.'}`);
}

export function answerCommitteeCoverage(ctx: AnalysisContext, committee: Committee): CommitteeCoverage {
  // A committee keeps the ids it was given; only people still on the map are counted.
  const people = committee.memberIds.filter((id) => ctx.byId.has(id));
  const coalitionCount = (facts: CoverageFacts) => ctx.members.filter((id) => ctx.byId.get(id)?.categories.includes(facts.category)).length;
  const reason = (facts: CoverageFacts): string => {
    const { phrase, status, gap, count, share, onMap, target } = facts;
    if (status === 'missing') {
      if (gap === 'network') return `No one on the map is ${phrase.one} yet, so no one on ${committee.name} can be.`;
      const inCoalition = coalitionCount(facts);
      return inCoalition > 0
        ? `No one on ${committee.name} is ${phrase.one}, though ${plural(inCoalition, 'coalition member')} ${inCoalition === 1 ? 'is' : 'are'}: ask one to join it.`
        : `No one on ${committee.name} is ${phrase.one}, and no coalition member is either (${onMap} on the map).`;
    }
    if (status === 'thin') return `${plural(count, 'person', 'people')} on ${committee.name} (${percent(share)} of it) against a target of ${wantedWords(target)}.`;
    if (count === 0) return `Your targets ask for no ${phrase.plural}.`;
    return `${plural(count, 'person', 'people')} on ${committee.name} (${percent(share)} of it) meets the target of ${wantedWords(target)}.`;
  };
  return {
    committeeId: committee.id,
    name: committee.name,
    purpose: committee.purpose,
    size: people.length,
    coverage: coverageOf(ctx, people, reason),
  };
}
