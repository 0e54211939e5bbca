// The rendering half of issue 6's bench: for generated maps with saved positions, time from
// navigation to the map drawn and interactive, and frame times during a scripted pan and zoom, for
// the app and for plain Cytoscape defaults on the same graph in the same run, and at 10,000 and
// 20,000 for Cytoscape's WebGL renderer and sigma (WebGL), with each page's JS heap. Then the file bench
// (io-bench.ts), and the analysis as the window gives it on big maps (ui-analysis.ts). Numbers are
// printed, never asserted. Last, the list grid at 20,000 (list-bench.ts). `--ui`, `--analysis`, `--io`,
// `--sync` (a shared map, sync-ui-bench.ts) or `--list` runs one part only.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runIoBench } from './io-bench';
import { runListBench } from './list-bench';
import { runSyncUiBench } from './sync-ui-bench';
import { runAnalysisInWindowBench } from './ui-analysis';
import { dataDirWithMap, positionedMap } from './ui-fixture';
import { openOurs, openPlain, type BenchPage } from './ui-pages';
import { openSigma } from './ui-sigma';
import { INTERACTIVE, READ_TIMINGS, type PageTimings } from './ui-probe';
import { median, ms, percentile, printTable, verdict } from './ui-stats';

const SIZES = [2_000, 10_000, 20_000];
const GOALS: Record<number, number> = { 2_000: 1_000, 10_000: 3_000, 20_000: 6_000 };
/** Sizes at which the WebGL renderers (Cytoscape's and sigma) are measured next to ours (issue 17). */
const WEBGL_SIZES = new Set([10_000, 20_000]);

interface Measured {
  /** When the map reached the graph (the app's `map:open` mark); null for plain Cytoscape. */
  readonly mapOpen: number | null;
  /** When the page asked for the map (the app's first backend call; plain Cytoscape's fetch). */
  readonly asked: number | null;
  readonly drawn: number | null;
  readonly interactive: number | null;
  readonly longestTask: number;
  readonly frames: readonly number[];
  /** How long the app's canvas took to draw its last full frame (null for plain Cytoscape). */
  readonly fullFrame: number | null;
  /** On the plain page: whether Cytoscape drew with WebGL (null on the app's page). */
  readonly webgl: boolean | null;
  /** The page's JS heap in use after the pan and zoom (Chromium's performance.memory), bytes. */
  readonly heap: number | null;
}

/** The same gestures on both pages: drag the background from an empty corner, wheel in, wheel out. */
async function panAndZoom(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number[]> {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate('window.__benchRecord(true)');
  await page.mouse.move(box.x + 6, box.y + 6);
  await page.mouse.down();
  for (let i = 1; i <= 30; i += 1) {
    await page.mouse.move(box.x + 6 + i * 12, box.y + 6 + i * 6);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.mouse.move(cx, cy);
  for (const direction of [-1, 1]) {
    for (let i = 0; i < 10; i += 1) {
      await page.mouse.wheel(0, direction * 100);
      await page.waitForTimeout(30);
    }
  }
  await page.waitForTimeout(400); // the full redraw after the gesture ends counts too
  return (await page.evaluate('window.__benchRecord(false)')) as number[];
}

/** Polls from here: the app's CSP forbids the string evaluation waitForFunction would use. */
async function waitUntilInteractive(page: Page): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await page.evaluate(INTERACTIVE))) {
    if (Date.now() > deadline) throw new Error('the map was not drawn and interactive within 120 s');
    await page.waitForTimeout(50);
  }
}

async function measure(open: () => Promise<BenchPage>): Promise<Measured & { box: { x: number; y: number; width: number; height: number } }> {
  const bench = await open();
  try {
    await waitUntilInteractive(bench.page);
    const timings = (await bench.page.evaluate(READ_TIMINGS)) as PageTimings;
    const mapOpen = (await bench.page.evaluate('performance.getEntriesByName("map:open")[0]?.startTime ?? null')) as number | null;
    const asked = (await bench.page.evaluate('performance.getEntriesByName("session:asked")[0]?.startTime ?? null')) as number | null;
    const box = await bench.page.locator(bench.canvas).first().boundingBox();
    if (!box) throw new Error('the map canvas has no size');
    await bench.page.waitForTimeout(500);
    const frames = await panAndZoom(bench.page, box);
    const drawMs = (await bench.page.evaluate('document.querySelector(".map-canvas canvas")?.dataset.drawMs ?? null')) as string | null;
    const webgl = (await bench.page.evaluate('window.__webglUsed ?? null')) as boolean | null;
    const heap = (await bench.page.evaluate('performance.memory?.usedJSHeapSize ?? null')) as number | null;
    const until = timings.interactiveAt ?? Infinity;
    const longestTask = Math.max(0, ...timings.longTasks.filter((t) => t.start <= until).map((t) => t.duration));
    return { mapOpen, asked, drawn: timings.drawnAt, interactive: timings.interactiveAt, longestTask, frames, fullFrame: drawMs === null ? null : Number(drawMs), webgl, heap, box };
  } finally {
    await bench.close();
  }
}

function row(label: string, size: number, m: Measured, goal: string): string[] {
  return [
    `${size.toLocaleString('en')} ${label}`,
    ms(m.drawn),
    ms(m.interactive),
    m.asked === null || m.interactive === null ? '' : ms(m.interactive - m.asked),
    m.mapOpen === null || m.interactive === null ? '' : ms(m.interactive - m.mapOpen),
    ms(m.longestTask),
    `${m.frames.length}`,
    ms(median(m.frames)),
    ms(percentile(m.frames, 95)),
    ms(Math.max(...m.frames)),
    m.fullFrame === null ? '' : ms(m.fullFrame),
    m.heap === null ? '' : `${Math.round(m.heap / 1_048_576)} MB`,
    goal,
  ];
}

async function runUiBench(): Promise<void> {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const map = positionedMap(size);
    const dir = await mkdtemp(join(tmpdir(), `coalition-ui-bench-${size}-`));
    try {
      await dataDirWithMap(dir, map);
      const ours = await measure(() => openOurs(dir));
      const goal = GOALS[size]!;
      const ratio = (other: Measured) => ((ours.interactive ?? NaN) / (other.interactive ?? NaN)).toFixed(2);
      rows.push(row('ours', size, ours, `interactive < ${goal / 1000} s: ${verdict(ours.interactive, goal)}`));
      const plain = await measure(() => openPlain(map, ours.box));
      rows.push(row('plain Cytoscape', size, plain, `ratio ours/plain interactive ${ratio(plain)}`));
      if (!WEBGL_SIZES.has(size)) continue;
      // The WebGL renderers; with no GPU here, Chromium runs WebGL on the CPU (SwiftShader).
      const webgl = await measure(() => openPlain(map, ours.box, 'webgl'));
      const webglLabel = webgl.webgl ? 'plain Cytoscape WebGL' : 'plain Cytoscape WebGL (no WebGL: fell back to canvas)';
      rows.push(row(webglLabel, size, webgl, `ratio ours/WebGL interactive ${ratio(webgl)}`));
      const sigma = await measure(() => openSigma(map, ours.box));
      rows.push(row(sigma.webgl ? 'sigma (WebGL)' : 'sigma (no WebGL context)', size, sigma, `ratio ours/sigma interactive ${ratio(sigma)}`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  printTable(
    'Rendering in headless Chromium (times from navigation start, which includes starting the app and reading the map file; ' +
      '"after asking for the map" counts from the page\'s request for it (opening a map in a running window: reading the file, ' +
      'the e2e bridge\'s transfer, the render); "after map arrived" counts from when the map reached the window; frames = rAF deltas during pan + wheel zoom; ' +
      'full redraw = the app\'s canvas drawing one whole frame with labels, which it skips while the view moves on big maps)',
    ['map', 'drawn', 'interactive', 'interactive after asking for the map', 'interactive after map arrived', 'longest task', 'frames', 'frame median', 'frame p95', 'frame max', 'full redraw', 'JS heap', 'goal'],
    rows,
  );
}

async function main(): Promise<void> {
  const only = process.argv.find((a) => a === '--ui' || a === '--io' || a === '--analysis' || a === '--sync' || a === '--list');
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`);
  if (!only || only === '--ui') await runUiBench();
  if (!only || only === '--analysis') await runAnalysisInWindowBench();
  if (!only || only === '--io') await runIoBench();
  if (!only || only === '--sync') await runSyncUiBench();
  if (!only || only === '--list') await runListBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
