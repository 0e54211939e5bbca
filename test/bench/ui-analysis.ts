// The analysis as the window gives it on big maps (issue 6): the built app opens a generated map
// in headless Chromium, and the insights panel's status line is read as it changes, from the map's
// arrival to the first answer (sampled figures, stated bound) and on to the exact answer worked
// out by Web Workers on every core but one (one is left to the window). Times count from the map's arrival in the window.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDirWithMap, positionedMap } from './ui-fixture';
import { openOurs } from './ui-pages';
import { ms, printTable, verdict } from './ui-stats';

const SIZES = [8_000, 20_000];
const FIRST_ANSWER_GOAL_MS = 2_000;

interface AnalysisTimes {
  readonly first: number | null;
  readonly exact: number | null;
  /** The worker's own times (measures the analysis client records), free of waits for the window's thread. */
  readonly firstInWorker: number | null;
  readonly exactInWorker: number | null;
  readonly said: string;
}

const workerTime = (name: string) => `performance.getEntriesByName(${JSON.stringify(name)}).at(-1)?.detail?.elapsedMs ?? null`;

async function timeAnalysis(size: number): Promise<AnalysisTimes> {
  const dir = await mkdtemp(join(tmpdir(), `coalition-analysis-bench-${size}-`));
  try {
    await dataDirWithMap(dir, positionedMap(size));
    const bench = await openOurs(dir);
    try {
      const { page } = bench;
      const deadline = Date.now() + 300_000;
      const mapOpen = async () => (await page.evaluate('performance.getEntriesByName("map:open")[0]?.startTime ?? null')) as number | null;
      while ((await mapOpen()) === null) {
        if (Date.now() > deadline) throw new Error(`the ${size}-stakeholder map never reached the window`);
        await page.waitForTimeout(50);
      }
      const opened = (await mapOpen())!;
      await page.getByRole('tab', { name: 'Insights' }).click();
      const status = page.locator('.insights-panel [role=status]').first();
      let first: number | null = null;
      let said = '';
      for (;;) {
        if (Date.now() > deadline) throw new Error(`no exact answer for ${size} stakeholders within 300 s`);
        const text = (await status.textContent({ timeout: 60_000 })) ?? '';
        const now = (await page.evaluate('performance.now()')) as number;
        if (first === null && text.startsWith('First answer')) {
          first = now - opened;
          said = text;
        }
        if (text.startsWith('Up to date')) {
          const firstInWorker = (await page.evaluate(workerTime('analysis:first answer in the worker'))) as number | null;
          const exactInWorker = (await page.evaluate(workerTime('analysis:answer in the worker'))) as number | null;
          return { first, exact: now - opened, firstInWorker, exactInWorker, said };
        }
        await page.waitForTimeout(50);
      }
    } finally {
      await bench.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runAnalysisInWindowBench(): Promise<void> {
  const rows: string[][] = [];
  let said = '';
  for (const size of SIZES) {
    const times = await timeAnalysis(size);
    said ||= times.said;
    rows.push([
      size.toLocaleString('en'),
      ms(times.firstInWorker),
      ms(times.first),
      ms(times.exactInWorker),
      ms(times.exact),
      `first answer < 2 s: in the worker ${verdict(times.firstInWorker, FIRST_ANSWER_GOAL_MS)}; shown ${verdict(times.first, FIRST_ANSWER_GOAL_MS)}`,
    ]);
  }
  printTable(
    'The analysis in the window (headless Chromium, the built app). "in the worker": from the map reaching the analysis worker to its answer. ' +
      '"shown": from the map reaching the window to the panel showing the answer, which includes waiting for the map\'s first frame (a new map\'s ' +
      'analysis starts after it), handing the map to the worker and the answer back, and drawing the panel',
    ['stakeholders', 'first answer in the worker', 'first answer shown', 'exact in the worker', 'exact shown', 'goal'],
    rows,
  );
  if (said) console.log(`The panel said: "${said}"`);
}
