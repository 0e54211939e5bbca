// Where the first render of a big map spends its time: opens the built app on a generated map
// (as the UI bench does) with the V8 sampling profiler running from navigation until the map is
// drawn and interactive, then prints the heaviest functions by self time, the page's performance
// marks, and each backend call's duration and reply size as the e2e bridge carried it.
// Run: npx electron-vite build && npx tsx test/bench/ui-profile.ts [size=2000] [function:line ...]
// (the optional function:line names, as printed, list the call paths that spent their time).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { openOurs, type BackendCall } from './ui-pages';
import { dataDirWithMap, positionedMap } from './ui-fixture';
import { INTERACTIVE, READ_TIMINGS, type PageTimings } from './ui-probe';
import { printTable } from './ui-stats';
import { calleesOf, callers, inclusiveTimes, selfTimes, timeline, type Profile } from './ui-cpu-profile';

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
      // PROFILE_SETTLE=ms keeps profiling that long after interactive (the deferred renders, the analysis).
      await bench.page.waitForTimeout(Number(process.env.PROFILE_SETTLE ?? 0));
      const session = cdp as CDPSession | null;
      if (!session) throw new Error('the profiler did not start');
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      // PROFILE_OUT=file.cpuprofile keeps the profile for Chromium's DevTools or a script.
      if (process.env.PROFILE_OUT) await writeFile(process.env.PROFILE_OUT, JSON.stringify(profile));
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
      const named = process.argv.slice(3);
      printTable('Heaviest paths (leaf < callers)', ['ms', 'path'], callers(profile, named, 6).map(([k, v]) => [v.toFixed(1), k]));
      printTable('Under the named functions', ['ms', 'callee'], calleesOf(profile, named).map(([k, v]) => [v.toFixed(1), k]));
      printTable('Timeline (profile clock)', ['from ms', 'busy ms', 'gc ms'], timeline(profile, 250));
      printTable('Marks and measures', ['name', 'start ms', 'duration ms'], marks.map(([n, s, d]) => [n, s.toFixed(1), d.toFixed(1)]));
      // The same reply again, timed from the page, and what a structured clone of it costs (Electron's
      // IPC serialises with the same algorithm, so this approximates the app's transfer).
      const [roundTrip, clone, parse] = (await bench.page.evaluate(`(async () => {
        const t0 = performance.now();
        const reply = await window.coalition.startSession({});
        const t1 = performance.now();
        structuredClone(reply);
        const t2 = performance.now();
        const text = JSON.stringify(reply);
        const t3 = performance.now();
        JSON.parse(text);
        return [t1 - t0, t2 - t1, performance.now() - t3];
      })()`)) as [number, number, number];
      const again = calls.at(-1);
      console.log(
        `\nstartSession again from the page: ${roundTrip.toFixed(0)} ms round trip, of which the backend ${again?.took.toFixed(0)} ms; ` +
          `a structured clone of the reply in the page: ${clone.toFixed(0)} ms (Electron's IPC: written in main, read here); ` +
          `JSON.parse of its text in the page: ${parse.toFixed(0)} ms (the bridge's fetched reply)`,
      );
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
