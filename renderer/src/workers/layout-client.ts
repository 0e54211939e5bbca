// Asks the layout worker for positions, one layout at a time (the arrange hook never asks for a
// second while one runs). If the worker cannot start or breaks (an unusual embedding), the same
// code runs on the main thread after a paint, so the map still appears.
import type { MapDocument } from '../../../shared/model';
import type { LayoutRequest, LayoutResult } from './layout-core';
import { createSingleJobClient } from './single-job-client';

type LayoutMessage = LayoutRequest & { readonly job: number };
type LayoutReply = { readonly job: number; readonly positions?: LayoutResult; readonly error?: string };

/** The worker could not start or stopped unexpectedly: the layout runs in the window instead. */
class LayoutWorkerUnavailable extends Error {}

const layouts = createSingleJobClient<LayoutMessage, LayoutReply, LayoutResult>({
  startWorker: () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
  jobOf: (reply) => reply.job,
  read: (reply) => (reply.positions ? { result: reply.positions } : { error: new Error(reply.error ?? 'the layout worker gave no positions') }),
  endWorkerOnNewJob: false,
  superseded: () => new Error('a newer layout replaced this one'),
  cannotStart: (reason) => new LayoutWorkerUnavailable(reason),
  crashed: (detail) => new LayoutWorkerUnavailable(`the layout worker stopped${detail}`),
});
let workerBroken = false;
let jobSeq = 0;

/** What the layout needs besides the graph: the choice, and for concentric each node's value. */
export interface LayoutOptions {
  readonly choice?: LayoutRequest['choice'];
  readonly value?: LayoutRequest['value'];
}

function requestFor(map: MapDocument, options: LayoutOptions): LayoutRequest {
  const base = { nodes: map.stakeholders.map((s) => s.id), edges: map.ties.map((t) => [t.source, t.target] as const) };
  if (!options.choice) return base;
  const { name } = options.choice;
  const group = name === 'grouped' || name === 'circle' ? Object.fromEntries(map.stakeholders.map((s) => [s.id, s.categories[0] ?? ''])) : undefined;
  const positions = name === 'no-overlap' ? Object.fromEntries(map.stakeholders.flatMap((s) => (s.position ? [[s.id, s.position]] : []))) : undefined;
  return { ...base, choice: options.choice, ...(options.value ? { value: options.value } : {}), ...(group ? { group } : {}), ...(positions ? { positions } : {}) };
}

/** The fallback loads the layout code only when needed, so it does not weigh on the window's start. */
function inThread(request: LayoutRequest): Promise<LayoutResult> {
  return import('./layout-core').then(
    ({ computeLayout }) =>
      new Promise((resolve, reject) => {
        setTimeout(() => {
          try {
            resolve(computeLayout(request));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }, 30);
      }),
  );
}

export function layoutMap(map: MapDocument, options: LayoutOptions = {}): Promise<LayoutResult> {
  const request = requestFor(map, options);
  if (workerBroken) return inThread(request);
  jobSeq += 1;
  return layouts.run(jobSeq, { job: jobSeq, ...request }).catch((error: unknown) => {
    if (!(error instanceof LayoutWorkerUnavailable)) throw error;
    workerBroken = true;
    return inThread(request);
  });
}
