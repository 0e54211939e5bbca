// Spreads Brandes' searches over every core from inside the analysis worker: the sources are cut
// into strided slices (costly sources often sit side by side, striding evens the slices out), one
// per helper worker, and this worker searches its own slice meanwhile. Partial sums add up in any
// order, so the figures equal a single-threaded run's.
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
    const helpers = Array.from({ length: count - 1 }, () => start());
    // Handled from the start: a helper may fail while this worker is busy with its own slice.
    const away = Promise.all(
      helpers.map((helper, i) => runOnHelper(helper, { graph: arrays, plan, sources: sliceOfSources(plan.sources, i + 1, count), withCloseness })),
    );
    away.catch(() => undefined); // awaited below; this only marks an early failure as seen
    try {
      // Let the helpers' messages leave before this worker gets busy with its own slice.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const here = brandesPartialSums(arrays, plan, sliceOfSources(plan.sources, 0, count), withCloseness);
      return [here, ...(await away)];
    } finally {
      // After a failure the others' sums are of no use: stop them rather than let them finish.
      for (const helper of helpers) helper.terminate();
    }
  };
}
