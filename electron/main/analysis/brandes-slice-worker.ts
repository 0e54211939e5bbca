// A worker thread of the parallel betweenness: drains the shared source counter and posts its
// partial sums back as transferred buffers (no copy). The graph arrays arrive by structured clone.
import { parentPort } from 'node:worker_threads';
import { drainSharedWork, type SharedWork } from './shared-brandes-work';

parentPort?.on('message', (work: SharedWork) => {
  const sums = drainSharedWork(work);
  // The sums are freshly allocated ArrayBuffers (never shared), so they can be handed over.
  const buffers = [sums.betweenness, sums.closeness, sums.distanceSums, sums.reachedBy].map((a) => a.buffer) as ArrayBuffer[];
  parentPort?.postMessage(sums, buffers);
});
