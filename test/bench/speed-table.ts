// The speed table of `npm run bench` (issue 6): exact betweenness+closeness in one thread and on
// every core, the sampled first answer with its top-50 overlap and stated bound, the whole
// `analyze` as a process, and igraph on the same graph where it is installed.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parallelPartialSums, parallelShortestPathFigures } from '../../electron/main/analysis/parallel-betweenness';
import { shortestPathFigures } from '../../shared/graph/betweenness';
import { analyzeInStages } from '../../shared/analysis/staged-analysis';
import type { Insights } from '../../shared/analysis/types';
import type { MapDocument } from '../../shared/model';
import { buildTieGraph } from '../../shared/analysis/structure';
import { IGRAPH_MISSING, igraphAvailable, timeAnalyzeProcess, timeIgraph } from './external';
import { generateMap } from './generate-map';
import { textTable } from './text-table';

interface SpeedCase {
  readonly size: number;
  /** Ties per stakeholder: 6 gives the 5,000 / 15,000 map. */
  readonly tiesPer: number;
  /** Exact in one thread and the analyze process are skipped where they take minutes. */
  readonly singleThread: boolean;
  readonly process: boolean;
}

const CASES: readonly SpeedCase[] = [
  { size: 500, tiesPer: 6, singleThread: true, process: true },
  { size: 2_000, tiesPer: 6, singleThread: true, process: true },
  { size: 5_000, tiesPer: 6, singleThread: true, process: true },
  { size: 5_000, tiesPer: 3, singleThread: true, process: false },
  { size: 20_000, tiesPer: 3, singleThread: false, process: false },
];

const ms = (x: number | null) => (x === null ? '-' : x < 10 ? x.toFixed(1) : Math.round(x).toString());

function timeSync<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

/** Stops the staged analysis once its first answer is in: the bench has the exact figures already. */
class FirstAnswerTaken extends Error {}

/**
 * The app's first answer as its worker gives it (sampled betweenness, estimated closeness, every
 * other figure and every answer, pairs capped as in the app), with the searches on every core.
 */
async function timeFirstAnswer(map: MapDocument): Promise<[Insights, number]> {
  const started = performance.now();
  let first: Insights | null = null;
  let took = 0;
  try {
    await analyzeInStages(map, {
      includeConfidential: true,
      pairLimit: 500,
      stagedMinOrder: 0,
      runSearches: (graph, plan, withCloseness) => (withCloseness ? Promise.reject(new FirstAnswerTaken()) : parallelPartialSums(graph, plan, false)),
      onFirstAnswer: (insights) => {
        took = performance.now() - started;
        first = insights;
      },
    });
  } catch (error) {
    if (!(error instanceof FirstAnswerTaken)) throw error;
  }
  if (!first) throw new Error('the staged analysis gave no first answer');
  return [first, took];
}

function median<T>(values: readonly T[], by: (value: T) => number): T {
  return [...values].sort((x, y) => by(x) - by(y))[Math.floor(values.length / 2)]!;
}

function topOverlap(exact: Float64Array, estimate: Float64Array, count: number): number {
  const top = (values: Float64Array) => [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, count);
  const exactTop = new Set(top(exact));
  return top(estimate).filter((v) => exactTop.has(v)).length / count;
}

async function measure(c: SpeedCase, withIgraph: boolean): Promise<string[]> {
  const map = generateMap(c.size, 1, c.tiesPer);
  const graph = buildTieGraph(map);
  shortestPathFigures(buildTieGraph(generateMap(300, 2))); // warm the JIT before timing
  const cpuBefore = process.cpuUsage();
  const single = c.singleThread ? timeSync(() => shortestPathFigures(graph))[1] : null;
  const used = process.cpuUsage(cpuBefore);
  const singleCpu = (used.user + used.system) / 1000;
  const [exact, parallel] = await timeAsync(() => parallelShortestPathFigures(graph));
  const [first, firstMs] = await timeFirstAnswer(map);
  const estimate = first.estimate;
  const overlap = topOverlap(exact.betweenness, Float64Array.from(first.stakeholders, (s) => s.betweenness), 50);
  // Process start-up is at the mercy of whatever else the machine runs: each side runs five times,
  // taking turns, and the median run of each is compared.
  const runs = c.process ? [0, 1, 2, 3, 4].map(() => ({ analyze: timeAnalyzeProcess(map), igraph: withIgraph ? timeIgraph(map) : null })) : [];
  const analyze = c.process ? median(runs.map((r) => r.analyze), (t) => t.wall) : null;
  const igraph = withIgraph && c.process ? median(runs.map((r) => r.igraph!), (t) => t.process) : null;
  return [
    String(c.size),
    String(graph.size),
    single === null ? '-' : `${ms(single)} (${ms(singleCpu)})`,
    ms(parallel),
    single === null ? '-' : `${(single / parallel).toFixed(2)}x`,
    !estimate || estimate.samples >= c.size ? `${c.size} (=n)` : String(estimate.samples),
    ms(firstMs),
    `${Math.round(overlap * 100)}%`,
    !estimate || estimate.epsilon === 0 ? '0' : estimate.epsilon.toFixed(3),
    analyze === null ? '-' : `${ms(analyze.wall)} (${ms(analyze.cpu)})`,
    igraph ? `${ms(igraph.figures)}/${ms(igraph.process)}` : '-',
    igraph && analyze !== null ? (analyze.wall / igraph.process).toFixed(2) : '-',
  ];
}

export async function printSpeedTable(): Promise<void> {
  const withIgraph = igraphAvailable();
  const rows: string[][] = [];
  // `--sizes=500` (or `--sizes=500,2000`) runs only those rows, e.g. to check the CLI's start-up alone.
  const only = process.argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length).split(',').map(Number);
  for (const c of CASES) if (!only || only.includes(c.size)) rows.push(await measure(c, withIgraph));
  const header = ['stakeholders', 'links', 'exact 1 thread (cpu)', 'exact parallel', 'speed-up', 'sample k', 'first answer', 'top-50 overlap', 'epsilon', 'analyze process (cpu)', 'igraph fig/proc', 'ratio'];
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  console.log(`\nSpeed (milliseconds) on ${availableParallelism()} cores, ${cpu}, node ${process.version}`);
  for (const line of textTable(header, rows)) console.log(line);
  console.log(
    'exact: betweenness+closeness (Brandes); parallel uses every core (worker_threads, shared source counter). ' +
      'first answer: the whole analysis as the app\'s worker gives it first (betweenness from k pivots with linear scaling on every core, ' +
      'closeness from distances to the same pivots, every other figure and answer exact; the app does this from 8,000 stakeholders, the bench at every size); ' +
      'top-50 overlap: its top 50 by betweenness against the exact top 50 (goal >= 90% at 20,000); epsilon: every estimate is within it of exact with ' +
      'probability >= 90% (Hoeffding + union bound, Brandes & Pich 2007). analyze process: the built `coalition-map ' +
      'analyze <map> --json` start to finish. (cpu): CPU time, steady when other programs share the cores. igraph: its figures inside Python / its whole process; ratio: analyze ' +
      'process / igraph process, the median of five runs each, taking turns (goal <= 1.0; issue 14 asks <= 3 at 500 stakeholders).',
  );
  if (!withIgraph) console.log(IGRAPH_MISSING);
  console.log(`Load average while measuring: ${loadavg().map((x) => x.toFixed(1)).join(' ')}.`);
}
