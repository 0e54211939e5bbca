// Spreads Brandes' searches over every core from inside the analysis worker: the sources are cut
// into strided slices (costly sources often sit side by side, striding evens the slices out), one
// per helper worker, and this worker searches its own slice meanwhile. Partial sums add up in any
// order, so the figures equal a single-threaded run's.
//
// Helpers are started ahead (with the analysis worker, which starts with the window) and kept for
// the next run, and a slice goes only to a helper that has said it is ready. That matters: a
// nested worker's script is loaded through this worker's own event loop, so a helper started just
// before this worker gets busy with its own slice would only begin once that slice was done, and
// the searches would run one after the other. A helper that fails, or is not ready in time, has
// its slice searched here: slower, but the answer still comes.
import { brandesPartialSums, type AdjacencyArrays, type PartialSums, type SourcePlan } from '../../../shared/graph/betweenness-core';
import { sliceOfSources } from '../../../shared/graph/betweenness';
import type { RunSearches } from '../../../shared/analysis/staged-analysis';
import type { SliceReply, SliceRequest } from './brandes-slice-protocol';

/** What the runner needs of a Worker; tests pass an in-process stand-in. */
export interface SliceWorker {
  postMessage(message: SliceRequest): void;
  onmessage: ((event: MessageEvent<SliceReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Below this many sources a helper's share is not worth sending the graph for. */
export const MIN_SOURCES_PER_THREAD = 400;
/** How long a run waits for a helper that has not said it is ready before searching its slice here. */
export const READY_TIMEOUT_MS = 3_000;

/**
 * How many threads search, given the machine's logical cores: all but one, at least one. The core
 * left over keeps the window answering while the exact answer is worked out; with searches on every
 * core, a 27 ms task of the window took 120 ms and more by the clock on two cores, waiting for a
 * core (sync-ui-bench, 5 December 2026). On two cores the exact answer then takes about twice as long.
 */
export function searchThreadsFor(cores: number | undefined): number {
  const known = cores !== undefined && Number.isFinite(cores) ? Math.floor(cores) : 1;
  return Math.max(1, known - 1);
}

function helperWorker(): SliceWorker {
  return new Worker(new URL('./brandes-slice.worker.ts', import.meta.url), { type: 'module' }) as SliceWorker;
}

interface Helper {
  readonly worker: SliceWorker;
  /** True once the helper said it is ready; false if it failed first. */
  readonly ready: Promise<boolean>;
  /** Set while a slice is out: where its answer goes. */
  pending: { resolve(sums: PartialSums): void; reject(error: Error): void } | null;
}

function startHelper(start: () => SliceWorker): Helper | null {
  let worker: SliceWorker;
  try {
    worker = start();
  } catch {
    return null; // no nested workers here: this worker searches every slice itself
  }
  let markReady: (ready: boolean) => void = () => {};
  const helper: Helper = { worker, ready: new Promise<boolean>((resolve) => (markReady = resolve)), pending: null };
  worker.onmessage = (event) => {
    const reply = event.data;
    if ('ready' in reply) return markReady(true);
    const pending = helper.pending;
    helper.pending = null;
    if ('sums' in reply) pending?.resolve(reply.sums);
    else pending?.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    markReady(false);
    const pending = helper.pending;
    helper.pending = null;
    pending?.reject(new Error(`a betweenness helper stopped${event.message ? ` (${event.message})` : ''}`));
  };
  return helper;
}

function readyWithin(helper: Helper, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([helper.ready, late]).finally(() => clearTimeout(timer));
}

function searchOnHelper(helper: Helper, request: SliceRequest): Promise<PartialSums> {
  return new Promise<PartialSums>((resolve, reject) => {
    helper.pending = { resolve, reject };
    helper.worker.postMessage(request);
  });
}

export interface SearchesOnEveryCore {
  readonly run: RunSearches;
  /** Starts the helpers now, so their scripts load while this worker is idle. */
  warm(): void;
}

export function searchesOnEveryCore(threads: number, start: () => SliceWorker = helperWorker, readyTimeoutMs = READY_TIMEOUT_MS): SearchesOnEveryCore {
  const helperCount = Math.max(0, Math.floor(threads) - 1);
  /** Helpers not busy with a run. */
  const idle: Helper[] = [];

  const take = (count: number): Helper[] => {
    const taken = idle.splice(0, count);
    while (taken.length < count) {
      const helper = startHelper(start);
      if (!helper) break;
      taken.push(helper);
    }
    return taken;
  };
  const giveBack = (helper: Helper, healthy: boolean) => {
    if (healthy && idle.length < helperCount) idle.push(helper);
    else helper.worker.terminate();
  };

  const run: RunSearches = async (graph: AdjacencyArrays, plan: SourcePlan, withCloseness: boolean) => {
    const count = Math.max(1, Math.min(Math.floor(threads), Math.floor(plan.sources.length / MIN_SOURCES_PER_THREAD)));
    // Only the graph's own arrays travel (copied once per helper), not the whole compact graph.
    const arrays: AdjacencyArrays = { order: graph.order, offsets: graph.offsets, neighbours: graph.neighbours };
    const sliceHere = (index: number) => brandesPartialSums(arrays, plan, sliceOfSources(plan.sources, index, count), withCloseness);
    const helpers = take(count - 1);
    // Waiting here (this worker idle) is what lets a new helper's script load.
    const ready = await Promise.all(helpers.map((helper) => readyWithin(helper, readyTimeoutMs)));
    const healthy = helpers.map((_, i) => ready[i] === true);
    const away = Array.from({ length: count - 1 }, (_, i) => {
      const helper = helpers[i];
      if (!helper || !healthy[i]) return null;
      return searchOnHelper(helper, { graph: arrays, plan, sources: sliceOfSources(plan.sources, i + 1, count), withCloseness }).catch(() => {
        healthy[i] = false;
        return null;
      });
    });
    // Let the slices leave before this worker gets busy with its own.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const here = sliceHere(0);
    const fromHelpers = await Promise.all(away);
    helpers.forEach((helper, i) => giveBack(helper, healthy[i] === true));
    // A slice whose helper failed, was not ready or never started is searched here.
    return [here, ...fromHelpers.map((sums, i) => sums ?? sliceHere(i + 1))];
  };

  return {
    run,
    warm: () => {
      if (idle.length === 0) idle.push(...take(helperCount));
    },
  };
}
