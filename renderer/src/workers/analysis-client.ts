// Hands maps to the analysis worker and its answers back. One run at a time: a newer request
// ends a run still in progress (its answer would be dropped anyway), so a slow analysis of a
// big map never queues up behind itself.
import type { Insights } from '../../../shared/analysis';
import { analysisMapOf, type AnalysisMap } from '../../../shared/analysis/analysis-map';
import { unpackInsights, type PackedInsights } from '../../../shared/analysis/figure-columns';
import type { MapDocument } from '../../../shared/model';
import { createSingleJobClient, type JobOutcome, type JobWorker } from './single-job-client';

export interface AnalysisRequest {
  readonly seq: number;
  /** Only what the analysis reads (analysis-map.ts): the worker gets less than half a big map to copy. */
  readonly map: AnalysisMap;
  /** Also count coverage over this committee's people; null for the whole coalition only. */
  readonly committeeId: string | null;
}

export type AnalysisReply =
  /**
   * `first`: an early answer from sampled figures on a big map; the exact one follows.
   * `elapsedMs`: the worker's own time from receiving the map to this answer.
   * `insights`: packed (figure-columns.ts), so the window's thread decodes it in a moment.
   */
  | { readonly seq: number; readonly insights: PackedInsights; readonly first?: boolean; readonly elapsedMs?: number }
  | { readonly seq: number; readonly error: string };

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export type WorkerLike = JobWorker<AnalysisRequest, AnalysisReply>;

export class AnalysisSupersededError extends Error {
  constructor(seq: number) {
    super(`analysis ${seq} was replaced by a newer one`);
    this.name = 'AnalysisSupersededError';
  }
}

export interface AnalysisClient {
  /** Resolves with the exact answer; a big map's first answer goes to `onFirstAnswer` before. */
  analyze(seq: number, map: MapDocument, committeeId?: string | null, onFirstAnswer?: (insights: Insights) => void): Promise<Insights>;
  /**
   * Starts the worker now, before any map arrives. A worker's start needs a moment of the window's
   * thread, which a big map's first render holds for seconds: started lazily, the worker would
   * only begin after the map is drawn; started early, it analyses while the map is drawn.
   */
  warm(): void;
  dispose(): void;
}

/**
 * Marks how long the worker took for each answer, for the bench (test/bench/ui-analysis.ts): the
 * window shows an answer only once its own thread is free, so the bench reads both times.
 */
function recordWorkerTime(first: boolean, elapsedMs: number): void {
  const end = performance.now();
  // The detail holds the exact figure: the span is cut at the page's time origin when longer.
  const detail = { elapsedMs };
  performance.measure(first ? 'analysis:first answer in the worker' : 'analysis:answer in the worker', { start: Math.max(0, end - elapsedMs), end, detail });
}

function moduleWorker(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}

/** Reads one reply of the current run: a big map's first answer is news, the exact one ends the run. */
function readReply(reply: AnalysisReply): JobOutcome<PackedInsights, PackedInsights> {
  if ('error' in reply) return { error: new Error(`The analysis stopped with an error: ${reply.error}`) };
  if (reply.elapsedMs !== undefined) recordWorkerTime(reply.first === true, reply.elapsedMs);
  return reply.first ? { interim: reply.insights } : { result: reply.insights };
}

/** Resolves in a task of its own: a message from another task, so the one before ends first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Hands an answer over in short tasks of the window's thread rather than one long one: the task
 * that receives it only decodes the packed reply; the next one rebuilds the figures; the one after
 * gives them to the caller, whose store update and render run there. In the order answers came,
 * as each hop waits one task (setTimeout keeps their order), so a first answer never lands after
 * the exact one.
 */
async function handOver(packed: PackedInsights): Promise<Insights> {
  await nextTask();
  const insights = unpackInsights(packed);
  await nextTask();
  return insights;
}

export function createAnalysisClient(startWorker: () => WorkerLike = moduleWorker): AnalysisClient {
  const runs = createSingleJobClient<AnalysisRequest, AnalysisReply, PackedInsights, PackedInsights>({
    startWorker,
    jobOf: (reply) => reply.seq,
    read: readReply,
    // A newer request ends a run still in progress: its answer would be dropped anyway.
    endWorkerOnNewJob: true,
    superseded: (seq) => new AnalysisSupersededError(seq),
    cannotStart: (reason) => new Error(`The analysis could not start in the background: ${reason}`),
    crashed: (detail) => new Error(`The analysis worker stopped unexpectedly${detail}. It will start again after your next change.`),
  });
  return {
    analyze: (seq, map, committeeId = null, onFirstAnswer) =>
      runs
        .run(seq, { seq, map: analysisMapOf(map), committeeId }, (first) => void handOver(first).then((insights) => onFirstAnswer?.(insights)))
        .then(handOver),
    warm: () => runs.warm(),
    dispose: () => runs.stop((seq) => new AnalysisSupersededError(seq)),
  };
}
