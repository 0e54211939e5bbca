// The analysis result: one plain, serialisable object (no Maps, no typed arrays), so it can
// cross a worker boundary, be printed as JSON by the CLI, and be rendered as it is.
import type { CategoryId } from '../categories';
import type { Stage, StakeholderKind } from '../model';
import type { LivedExperienceFigure } from './lived-experience';

export type CoverageStatus = 'missing' | 'thin' | 'ok';
/** `network`: no one of the category on the map; `recruitment`: on the map but not a member. */
export type CoverageGap = 'network' | 'recruitment' | null;
export type ServiceStatus = 'gap' | 'covered' | 'duplicated';
export type WarningKind =
  | 'conflict-among-members'
  | 'professional-domination'
  | 'tokenism-risk'
  | 'no-path-to-services'
  | 'no-organizing-role'
  | 'no-community-voices'
  | 'core-hangs-on-one-person'
  | 'members-off-committees'
  | 'funding-without-goal';

export interface StakeholderFigures {
  readonly id: string;
  /** The real name, or a placeholder for a confidential stakeholder unless included. */
  readonly name: string;
  readonly kind: StakeholderKind;
  readonly categories: readonly CategoryId[];
  readonly stage: Stage;
  readonly degree: number;
  readonly betweenness: number;
  readonly closeness: number;
  readonly pagerank: number;
  readonly coreNumber: number;
  readonly community: number;
  readonly component: number;
  readonly articulationPoint: boolean;
}

export interface Summary {
  readonly stakeholders: number;
  /** Ties as recorded, conflicts included. */
  readonly ties: number;
  /** Distinct pairs joined by a non-conflict tie: the edges every figure is computed on. */
  readonly links: number;
  readonly members: number;
  readonly core: number;
  readonly uncategorized: number;
  readonly density: number;
  readonly components: number;
  readonly degreeCentralization: number;
  readonly communities: number;
  readonly modularity: number;
}

export interface CoverageRow {
  readonly category: CategoryId;
  readonly label: string;
  /** Members (stage member or core) carrying the category. */
  readonly members: number;
  readonly memberShare: number;
  /** Everyone on the map carrying the category. */
  readonly onMap: number;
  readonly mapShare: number;
  readonly target: { readonly minMembers: number; readonly minShare: number };
  readonly status: CoverageStatus;
  readonly gap: CoverageGap;
  readonly reason: string;
}

/** Coverage counted over one committee's people (analyzeMap's `committeeId`). */
export interface CommitteeCoverage {
  readonly committeeId: string;
  readonly name: string;
  readonly purpose: string;
  /** Committee members still on the map. */
  readonly size: number;
  /** `members` and `memberShare` in each row count the committee's people. */
  readonly coverage: readonly CoverageRow[];
}

export interface VoiceBalance {
  readonly members: number;
  readonly professionals: number;
  readonly community: number;
  /** Influential community members: with professionals, the "elite" side of the domination check. */
  readonly influential: number;
  readonly professionalShare: number;
  /** Share of members who are professionals or influential (either or both). */
  readonly eliteShare: number;
  readonly communityShare: number;
  /** How a stakeholder with categories on both sides was counted. */
  readonly countingRule: string;
  readonly directlyAffectedMeanDegree: number | null;
  readonly otherMembersMeanDegree: number | null;
  readonly directlyAffectedMeanCloseness: number | null;
  readonly otherMembersMeanCloseness: number | null;
  readonly tokenismRisk: boolean;
  readonly reason: string;
  /** Members who bring lived experience (lived-experience.ts: the one rule the journey uses too). */
  readonly livedExperience: LivedExperienceFigure;
}

export interface ServiceRow {
  readonly service: string;
  readonly label: string;
  readonly providers: readonly string[];
  readonly memberProviders: readonly string[];
  readonly status: ServiceStatus;
  /** Providers whose areas overlap, as pairs (only the first ones when the analysis had a pair limit). */
  readonly overlappingPairs: readonly (readonly [string, string])[];
  /** Overlapping pairs with no partners-with or refers-to tie between them (same limit). */
  readonly uncoordinatedPairs: readonly (readonly [string, string])[];
  /** How many pairs there are in all, whatever the limit. */
  readonly overlappingPairCount: number;
  readonly uncoordinatedPairCount: number;
  readonly reason: string;
}

export interface CoreCandidate {
  readonly id: string;
  readonly name: string;
  readonly stage: Stage;
  /** 0-100, the sum of the parts below. */
  readonly score: number;
  readonly parts: {
    readonly brokerage: number;
    readonly reach: number;
    readonly categorySpan: number;
    readonly influence: number;
    readonly livedExperience: number;
    readonly conflictPenalty: number;
  };
  readonly reasons: readonly string[];
}

export interface CoreGroup {
  readonly members: readonly string[];
  readonly categories: readonly CategoryId[];
  readonly missingCategories: readonly CategoryId[];
  readonly anchor: string | null;
  readonly reasons: readonly string[];
}

export interface RecruitmentSuggestion {
  readonly category: CategoryId;
  readonly id: string;
  readonly name: string;
  /** The member the warm path starts at; null when no member can reach this stakeholder. */
  readonly introducer: string | null;
  /** Stakeholder ids from the introducer to the suggestion, both included; empty when unreachable. */
  readonly path: readonly string[];
  /** Ties along the path; null when unreachable. */
  readonly distance: number | null;
  /** The weakest tie strength along the path (1-3); null when unreachable. */
  readonly weakestTie: number | null;
  /** The lowest trust recorded along the path (1-4); null when unreachable or none recorded. */
  readonly lowestTrust: number | null;
  /** True when a route avoids every tie recorded with trust 1: only such a route is a warm introduction. */
  readonly warm: boolean;
  /** Members with a recorded conflict with this stakeholder (turf or bad history). */
  readonly conflictsWith: readonly string[];
  readonly reason: string;
}

export interface AnalysisWarning {
  readonly kind: WarningKind;
  readonly message: string;
  readonly stakeholders: readonly string[];
}

/**
 * Says that betweenness and closeness are first-answer estimates on a big map (see
 * first-answer.ts); absent when they are exact. Every other figure is exact either way.
 */
export interface FigureEstimate {
  /** Pivot sources searched for betweenness (k) out of `stakeholders`. */
  readonly samples: number;
  readonly stakeholders: number;
  /** Every betweenness estimate is within this of exact (networkx's normalized scale)... */
  readonly epsilon: number;
  /** ...with at least this probability. */
  readonly confidence: number;
  /** Where the bound comes from. */
  readonly boundMethod: string;
  /** Breadth-first searches behind the closeness estimate. */
  readonly closenessSearches: number;
}

export interface Insights {
  readonly summary: Summary;
  /** Present while betweenness and closeness are estimates; the exact answer follows. */
  readonly estimate?: FigureEstimate;
  readonly stakeholders: readonly StakeholderFigures[];
  readonly coverage: readonly CoverageRow[];
  readonly voice: VoiceBalance;
  readonly services: readonly ServiceRow[];
  readonly coreGroup: CoreGroup;
  readonly coreCandidates: readonly CoreCandidate[];
  readonly recruitment: readonly RecruitmentSuggestion[];
  readonly warnings: readonly AnalysisWarning[];
  readonly articulationPoints: readonly string[];
  readonly bridges: readonly (readonly [string, string])[];
  /** Present only when the analysis was asked to scope coverage to a committee. */
  readonly committeeCoverage?: CommitteeCoverage;
}
