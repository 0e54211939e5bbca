// Hands maps to the analysis worker and its answers back. One run at a time: a newer request
// ends a run still in progress (its answer would be dropped anyway), so a slow analysis of a
// big map never queues up behind itself.
import type { Insights } from '../../../shared/analysis';
import { analysisMapOf, type AnalysisMap } from '../../../shared/analysis/analysis-map';
import type { MapDocument } from '../../../shared/model';

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
   */
  | { readonly seq: number; readonly insights: Insights; readonly first?: boolean; readonly elapsedMs?: number }
  | { readonly seq: number; readonly error: string };

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

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

interface Job {
  readonly seq: number;
  readonly onFirstAnswer?: ((insights: Insights) => void) | undefined;
  resolve(insights: Insights): void;
  reject(error: Error): void;
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

export function createAnalysisClient(startWorker: () => WorkerLike = moduleWorker): AnalysisClient {
  let worker: WorkerLike | null = null;
  let job: Job | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  const settle = (reply: AnalysisReply) => {
    if (!job || reply.seq !== job.seq) return;
    if ('insights' in reply && reply.elapsedMs !== undefined) recordWorkerTime(reply.first === true, reply.elapsedMs);
    if ('insights' in reply && reply.first) {
      job.onFirstAnswer?.(reply.insights);
      return;
    }
    const done = job;
    job = null;
    if ('insights' in reply) done.resolve(reply.insights);
    else done.reject(new Error(`The analysis stopped with an error: ${reply.error}`));
  };

  const fail = (event: ErrorEvent) => {
    // A worker that errors outside a message handler (it failed to load, or ran out of memory)
    // is not trusted again: the next request starts a new one.
    stop();
    const done = job;
    job = null;
    const detail = event.message ? ` (${event.message})` : '';
    done?.reject(new Error(`The analysis worker stopped unexpectedly${detail}. It will start again after your next change.`));
  };

  const start = (): WorkerLike => {
    const created = startWorker();
    created.addEventListener('message', (event) => settle(event.data));
    created.addEventListener('error', fail);
    return created;
  };

  return {
    analyze(seq, map, committeeId = null, onFirstAnswer) {
      if (job) {
        job.reject(new AnalysisSupersededError(job.seq));
        job = null;
        stop();
      }
      return new Promise<Insights>((resolve, reject) => {
        try {
          worker ??= start();
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          reject(new Error(`The analysis could not start in the background: ${reason}`));
          return;
        }
        job = { seq, resolve, reject, onFirstAnswer };
        worker.postMessage({ seq, map: analysisMapOf(map), committeeId });
      });
    },
    warm() {
      try {
        worker ??= start();
      } catch {
        // The first analyze() reports it in words.
      }
    },
    dispose() {
      job?.reject(new AnalysisSupersededError(job.seq));
      job = null;
      stop();
    },
  };
}
