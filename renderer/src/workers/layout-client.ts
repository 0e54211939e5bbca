// Asks the layout worker for positions. If the worker cannot start (an unusual embedding), the
// same code runs on the main thread after a paint, so the map still appears.
import type { MapDocument } from '../../../shared/model';
import type { LayoutRequest, LayoutResult } from './layout-core';

let worker: Worker | null = null;
let workerBroken = false;
let jobSeq = 0;

function requestFor(map: MapDocument): LayoutRequest {
  return { nodes: map.stakeholders.map((s) => s.id), edges: map.ties.map((t) => [t.source, t.target] as const) };
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

export function layoutMap(map: MapDocument): Promise<LayoutResult> {
  const request = requestFor(map);
  if (workerBroken) return inThread(request);
  try {
    worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return inThread(request);
  }
  const active = worker;
  jobSeq += 1;
  const job = jobSeq;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ job: number; positions?: LayoutResult; error?: string }>) => {
      if (event.data.job !== job) return;
      cleanup();
      if (event.data.positions) resolve(event.data.positions);
      else reject(new Error(event.data.error ?? 'the layout worker gave no positions'));
    };
    const onError = () => {
      cleanup();
      workerBroken = true;
      worker = null;
      inThread(request).then(resolve, reject);
    };
    const cleanup = () => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
    };
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    active.postMessage({ job, ...request });
  });
}
