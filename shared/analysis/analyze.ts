// The whole analysis in one call: figures first, then every answer built on them, returned as
// one plain object the UI, the worker and the CLI all use as it is.
import type { AnalysisMap } from './analysis-map';
import { createContext } from './context';
import { answerCommitteeCoverage, findCommittee } from './committee-coverage';
import { answerCoreCandidates, answerCoreGroup } from './core-candidates';
import { answerCoverage } from './coverage';
import { answerRecruitment } from './recruitment';
import { answerServices } from './services';
import { computeStructure, type StructureFigures, type StructureOptions } from './structure';
import type { FigureEstimate, Insights, StakeholderFigures } from './types';
import { answerVoice } from './voice';
import { answerWarnings } from './warnings';

export interface AnalyzeOptions extends StructureOptions {
  /** Show confidential stakeholders' real names; by default they get a numbered placeholder. */
  readonly includeConfidential?: boolean;
  /** How many core-member candidates to list (best first). */
  readonly candidateLimit?: number;
  /** How many recruitment suggestions per missing or thin category. */
  readonly recruitmentPerCategory?: number;
  /** Also count coverage over this committee's people (`committeeCoverage`); an id or a name. */
  readonly committeeId?: string | null;
  /** Keep at most this many provider pairs per service in the lists; counts stay complete (the app uses it). */
  readonly pairLimit?: number;
  /** Marks the answer as a first estimate: `precomputed` then holds sampled figures. */
  readonly estimate?: FigureEstimate;
}

export function analyzeMap(map: AnalysisMap, options: AnalyzeOptions = {}): Insights {
  // An unknown committee is refused before the slow part starts.
  const committee = options.committeeId ? findCommittee(map, options.committeeId) : null;
  const figures = computeStructure(map, options);
  const now = options.now ?? (() => performance.now());
  const started = now();
  const ctx = createContext(map, figures, options.includeConfidential ?? false);
  const coverage = answerCoverage(ctx);
  const voice = answerVoice(ctx);
  const insights: Insights = {
    summary: {
      stakeholders: map.stakeholders.length,
      ties: map.ties.length,
      links: figures.graph.size,
      members: ctx.members.length,
      core: map.stakeholders.filter((s) => s.stage === 'core').length,
      uncategorized: map.stakeholders.filter((s) => s.categories.length === 0).length,
      density: figures.density,
      components: figures.componentCount,
      degreeCentralization: figures.degreeCentralization,
      communities: figures.communityCount,
      modularity: figures.modularity,
    },
    stakeholders: stakeholderFigures(map, figures, ctx.nameOf),
    coverage,
    voice,
    services: answerServices(ctx, options.pairLimit),
    coreGroup: answerCoreGroup(ctx),
    coreCandidates: answerCoreCandidates(ctx, options.candidateLimit ?? 20),
    recruitment: answerRecruitment(ctx, coverage, options.recruitmentPerCategory ?? 10),
    warnings: answerWarnings(ctx, voice),
    articulationPoints: figures.graph.ids.filter((_, i) => figures.isArticulation[i] === 1),
    bridges: figures.bridges.map(([a, b]) => [figures.graph.ids[a]!, figures.graph.ids[b]!] as const),
    ...(options.estimate ? { estimate: options.estimate } : {}),
    ...(committee ? { committeeCoverage: answerCommitteeCoverage(ctx, committee) } : {}),
  };
  options.onTiming?.('answers', now() - started);
  return insights;
}

function stakeholderFigures(map: AnalysisMap, figures: StructureFigures, nameOf: (id: string) => string): StakeholderFigures[] {
  return map.stakeholders.map((s, i) => ({
    id: s.id,
    name: nameOf(s.id),
    kind: s.kind,
    categories: [...s.categories],
    stage: s.stage,
    degree: figures.degree[i]!,
    betweenness: figures.betweenness[i]!,
    closeness: figures.closeness[i]!,
    pagerank: figures.pagerank[i]!,
    coreNumber: figures.coreNumber[i]!,
    community: figures.community[i]!,
    component: figures.component[i]!,
    articulationPoint: figures.isArticulation[i] === 1,
  }));
}
