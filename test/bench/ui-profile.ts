// Where the first render of a big map spends its time: opens the built app on a generated map
// (as the UI bench does) with the V8 sampling profiler running from navigation until the map is
// drawn and interactive, then prints the heaviest functions by self time, the page's performance
// marks, and each backend call's duration and reply size as the e2e bridge carried it.
// Run: npx electron-vite build && npx tsx test/bench/ui-profile.ts [size=2000] [function:line ...]
// (the optional function:line names, as printed, list the call paths that spent their time).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { openOurs, type BackendCall } from './ui-pages';
import { dataDirWithMap, positionedMap } from './ui-fixture';
import { INTERACTIVE, READ_TIMINGS, type PageTimings } from './ui-probe';
import { printTable } from './ui-stats';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function shortUrl(url: string): string {
  return url.replace(/^.*\//, '') || '(native)';
}

/** Self time per function (ms), heaviest first. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

function frameName(node: ProfileNode | undefined): string {
  if (!node) return '?';
  const f = node.callFrame;
  return `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
}

/** For each of the heaviest functions, the call paths (up to `depth` callers) that spent its time. */
function callers(profile: Profile, names: readonly string[], depth: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const leaf = byId.get(id);
    if (!leaf || !names.includes(frameName(leaf))) return;
    const path: string[] = [];
    let at: number | undefined = id;
    for (let d = 0; d <= depth && at !== undefined; d += 1) {
      path.push(frameName(byId.get(at)));
      at = parent.get(at);
    }
    const key = path.join(' < ');
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
}

/** Time with each function anywhere on the stack (counted once per sample), heaviest first. */
function inclusiveTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(frameName(byId.get(at)));
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].filter(([n]) => !n.startsWith('(')).sort((a, b) => b[1] - a[1]);
}

/** Busy time per slice of the run, so idle waits (backend, worker) show apart from main-thread work. */
function timeline(profile: Profile, sliceMs: number): string[][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const slices: { busy: number; gc: number }[] = [];
  let t = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    const slot = (slices[Math.floor(t / sliceMs)] ??= { busy: 0, gc: 0 });
    const name = byId.get(id)?.callFrame.functionName;
    if (name === '(idle)') return;
    slot.busy += dt;
    if (name === '(garbage collector)') slot.gc += dt;
  });
  return [...slices.entries()].map(([i, s]) => [`${i * sliceMs}`, (s ?? { busy: 0 }).busy.toFixed(0), (s?.gc ?? 0).toFixed(0)]);
}

async function untilInteractive(evaluate: (expression: string) => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await evaluate(INTERACTIVE))) {
    if (Date.now() > deadline) throw new Error('the map was not interactive within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 2_000);
  const dir = await mkdtemp(join(tmpdir(), `coalition-ui-profile-${size}-`));
  const calls: BackendCall[] = [];
  try {
    await dataDirWithMap(dir, positionedMap(size));
    let cdp: CDPSession | null = null;
    const bench = await openOurs(dir, {
      onCall: (call) => calls.push(call),
      beforeNavigation: async (page) => {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      },
    });
    try {
      await untilInteractive((e) => bench.page.evaluate(e));
      const session = cdp as CDPSession | null;
      if (!session) throw new Error('the profiler did not start');
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      const timings = (await bench.page.evaluate(READ_TIMINGS)) as PageTimings;
      const timeOrigin = (await bench.page.evaluate('performance.timeOrigin')) as number;
      const marks = (await bench.page.evaluate(
        'performance.getEntriesByType("mark").concat(performance.getEntriesByType("measure")).map((e) => [e.name, e.startTime, e.duration])',
      )) as [string, number, number][];
      console.log(`${size} stakeholders: drawn ${timings.drawnAt?.toFixed(0)} ms, interactive ${timings.interactiveAt?.toFixed(0)} ms`);
      const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
      const rows = selfTimes(profile)
        .slice(0, 35)
        .map(([name, t]) => [t.toFixed(1), ((t / total) * 100).toFixed(1), name]);
      printTable(`Self time, navigation to interactive (${total.toFixed(0)} ms sampled)`, ['ms', '%', 'function'], rows);
      printTable('Inclusive time', ['ms', 'function'], inclusiveTimes(profile).slice(0, 60).map(([k, v]) => [v.toFixed(1), k]));
      printTable('Heaviest paths (leaf < callers)', ['ms', 'path'], callers(profile, process.argv.slice(3), 6).map(([k, v]) => [v.toFixed(1), k]));
      printTable('Timeline (profile clock)', ['from ms', 'busy ms', 'gc ms'], timeline(profile, 250));
      printTable('Marks and measures', ['name', 'start ms', 'duration ms'], marks.map(([n, s, d]) => [n, s.toFixed(1), d.toFixed(1)]));
      printTable(
        'Backend calls through the e2e bridge (Node side: parse + run + reply)',
        ['channel', 'started (page ms)', 'took ms', 'reply chars'],
        calls.map((c) => [c.name, (c.startedAt - timeOrigin).toFixed(0), c.took.toFixed(1), c.replyChars.toLocaleString('en')]),
      );
    } finally {
      await bench.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
