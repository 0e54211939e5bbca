// Question 5, core-member candidates: who could join the core group, by a score whose every
// part can be read back to the user, and whether the current core spans the categories and has
// an anchor organization to lead and staff it.
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../categories';
import type { AnalysisStakeholder } from './analysis-map';
import type { AnalysisContext } from './context';
import { listNames, plural } from './context';
import { onlyLinkReason } from './separation';
import { topByScore } from '../graph/top-by-score';
import type { CoreCandidate, CoreGroup } from './types';

/** The most each part can add; conflict costs this much per conflict with a core member. */
export const SCORE_WEIGHTS = { brokerage: 30, reach: 20, categorySpan: 20, influence: 15, livedExperience: 15, conflict: 25 } as const;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Each node's categories as bits (bit i for CATEGORY_IDS[i]), so contacts can be OR-ed together. */
function categoryBits(ctx: AnalysisContext): Uint8Array {
  const { ids } = ctx.figures.graph;
  const bits = new Uint8Array(ids.length);
  for (let v = 0; v < ids.length; v += 1) {
    for (const c of ctx.byId.get(ids[v]!)?.categories ?? []) bits[v]! |= 1 << CATEGORY_IDS.indexOf(c);
  }
  return bits;
}

/** The categories found among a node's contacts, as bits. */
function contactBits(ctx: AnalysisContext, bits: Uint8Array, node: number): number {
  const { offsets, neighbours } = ctx.figures.graph;
  let found = 0;
  for (let k = offsets[node]!; k < offsets[node + 1]!; k += 1) found |= bits[neighbours[k]!]!;
  return found;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** For each stakeholder, the core members they have a conflict tie with. */
function conflictsWithCore(ctx: AnalysisContext, core: ReadonlySet<string>): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (who: string, coreMember: string) => {
    const set = found.get(who) ?? new Set<string>();
    set.add(coreMember);
    found.set(who, set);
  };
  for (const t of ctx.map.ties) {
    if (t.type !== 'conflict') continue;
    if (core.has(t.target)) add(t.source, t.target);
    if (core.has(t.source)) add(t.target, t.source);
  }
  return found;
}

function maxOf(values: ArrayLike<number>): number {
  let top = 0;
  for (let i = 0; i < values.length; i += 1) if (values[i]! > top) top = values[i]!;
  return top;
}

export function answerCoreCandidates(ctx: AnalysisContext, limit = 20): CoreCandidate[] {
  const { figures } = ctx;
  const core = new Set(ctx.map.stakeholders.filter((s) => s.stage === 'core').map((s) => s.id));
  const maxBetweenness = maxOf(figures.betweenness);
  const maxDegree = maxOf(figures.degree);
  const conflictMap = conflictsWithCore(ctx, core);
  const eligible = ctx.map.stakeholders.filter((s) => s.stage !== 'core' && s.stage !== 'declined');

  const bits = categoryBits(ctx);

  const scored = eligible.map((s) => {
    const node = ctx.indexOf(s.id);
    const contacts = contactBits(ctx, bits, node);
    const conflicts = [...(conflictMap.get(s.id) ?? [])];
    const parts = {
      brokerage: maxBetweenness > 0 ? (SCORE_WEIGHTS.brokerage * figures.betweenness[node]!) / maxBetweenness : 0,
      reach: maxDegree > 0 ? (SCORE_WEIGHTS.reach * figures.degree[node]!) / maxDegree : 0,
      categorySpan: (SCORE_WEIGHTS.categorySpan * bitCount(contacts)) / CATEGORY_IDS.length,
      influence: s.influence === null ? 0 : (SCORE_WEIGHTS.influence * (s.influence - 1)) / 4,
      livedExperience: s.livedExperience ? SCORE_WEIGHTS.livedExperience : 0,
      conflictPenalty: SCORE_WEIGHTS.conflict * conflicts.length,
    };
    const score =
      parts.brokerage + parts.reach + parts.categorySpan + parts.influence + parts.livedExperience - parts.conflictPenalty;
    return { s, node, contacts, conflicts, parts, score };
  });
  const best = topByScore(scored, limit, (a, b) => a.s.name.localeCompare(b.s.name) || a.s.id.localeCompare(b.s.id));

  return best.map(({ s, node, contacts, conflicts, parts, score }) => ({
    id: s.id,
    name: ctx.nameOf(s.id),
    stage: s.stage,
    score: round1(score),
    parts: {
      brokerage: round1(parts.brokerage),
      reach: round1(parts.reach),
      categorySpan: round1(parts.categorySpan),
      influence: round1(parts.influence),
      livedExperience: round1(parts.livedExperience),
      conflictPenalty: round1(parts.conflictPenalty),
    },
    reasons: candidateReasons(ctx, s, node, new Set(CATEGORY_IDS.filter((_, i) => (contacts & (1 << i)) !== 0)), conflicts, parts.brokerage),
  }));
}

function candidateReasons(
  ctx: AnalysisContext,
  s: AnalysisStakeholder,
  node: number,
  contacts: ReadonlySet<CategoryId>,
  conflicts: readonly string[],
  brokerage: number,
): string[] {
  const reasons: string[] = [];
  const onlyLink = ctx.figures.isArticulation[node] === 1 ? onlyLinkReason(ctx, node) : null;
  if (onlyLink) reasons.push(onlyLink);
  else if (brokerage >= SCORE_WEIGHTS.brokerage / 3) reasons.push('Sits on many of the shortest paths between other stakeholders: a broker.');
  const degree = ctx.figures.degree[node]!;
  if (degree > 0) reasons.push(`Knows ${plural(degree, 'stakeholder')} on the map.`);
  if (contacts.size >= 2) {
    const labels = CATEGORIES.filter((c) => contacts.has(c.id)).map((c) => c.label.toLowerCase());
    reasons.push(`Has contacts in ${contacts.size} of the ${CATEGORY_IDS.length} categories (${labels.join(', ')}).`);
  }
  if (s.influence !== null && s.influence >= 4) reasons.push(`Influence rated ${s.influence} of 5.`);
  if (s.livedExperience) reasons.push('Brings lived experience of the issue.');
  if (conflicts.length > 0) reasons.push(`In conflict with ${listNames(conflicts.map(ctx.nameOf))} of the core group.`);
  reasons.push(s.stage === 'member' ? 'Already a member.' : `Not a member yet (stage: ${s.stage}).`);
  return reasons;
}

export function answerCoreGroup(ctx: AnalysisContext): CoreGroup {
  const core = ctx.map.stakeholders.filter((s) => s.stage === 'core');
  const covered = new Set(core.flatMap((s) => s.categories));
  const categories = CATEGORY_IDS.filter((c) => covered.has(c));
  const missingCategories = CATEGORY_IDS.filter((c) => !covered.has(c));
  const anchor = ctx.map.coalition.anchorId;
  const reasons: string[] = [];
  if (core.length === 0) reasons.push('No one is in the core group yet.');
  else {
    const missingLabels = CATEGORIES.filter((c) => missingCategories.includes(c.id)).map((c) => c.label.toLowerCase());
    reasons.push(
      missingCategories.length === 0
        ? `The core group of ${core.length} spans all ${CATEGORY_IDS.length} categories.`
        : `The core group of ${core.length} spans ${categories.length} of ${CATEGORY_IDS.length} categories. Not represented in the core: ${missingLabels.join(', ')}.`,
    );
  }
  if (anchor === null) reasons.push('No anchor organization is marked: someone needs to lead and staff the coalition.');
  else {
    const stage = ctx.byId.get(anchor)?.stage;
    const joined = stage === 'member' || stage === 'core';
    reasons.push(`${ctx.nameOf(anchor)} is the anchor organization${joined ? '' : ', though it has not joined as a member'}.`);
  }
  return { members: core.map((s) => s.id), categories, missingCategories, anchor, reasons };
}
