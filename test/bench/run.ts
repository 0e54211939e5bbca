// `npm run bench`: times the whole analysis and each figure on generated maps of 500, 2,000 and
// 5,000 stakeholders, in this process and in a worker thread (medians of a few runs), then the
// speed table of issue 6 (speed-table.ts). `npx tsx test/bench/run.ts --speed` prints only the latter.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeMap } from '../../shared/analysis';
import type { MapDocument } from '../../shared/model';
import { generateMap } from './generate-map';
import { timeGraphology } from './graphology-figures';
import { printSpeedTable } from './speed-table';
import { printSyncTable } from './sync-bench';
import { textTable } from './text-table';
import type { WorkerReply, WorkerRequest } from './worker';

const SIZES = [500, 2_000, 5_000];
/** Median of this many timed runs, after one warm-up run. */
const RUNS = 3;
const FIGURES = ['graph', 'degree', 'betweenness+closeness', 'pagerank', 'coreNumber', 'communities', 'components', 'cutPoints', 'answers'];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function inProcess(map: MapDocument): { total: number; cpu: number; figures: Map<string, number> } {
  const totals: number[] = [];
  const cpu: number[] = [];
  const perFigure = new Map<string, number[]>();
  analyzeMap(map); // warm-up: let the JIT compile the hot loops before we time them
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    analyzeMap(map, { onTiming: (figure, ms) => perFigure.set(figure, [...(perFigure.get(figure) ?? []), ms]) });
    totals.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { total: median(totals), cpu: median(cpu), figures: new Map([...perFigure].map(([k, v]) => [k, median(v)])) };
}

function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(request);
  });
}

async function inWorker(size: number, map: MapDocument): Promise<{ compute: number; roundTrip: number }> {
  const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
  try {
    const reply = await ask(worker, { kind: 'generate', size, seed: 1, runs: RUNS + 1 });
    if (reply.kind !== 'timings') throw new Error('bench worker: expected timings');
    const compute = median(reply.milliseconds.slice(1));
    const trips: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      await ask(worker, { kind: 'map', map });
      trips.push(performance.now() - started);
    }
    return { compute, roundTrip: median(trips) };
  } finally {
    await worker.terminate();
  }
}

const ms = (x: number | undefined) => (x === undefined ? '-' : x < 10 ? x.toFixed(1) : Math.round(x).toString());

async function main(): Promise<void> {
  if (!process.argv.includes('--speed')) await printFigureTable();
  await printSpeedTable();
  if (!process.argv.includes('--speed')) await printSyncTable();
}

async function printFigureTable(): Promise<void> {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const map = generateMap(size, 1);
    const here = inProcess(map);
    const away = await inWorker(size, map);
    timeGraphology(map); // warm-up, as for our own
    const graphology = median(Array.from({ length: RUNS }, () => timeGraphology(map)));
    rows.push([
      String(size),
      String(map.ties.length),
      ms(here.total),
      ms(here.cpu),
      ...FIGURES.map((f) => ms(here.figures.get(f))),
      ms(away.compute),
      ms(away.roundTrip),
      ms(graphology),
    ]);
  }
  const header = ['stakeholders', 'ties', 'whole', 'cpu', ...FIGURES, 'worker', 'worker+copy', 'graphology'];
  console.log(`Analysis time in milliseconds (median of ${RUNS} runs; node ${process.version})`);
  for (const line of textTable(header, rows)) console.log(line);
  console.log(
    'whole: wall-clock time of analyzeMap; cpu: its CPU time (steadier on a busy machine); worker: the whole ' +
      'analysis inside a worker thread; worker+copy: posting the map in and the insights back; graphology: ' +
      'graphology-metrics and graphology-communities-louvain computing degree, betweenness, closeness, pagerank ' +
      'and communities on the same graph.',
  );
  console.log(`Load average while measuring: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
