// The file half of issue 6's bench: opening and saving a 20,000-stakeholder map with the real
// store (on a real temp folder), the longest stretch the main process is blocked while saving, the
// structured clone an edit's save costs the renderer, and a 100,000-row CSV through the real parser
// and converter with its peak memory.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createMapFile, openMapStore } from '../../electron/main/store';
import { readCsvFile } from '../../shared/exchange/csv';
import { csvToStakeholders } from '../../shared/exchange/csv-to-map';
import { diffMaps } from '../../shared/map-patch';
import type { MapDocument } from '../../shared/model';
import { positionedMap } from './ui-fixture';
import { median, ms, printTable, verdict } from './ui-stats';

const MAP_SIZE = 20_000;
const CSV_ROWS = 100_000;
const OPEN_SAVE_GOAL = 1_000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; blockedMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const value = await work();
  const elapsed = performance.now() - started;
  delay.disable();
  // The histogram is in nanoseconds; its max is the longest stretch the event loop could not run.
  return { value, ms: elapsed, blockedMs: Math.min(elapsed, delay.max / 1e6) };
}

function renamed(map: MapDocument, round: number): MapDocument {
  const [first, ...rest] = map.stakeholders;
  return { ...map, stakeholders: [{ ...first!, role: `Edited ${round}` }, ...rest] };
}

async function storeRows(dir: string): Promise<string[][]> {
  const map = positionedMap(MAP_SIZE);
  const path = join(dir, 'maps', 'bench.coalition.json');
  await createMapFile(path, map);
  const opens: number[] = [];
  const rows: string[][] = [];
  for (let round = 0; round < 3; round += 1) {
    const opened = await timed(() => openMapStore(path, { backupDir: join(dir, 'backups') }));
    opens.push(opened.ms);
    await opened.value.close();
  }
  const open = median(opens);
  rows.push([`open ${MAP_SIZE.toLocaleString('en')} (read, parse, validate, lock)`, ms(open), '', `< 1 s: ${verdict(open, OPEN_SAVE_GOAL)}`]);

  const store = await openMapStore(path, { backupDir: join(dir, 'backups') });
  try {
    const first = await timed(() => store.save(renamed(map, 0)));
    rows.push(['first save (with its backup)', ms(first.ms), ms(first.blockedMs), `< 1 s: ${verdict(first.ms, OPEN_SAVE_GOAL)}`]);
    const saves: { ms: number; blockedMs: number }[] = [];
    for (let round = 1; round <= 3; round += 1) saves.push(await timed(() => store.save(renamed(map, round))));
    const save = median(saves.map((s) => s.ms));
    rows.push(['edit save (median of 3)', ms(save), ms(Math.max(...saves.map((s) => s.blockedMs))), `< 1 s: ${verdict(save, OPEN_SAVE_GOAL)}`]);
  } finally {
    await store.close();
  }
  const clones: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    structuredClone(map);
    clones.push(performance.now() - started);
  }
  rows.push(['renderer: structured clone of the whole map (a whole-map save)', ms(median(clones)), ms(median(clones)), 'the first save after opening, and saves with an audit']);
  // What an edit's save costs the window since saves go as patches: finding the change and
  // cloning the patch (shared/map-patch.ts).
  const patches: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const edited = renamed(map, round + 10);
    const started = performance.now();
    const patch = diffMaps(map, edited);
    if (!patch) throw new Error('the bench edit did not make a patch');
    structuredClone(patch);
    patches.push(performance.now() - started);
  }
  const patchCost = median(patches);
  rows.push(['renderer: an edit saved as a patch (diff and clone)', ms(patchCost), ms(patchCost), `no visible pause, < 50 ms: ${verdict(patchCost, 50)}`]);
  return rows;
}

function csvText(rows: number): string {
  const kinds = ['person', 'organization'];
  const categories = ['directly-affected', 'service-provider', 'policymaker', 'community-leader', 'funder'];
  const lines = ['name,kind,categories,role,area,email'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(`Person ${i},${kinds[i % 7 === 0 ? 1 : 0]},${categories[i % 5]},"Role ${i % 300}, team ${i % 11}",Area ${i % 40},p${i}@example.org`);
  }
  return lines.join('\n');
}

async function csvRows(dir: string): Promise<string[][]> {
  const path = join(dir, 'people.csv');
  const text = csvText(CSV_ROWS);
  await writeFile(path, text);
  const bytes = new Uint8Array(Buffer.from(text));
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const table = readCsvFile(bytes, 'people.csv');
  const parsed = performance.now();
  peak = Math.max(peak, process.memoryUsage().rss);
  let next = 0;
  const addition = csvToStakeholders(table, null, { now: new Date().toISOString(), newId: () => `n${(next += 1)}`, sourceLabel: 'people.csv' });
  const done = performance.now();
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return [
    [`CSV ${CSV_ROWS.toLocaleString('en')} rows (${mb(bytes.length)}): parse`, ms(parsed - started), '', `${table.rows.length} rows`],
    ['CSV: convert to stakeholders', ms(done - parsed), '', `${addition.stakeholders.length} stakeholders, ${addition.warnings.length} warnings`],
    ['CSV: total, peak RSS', ms(done - started), '', `peak RSS ${mb(peak)} (+${mb(peak - before)} over the start)`],
  ];
}

export async function runIoBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'coalition-io-bench-'));
  try {
    const rows = [...(await storeRows(dir)), ...(await csvRows(dir))];
    printTable('Files (real store on a temp folder; CSV through the real parser and converter)', ['what', 'time', 'longest block', 'goal / result'], rows);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
