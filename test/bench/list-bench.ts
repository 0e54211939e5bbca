// The list grid on a 20,000-stakeholder map (issue 15): time from clicking "List" to the first
// screen of rows, time from clicking a column title to the sorted rows on screen, and frame times
// while the list scrolls from top to bottom, with the number of rows in the DOM at the end. In
// headless Chromium, on the app's real renderer and backend, with the machine's load average while
// it ran (the frame times mean little without it). Numbers are printed, never asserted. Part of
// `npm run bench` (ui-bench.ts); alone: `npx electron-vite build && npx tsx test/bench/ui-bench.ts --list`.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dataDirWithMap, positionedMap } from './ui-fixture';
import { openOurs } from './ui-pages';
import { INTERACTIVE } from './ui-probe';
import { median, ms, percentile, printTable } from './ui-stats';

const SIZE = 20_000;
const SCROLL_STEPS = 120;
const SETTLE_MS = 20_000;

/**
 * Clicks `click` in the page and waits, frame by frame, until `until` is in the page (with
 * `attr` = `value` when given); the time from the click to the frame after. Plain DOM reads: the
 * app's CSP forbids evaluating strings in the page.
 */
async function clickUntil(page: Page, click: string, until: string, attr: string | null = null, value = ''): Promise<number> {
  return page.evaluate(
    ([clickSel, untilSel, name, wanted]) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        (document.querySelector(clickSel) as HTMLElement).click();
        const ready = () => {
          const el = document.querySelector(untilSel);
          return el !== null && (name === null || el.getAttribute(name) === wanted);
        };
        const poll = () => (ready() ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(poll));
        requestAnimationFrame(poll);
      }),
    [click, until, attr, value] as const,
  );
}

/** Scrolls the list from top to bottom in even steps, one per frame; the frame-to-frame times. */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    (steps) =>
      new Promise<number[]>((resolve) => {
        const scroller = document.querySelector('.table-scroll') as HTMLElement;
        const step = (scroller.scrollHeight - scroller.clientHeight) / steps;
        const frames: number[] = [];
        let last = performance.now();
        let i = 0;
        const next = () => {
          const now = performance.now();
          if (i > 0) frames.push(now - last);
          last = now;
          if (i === steps) return resolve(frames);
          i += 1;
          scroller.scrollTop = Math.round(i * step);
          requestAnimationFrame(next);
        };
        requestAnimationFrame(next);
      }),
    SCROLL_STEPS,
  );
}

const load = () => loadavg()[0]!.toFixed(1);

/** Opens a 20,000-stakeholder map in the app, then times the list and prints the table. */
export async function runListBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'coalition-list-bench-'));
  const loadBefore = load();
  try {
    await dataDirWithMap(dir, positionedMap(SIZE, 3));
    const bench = await openOurs(dir);
    try {
      const { page } = bench;
      // tsx keeps function names with a helper, __name, that the page lacks: give it one.
      await page.evaluate('window.__name = (f) => f');
      const deadline = Date.now() + 120_000;
      while (!(await page.evaluate(INTERACTIVE))) {
        if (Date.now() > deadline) throw new Error('the map was not interactive within 120 s');
        await page.waitForTimeout(50);
      }
      const firstScreen = await clickUntil(page, '[role="group"][aria-label="View"] button:last-child', 'table[aria-label="Stakeholders"] tbody tr[data-id]');
      const sortMs = await clickUntil(page, 'th[data-col="influence"] button.sort', 'th[data-col="influence"]', 'aria-sort', 'ascending');
      const during = await scrollFrames(page);
      // The analysis of a map this size answers in the background while the window is in use;
      // its answers arriving cost the window's thread time. A second pass once it has settled.
      await page.waitForTimeout(SETTLE_MS);
      const frames = await scrollFrames(page);
      const rows = await page.locator('table[aria-label="Stakeholders"] tbody tr[data-id]').count();
      printTable(`The list grid, ${SIZE.toLocaleString('en')} stakeholders (headless Chromium)`, ['measure', 'value'], [
        ['click "List" to its first frame', ms(firstScreen)],
        ['click "Influence" to the sorted rows drawn', ms(sortMs)],
        [`scroll in ${SCROLL_STEPS} frames, while the analysis runs: median frame`, ms(median(during))],
        ['  95th percentile frame', ms(percentile(during, 95))],
        [`scroll in ${SCROLL_STEPS} frames, ${SETTLE_MS / 1000} s later: median frame`, ms(median(frames))],
        ['  95th percentile frame', ms(percentile(frames, 95))],
        ['  longest frame', ms(Math.max(...frames))],
        ['rows in the DOM at the bottom', String(rows)],
        ['load average (1 min) before / after', `${loadBefore} / ${load()}`],
      ]);
    } finally {
      await bench.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
