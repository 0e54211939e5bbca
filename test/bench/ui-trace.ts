// Where the window's thread goes while a big map opens, from Chromium's own performance trace
// (not the V8 sampler, which files layout, paint, IPC and JSON parsing under "(program)"): opens
// the built app on a generated map with tracing on, until the map is interactive plus `settle` ms,
// then prints each main-thread task over 30 ms with the trace events that filled it.
// Run: npx electron-vite build && npx tsx test/bench/ui-trace.ts [size=20000] [settle ms=3000]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openOurs } from './ui-pages';
import { dataDirWithMap, positionedMap } from './ui-fixture';
import { INTERACTIVE, READ_TIMINGS, type PageTimings } from './ui-probe';
import { printTable } from './ui-stats';
import { mainThread, traceOrigin, traceWindow, windowTasks, type TraceEvent } from './ui-trace-read';

/** Events too generic to name a task by. */
const GENERIC = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'RunMicrotasks', 'V8.RunMicrotasks']);

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
function cpuSummary(events: readonly TraceEvent[], interactive: number): string {
  const runs = windowTasks(events);
  const before = runs.filter((t) => t.start < interactive);
  const after = runs.filter((t) => t.start >= interactive);
  const total = before.reduce((sum, t) => sum + t.cpu, 0);
  const most = (list: readonly { cpu: number }[]) => Math.max(0, ...list.map((t) => t.cpu)).toFixed(0);
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
    let stop: (() => Promise<TraceEvent[]>) | null = null;
    const bench = await openOurs(dir, {
      beforeNavigation: async (page) => {
        stop = await traceWindow(page, tracePath);
      },
    });
    try {
      await untilInteractive(bench.page);
      await bench.page.waitForTimeout(settle);
      const timings = (await bench.page.evaluate(READ_TIMINGS)) as PageTimings;
      const read = stop as (() => Promise<TraceEvent[]>) | null;
      if (!read) throw new Error('tracing did not start');
      const traceEvents = await read();
      const origin = traceOrigin(traceEvents);
      console.log(`${size} stakeholders: drawn ${timings.drawnAt?.toFixed(0)} ms, interactive ${timings.interactiveAt?.toFixed(0)} ms (page clock)`);
      console.log(cpuSummary(traceEvents, timings.interactiveAt ?? Infinity));
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
