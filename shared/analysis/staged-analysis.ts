// The analysis in stages, for the app: on a big map a first answer from sampled betweenness and
// estimated closeness comes within a couple of seconds, then the exact answer follows. The
// searches themselves are handed to `runSearches`, which the caller spreads over every core
// (Web Workers in the app, the same kernel in this thread in tests); each returns partial sums
// that are simply added up, so how the sources are split never changes a figure.
import type { AnalysisMap } from './analysis-map';
import { analyzeMap, type AnalyzeOptions } from './analyze';
import { exactSourcePlan, finishExactFigures } from '../graph/betweenness';
import { addPartialSums, type AdjacencyArrays, type PartialSums, type SourcePlan } from '../graph/betweenness-core';
import { connectedComponents } from '../graph/components';
import { estimateCloseness } from '../graph/sampled-closeness';
import { DEFAULT_SAMPLES, finishSampledBetweenness, sampledSourcePlan } from '../graph/sampled-betweenness';
import { buildTieGraph } from './structure';
import type { Insights } from './types';

/**
 * From this many stakeholders the app answers twice. Measured (`npm run bench`): the exact
 * searches take about 6 s on two cores at 10,000 stakeholders and 40 s at 20,000, while the
 * first answer stays near 2 s.
 */
export const STAGED_MIN_ORDER = 8_000;

/**
 * Searches a component needs behind the first answer's closeness (its share of these, at least
 * 32): distances vary little, so few are needed, and the betweenness pivots usually suffice.
 */
export const CLOSENESS_PIVOTS = 200;

export type RunSearches = (graph: AdjacencyArrays, plan: SourcePlan, withCloseness: boolean) => Promise<PartialSums[]>;

export interface StagedOptions extends Omit<AnalyzeOptions, 'precomputed' | 'estimate'> {
  readonly runSearches: RunSearches;
  /** Receives the first answer when the map is big enough to get one. */
  readonly onFirstAnswer?: (insights: Insights) => void;
  /** Overrides STAGED_MIN_ORDER (tests use small maps). */
  readonly stagedMinOrder?: number;
  readonly samples?: number;
}

export async function analyzeInStages(map: AnalysisMap, options: StagedOptions): Promise<Insights> {
  const { runSearches, onFirstAnswer, stagedMinOrder = STAGED_MIN_ORDER, samples = DEFAULT_SAMPLES, ...analyzeOptions } = options;
  const graph = buildTieGraph(map);
  const seed = analyzeOptions.seed ?? 1;
  if (onFirstAnswer && graph.order >= stagedMinOrder) {
    const plan = sampledSourcePlan(graph, samples, seed);
    const sums = addPartialSums(graph.order, await runSearches(graph, plan, false));
    const betweenness = finishSampledBetweenness(graph.order, plan.samples, [sums]);
    // The pivots' own distances give closeness; only components they missed are searched again.
    const closeness = estimateCloseness(graph, connectedComponents(graph), CLOSENESS_PIVOTS, seed, sums);
    onFirstAnswer(
      analyzeMap(map, {
        ...analyzeOptions,
        precomputed: { graph, shortestPaths: { betweenness: betweenness.betweenness, closeness: closeness.closeness } },
        estimate: {
          samples: betweenness.samples,
          stakeholders: graph.order,
          epsilon: betweenness.epsilon,
          confidence: betweenness.confidence,
          boundMethod: betweenness.boundMethod,
          closenessSearches: closeness.searches,
        },
      }),
    );
  }
  const shortestPaths = finishExactFigures(graph.order, await runSearches(graph, exactSourcePlan(graph), true));
  return analyzeMap(map, { ...analyzeOptions, precomputed: { graph, shortestPaths } });
}
