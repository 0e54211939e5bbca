// Betweenness (exact with closeness, or sampled) with Brandes' sources shared out across worker
// threads. Every thread, this one included, claims chunks of sources from one shared counter until none are
// left, so this thread works while the workers are still starting (loading tsx takes a few
// hundred milliseconds) and a late or busy worker simply takes fewer chunks. Results equal
// shortestPathFigures up to the order in which sums are added (differences near 1e-16 relative).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { exactSourcePlan, finishExactFigures, type ShortestPathFigures } from '../../../shared/graph/betweenness';
import type { AdjacencyArrays, SourcePlan } from '../../../shared/graph/betweenness-core';
import {
  finishSampledBetweenness,
  sampledSourcePlan,
  type SampleOptions,
  type SampledBetweenness,
} from '../../../shared/graph/sampled-betweenness';
import { drainSharedWork, type SharedWork, type ThreadSums } from './shared-brandes-work';

export interface ParallelOptions {
  /** How many threads search (this one plus threads - 1 workers); defaults to the core count. */
  readonly threads?: number;
  /** False leaves all searching to the workers (tests use it to prove the workers' share). */
  readonly searchOnThisThread?: boolean;
  /** Called with how many sources each thread searched, this thread first. */
  readonly onShares?: (searchedPerThread: readonly number[]) => void;
}

/**
 * Maps at least this large get the parallel searches in the CLI. A worker needs a few hundred
 * milliseconds of CPU to load tsx; the bench shows the single search costs about that much CPU
 * near 2,000 stakeholders, so below 3,000 the extra thread is not worth its start.
 */
export const PARALLEL_MIN_ORDER = 3_000;

/** Chunks per thread: small enough to even out, large enough that claiming costs nothing. */
const CHUNKS_PER_THREAD = 32;

const workerEntry = new URL('./brandes-slice-worker-entry.mjs', import.meta.url);

function startWorker(work: SharedWork): Promise<ThreadSums> {
  const worker = new Worker(workerEntry);
  return new Promise<ThreadSums>((resolve, reject) => {
    worker.once('message', (sums: ThreadSums) => resolve(sums));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`betweenness worker stopped (exit code ${code}) before answering`)));
    worker.postMessage(work);
  }).finally(() => void worker.terminate());
}

/**
 * Runs a source plan with its searches spread over `threads` threads and returns each thread's
 * partial sums. Plain typed arrays in, so the compact graph's arrays are all that is copied.
 */
export async function parallelPartialSums(
  graph: AdjacencyArrays,
  plan: SourcePlan,
  withCloseness: boolean,
  options: ParallelOptions = {},
): Promise<ThreadSums[]> {
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`parallel betweenness: threads must be a positive integer, got ${threads}`);
  const work: SharedWork = {
    graph: { order: graph.order, offsets: graph.offsets, neighbours: graph.neighbours },
    plan,
    withCloseness,
    counter: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    chunk: Math.max(1, Math.ceil(plan.sources.length / (threads * CHUNKS_PER_THREAD))),
  };
  // Start the workers first so they load while this thread already searches.
  const searchHere = options.searchOnThisThread ?? true;
  const away = Array.from({ length: searchHere ? threads - 1 : threads }, () => startWorker(work));
  const here: ThreadSums[] = searchHere ? [drainSharedWork(work)] : [];
  const all = [...here, ...(await Promise.all(away))];
  options.onShares?.(all.map((sums) => sums.searched));
  return all;
}

/** Exact betweenness and closeness, equal to shortestPathFigures. */
export async function parallelShortestPathFigures(graph: AdjacencyArrays, options: ParallelOptions = {}): Promise<ShortestPathFigures> {
  const plan = exactSourcePlan(graph);
  return finishExactFigures(graph.order, await parallelPartialSums(graph, plan, true, options));
}

/** Sampled betweenness, equal to sampledBetweenness with the same pivots. */
export async function parallelSampledBetweenness(graph: AdjacencyArrays, sample: SampleOptions, options: ParallelOptions = {}): Promise<SampledBetweenness> {
  const plan = sampledSourcePlan(graph, sample.samples, sample.seed);
  return finishSampledBetweenness(graph.order, plan.samples, await parallelPartialSums(graph, plan, false, options), sample.confidence);
}
