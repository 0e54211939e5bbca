// Where the window's thread goes while a big map opens, from Chromium's own performance trace
// (not the V8 sampler, which files layout, paint, IPC and JSON parsing under "(program)"): opens
// the built app on a generated map with tracing on, until the map is interactive plus `settle` ms,
// then prints each main-thread task over 30 ms with the trace events that filled it.
// Run: npx electron-vite build && npx tsx test/bench/ui-trace.ts [size=20000] [settle ms=3000]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openOurs } from './ui-pages';
import { dataDirWithMap, positionedMap } from './ui-fixture';
import { INTERACTIVE, READ_TIMINGS, type PageTimings } from './ui-probe';
import { printTable } from './ui-stats';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread time: what the task cost the CPU, apart from waiting for a core on a loaded machine. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly functionName?: string; readonly url?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'];
/** Events too generic to name a task by. */
const GENERIC = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'RunMicrotasks', 'V8.RunMicrotasks']);

/** The renderer main thread that ran the most (other renderers here are blank pages). */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const named = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (t: TraceEvent) => events.reduce((sum, e) => (e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask' ? sum + (e.dur ?? 0) : sum), 0);
  const best = named.map((t) => [t, busy(t)] as const).sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('no renderer main thread in the trace');
  return { pid: best[0].pid, tid: best[0].tid };
}

function label(e: TraceEvent): string {
  const data = e.args?.data;
  if (data?.functionName) return `${e.name} ${data.functionName}`;
  if (data?.url) return `${e.name} ${data.url.replace(/^.*\//, '')}`;
  return e.name;
}

/** Per task over `minMs`: start (ms from navigation), wall and CPU length, and its heaviest inner events by total time. */
function tasks(events: readonly TraceEvent[], origin: number, minMs: number): string[][] {
  const { pid, tid } = mainThread(events);
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const tops = own.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) / 1000 >= minMs);
  return tops.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inner = new Map<string, number>();
    for (const e of own) {
      if (e === task || e.ts < task.ts || e.ts >= end || GENERIC.has(e.name)) continue;
      const key = label(e);
      inner.set(key, Math.max(inner.get(key) ?? 0, 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...inner.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    return [((task.ts - origin) / 1000).toFixed(0), ((task.dur ?? 0) / 1000).toFixed(0), ((task.tdur ?? 0) / 1000).toFixed(0), top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')];
  });
}

/** Main-thread CPU from navigation to `interactive` (ms, page clock), and the most CPU of one task before and after it. */
function cpuSummary(events: readonly TraceEvent[], origin: number, interactive: number): string {
  const { pid, tid } = mainThread(events);
  const runs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= origin);
  const at = (e: TraceEvent) => (e.ts - origin) / 1000;
  const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
  const before = runs.filter((e) => at(e) < interactive);
  const after = runs.filter((e) => at(e) >= interactive);
  const total = before.reduce((sum, e) => sum + cpu(e), 0);
  const most = (list: readonly TraceEvent[]) => Math.max(0, ...list.map(cpu)).toFixed(0);
  return `window thread CPU to interactive ${total.toFixed(0)} ms; most CPU in one task: ${most(before)} ms before interactive, ${most(after)} ms after`;
}

async function untilInteractive(page: Page): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (!(await page.evaluate(INTERACTIVE))) {
    if (Date.now() > deadline) throw new Error('the map was not interactive within 180 s');
    await page.waitForTimeout(50);
  }
}

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 20_000);
  const settle = Number(process.argv[3] ?? 3_000);
  const dir = await mkdtemp(join(tmpdir(), `coalition-ui-trace-${size}-`));
  const tracePath = join(dir, 'trace.json');
  try {
    await dataDirWithMap(dir, positionedMap(size));
    const bench = await openOurs(dir, {
      beforeNavigation: async (page) => {
        await page.context().browser()!.startTracing(page, { path: tracePath, categories: CATEGORIES });
      },
    });
    try {
      await untilInteractive(bench.page);
      await bench.page.waitForTimeout(settle);
      const timings = (await bench.page.evaluate(READ_TIMINGS)) as PageTimings;
      await bench.page.context().browser()!.stopTracing();
      const { traceEvents } = JSON.parse(await readFile(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
      const nav = traceEvents.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame');
      const origin = nav?.ts ?? Math.min(...traceEvents.filter((e) => e.ts > 0).map((e) => e.ts));
      console.log(`${size} stakeholders: drawn ${timings.drawnAt?.toFixed(0)} ms, interactive ${timings.interactiveAt?.toFixed(0)} ms (page clock)`);
      console.log(cpuSummary(traceEvents, origin, timings.interactiveAt ?? Infinity));
      printTable('Window tasks over 30 ms (trace clock, ms from navigation start)', ['start', 'wall ms', 'CPU ms', 'inside (total wall ms per event)'], tasks(traceEvents, origin, 30));
    } finally {
      await bench.close();
    }
  } finally {
    if (!process.env.KEEP_TRACE) await rm(dir, { recursive: true, force: true });
    else console.log(tracePath);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
