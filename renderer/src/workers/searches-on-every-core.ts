// Spreads Brandes' searches over every core from inside the analysis worker: the sources are cut
// into strided slices (costly sources often sit side by side, striding evens the slices out), one
// per helper worker, and this worker searches its own slice meanwhile. Partial sums add up in any
// order, so the figures equal a single-threaded run's. Where helpers cannot start or one fails,
// this worker searches the slice itself: slower, but the answer still comes.
import { brandesPartialSums, type AdjacencyArrays, type PartialSums, type SourcePlan } from '../../../shared/analysis/betweenness-core';
import { sliceOfSources } from '../../../shared/analysis/betweenness';
import type { RunSearches } from '../../../shared/analysis/staged-analysis';
import type { SliceReply, SliceRequest } from './brandes-slice-protocol';

/** What the runner needs of a Worker; tests pass an in-process stand-in. */
export interface SliceWorker {
  postMessage(message: SliceRequest): void;
  onmessage: ((event: MessageEvent<SliceReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Below this many sources a helper's start-up costs more than its share saves. */
export const MIN_SOURCES_PER_THREAD = 400;

function helperWorker(): SliceWorker {
  return new Worker(new URL('./brandes-slice.worker.ts', import.meta.url), { type: 'module' }) as SliceWorker;
}

function runOnHelper(worker: SliceWorker, request: SliceRequest): Promise<PartialSums> {
  return new Promise<PartialSums>((resolve, reject) => {
    worker.onmessage = (event) => {
      if ('sums' in event.data) resolve(event.data.sums);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`a betweenness helper stopped${event.message ? ` (${event.message})` : ''}`));
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

export function searchesOnEveryCore(threads: number, start: () => SliceWorker = helperWorker): RunSearches {
  return async (graph: AdjacencyArrays, plan: SourcePlan, withCloseness: boolean) => {
    const count = Math.max(1, Math.min(Math.floor(threads), Math.floor(plan.sources.length / MIN_SOURCES_PER_THREAD)));
    // Only the graph's own arrays travel (copied once per helper), not the whole compact graph.
    const arrays: AdjacencyArrays = { order: graph.order, offsets: graph.offsets, neighbours: graph.neighbours };
    const helpers: SliceWorker[] = [];
    try {
      for (let i = 1; i < count; i += 1) helpers.push(start());
    } catch {
      // No helper could start (no nested workers here): this worker searches every slice itself.
    }
    const sliceHere = (index: number) => brandesPartialSums(arrays, plan, sliceOfSources(plan.sources, index, count), withCloseness);
    // A helper that fails hands its slice back to this worker, so the answer still comes.
    const away = Promise.all(
      Array.from({ length: count - 1 }, (_, i) => {
        const helper = helpers[i];
        if (!helper) return Promise.resolve().then(() => sliceHere(i + 1));
        return runOnHelper(helper, { graph: arrays, plan, sources: sliceOfSources(plan.sources, i + 1, count), withCloseness }).catch(() => sliceHere(i + 1));
      }),
    );
    away.catch(() => undefined); // awaited below; this only marks an early failure as seen
    try {
      // Let the helpers' messages leave before this worker gets busy with its own slice.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const here = sliceHere(0);
      return [here, ...(await away)];
    } finally {
      for (const helper of helpers) helper.terminate();
    }
  };
}
