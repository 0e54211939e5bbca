// Betweenness estimated from k random pivot sources, for maps too big to wait for the exact
// figure. Each pivot's searches use linear scaling (Geisberger, Sanders & Schultes 2008, "Better
// approximation of betweenness centrality"): a target t adds only d(s,v)/d(s,t) of its share to a
// node v on its paths. Plain sampling (networkx's k=) overrates nodes that happen to sit next to a
// pivot; scaling by distance removes that bias, and on generated stakeholder maps it lifted the
// top-50 overlap with exact from 84-90% to 90-94% at 1,000 pivots (bench). On an undirected graph
// the pair (s,t) then gives v d(s,v)/d(s,t) from s and d(t,v)/d(s,t) from t, which add to one, so
// summed over every source the scaled figure is half the exact one: the estimate is 2n/k times
// the pivots' sum on networkx's normalized scale, and with k = n it is exact. Pivots are drawn
// uniformly without replacement with a fixed seed, so the same map gives the same answer.
//
// Error bound (Brandes & Pich 2007, "Centrality estimation in large networks", Hoeffding's
// inequality): a pivot adds 2n/((n-1)(n-2)) times its scaled dependency on v, a value between 0
// and 2n/(n-1) because the scaled dependency is below n-2. The estimate's mean is the exact figure,
// so Hoeffding (which also holds for draws without replacement) with a union bound over all n
// nodes gives: with probability at least 1 - delta, every node's estimate is within
//   epsilon = 2n/(n-1) * sqrt(ln(2n/delta) / (2k))
// of its exact normalized betweenness. It is a worst-case bound and loose in practice: the
// ranking of the top nodes settles far sooner (the bench measures the top-50 overlap).
import { addPartialSums, brandesPartialSums, type AdjacencyArrays, type PartialSums, type SourcePlan } from './betweenness-core';
import { seededRandom } from './random';

export interface SampledBetweenness {
  /** Estimated betweenness per node, on networkx's normalized scale. */
  readonly betweenness: Float64Array;
  /** How many pivot sources were searched (k); equal to the node count when exact. */
  readonly samples: number;
  /** True when k reached n, so the figures are the exact ones. */
  readonly exact: boolean;
  /** Every node's estimate is within `epsilon` of exact with at least this probability. */
  readonly confidence: number;
  readonly epsilon: number;
  /** Where the bound comes from, in words the UI can show. */
  readonly boundMethod: string;
}

export interface SampleOptions {
  /** Pivot count k; capped at the node count. */
  readonly samples: number;
  readonly seed?: number;
  /** 1 - delta of the stated bound; 0.9 unless told. */
  readonly confidence?: number;
}

export const BOUND_METHOD = 'Hoeffding bound over all stakeholders, Brandes & Pich 2007; pivots weighted by distance, Geisberger et al. 2008';

/** The bound's half-width: every estimate is within it of exact with probability >= confidence. */
export function sampledBetweennessEpsilon(order: number, samples: number, confidence: number): number {
  if (order <= 2 || samples >= order) return 0;
  return ((2 * order) / (order - 1)) * Math.sqrt(Math.log((2 * order) / (1 - confidence)) / (2 * samples));
}

/**
 * Default pivot count. Measured (bench): the top-50 overlap with exact depends on k far more than
 * on n; with linear scaling 1,000 pivots gave 90-94% on generated 20,000 maps, 1,500 gave 94-96%.
 */
export const DEFAULT_SAMPLES = 1000;

export interface SampledPlan extends SourcePlan {
  /** The pivot count k the plan was drawn with. */
  readonly samples: number;
}

/**
 * The searches a sample needs: k distinct pivots drawn uniformly with the seed, each searched with
 * linear scaling (a leaf cannot ride along with its neighbour's search here, because its distances
 * differ by one step and the scaling reads distances). Any runtime can run the plan, or slices of
 * its sources, with brandesPartialSums; finishSampledBetweenness then scales the sum.
 */
export function sampledSourcePlan(graph: AdjacencyArrays, samples: number, seed = 1): SampledPlan {
  const n = graph.order;
  if (!Number.isInteger(samples) || samples < 1) {
    throw new Error(`sampled betweenness: the sample size must be a positive whole number, got ${samples}`);
  }
  const k = Math.min(samples, n);
  const sources = Int32Array.from(samplePivots(n, k, seed)).sort();
  return { sources, weight: new Float64Array(n).fill(1), folded: new Float64Array(n), samples: k, linearScaling: true };
}

/** Scales summed partials by 2n/k onto networkx's normalized scale and states the bound. */
export function finishSampledBetweenness(order: number, samples: number, partials: readonly PartialSums[], confidence = 0.9): SampledBetweenness {
  if (!(confidence > 0 && confidence < 1)) throw new Error(`sampled betweenness: confidence must be between 0 and 1, got ${confidence}`);
  const { betweenness } = addPartialSums(order, partials);
  if (order > 2) {
    const scale = (2 * order) / (samples * (order - 1) * (order - 2));
    for (let i = 0; i < order; i += 1) betweenness[i] = betweenness[i]! * scale;
  }
  const exact = samples >= order;
  return {
    betweenness,
    samples,
    exact,
    confidence: exact ? 1 : confidence,
    epsilon: sampledBetweennessEpsilon(order, samples, confidence),
    boundMethod: BOUND_METHOD,
  };
}

/** The whole estimate in this thread. With k >= n every node is a pivot: the exact figures. */
export function sampledBetweenness(graph: AdjacencyArrays, options: SampleOptions): SampledBetweenness {
  const plan = sampledSourcePlan(graph, options.samples, options.seed);
  const sums = brandesPartialSums(graph, plan, plan.sources, false);
  return finishSampledBetweenness(graph.order, plan.samples, [sums], options.confidence);
}

/** k distinct nodes, uniformly: the first k places of a seeded partial Fisher-Yates shuffle. */
export function samplePivots(n: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order.subarray(0, k);
}
