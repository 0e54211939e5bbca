// The bench's worker thread: the same analysis code the renderer will run in a Web Worker.
// It either generates the map itself (pure compute time) or receives it by message (what the
// app does, paying for the copy both ways).
import { parentPort } from 'node:worker_threads';
import { analyzeMap } from '../../shared/analysis';
import type { MapDocument } from '../../shared/model';
import { generateMap } from './generate-map';

export type WorkerRequest = { kind: 'generate'; size: number; seed: number; runs: number } | { kind: 'map'; map: MapDocument };
export type WorkerReply = { kind: 'timings'; milliseconds: number[] } | { kind: 'insights'; stakeholders: number };

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'generate') {
    const map = generateMap(request.size, request.seed);
    const milliseconds: number[] = [];
    for (let run = 0; run < request.runs; run += 1) {
      const started = performance.now();
      analyzeMap(map);
      milliseconds.push(performance.now() - started);
    }
    parentPort?.postMessage({ kind: 'timings', milliseconds } satisfies WorkerReply);
    return;
  }
  const insights = analyzeMap(request.map);
  // Send the whole result back, as the app's worker would, so the copy is part of the cost.
  parentPort?.postMessage({ kind: 'insights', stakeholders: insights.stakeholders.length, insights });
});
