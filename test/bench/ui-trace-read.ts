// Reading Chromium's performance trace of the app's window (playwright-core's startTracing): the
// window's main thread and each of its tasks with its wall and CPU time. CPU time is what a task
// cost the window; on a loaded machine its wall time is mostly waiting for a core.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface TraceEvent {
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

export const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'];

/** The renderer main thread that ran the most (other renderers here are blank pages). */
export function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const named = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (t: TraceEvent) => events.reduce((sum, e) => (e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask' ? sum + (e.dur ?? 0) : sum), 0);
  const best = named.map((t) => [t, busy(t)] as const).sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('no renderer main thread in the trace');
  return { pid: best[0].pid, tid: best[0].tid };
}

/** One task of the window's main thread: start (ms from navigation start), wall and CPU ms. */
export interface WindowTask {
  readonly start: number;
  readonly wall: number;
  readonly cpu: number;
}

/** The navigation start, in the trace's clock (µs). */
export function traceOrigin(events: readonly TraceEvent[]): number {
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame');
  return nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
}

export function windowTasks(events: readonly TraceEvent[]): WindowTask[] {
  const { pid, tid } = mainThread(events);
  const origin = traceOrigin(events);
  return events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= origin)
    .map((e) => ({ start: (e.ts - origin) / 1000, wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }));
}

/** Starts tracing `page` into `path` (call before it navigates); the returned function stops and reads it. */
export async function traceWindow(page: Page, path: string): Promise<() => Promise<TraceEvent[]>> {
  const browser = page.context().browser();
  if (!browser) throw new Error("tracing needs the page's browser");
  await browser.startTracing(page, { path, categories: CATEGORIES });
  return async () => {
    await browser.stopTracing();
    return (JSON.parse(await readFile(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  };
}
