// `npx tsx test/bench/bulk-edit.ts`: a bulk edit of 5,000 chosen stakeholders on a 20,000-person
// map must finish within a second (issue 15), each kind of change and a bulk delete. Medians of
// a few runs after a warm-up; exits 1 when one goes over the budget.
import { bulkRemove, bulkUpdate, type BulkChange } from '../../shared/edits-bulk';
import { generateMap } from './generate-map';

const BUDGET_MS = 1_000;
const RUNS = 5;
const map = generateMap(20_000, 7, 2);
const chosen = new Set(map.stakeholders.filter((_, i) => i % 4 === 0).map((s) => s.id));
const ctx = { now: '2026-02-01T00:00:00.000Z' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
  run();
  const spent: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    run();
    spent.push(performance.now() - started);
  }
  return median(spent);
}

const changes: readonly [string, BulkChange][] = [
  ['set category', { kind: 'set-category', category: 'policymaker' }],
  ['add category', { kind: 'add-category', category: 'influential' }],
  ['set stage', { kind: 'stage', stage: 'contacted' }],
  ['add tag', { kind: 'add-tag', tag: 'autumn drive' }],
  ['set owner', { kind: 'custom', field: 'Owner', value: 'Renata Voss' }],
];
let over = false;
console.log(`Bulk edits of ${chosen.size} chosen on a map of ${map.stakeholders.length} (median of ${RUNS}, budget ${BUDGET_MS} ms)`);
for (const [label, change] of changes) {
  const ms = time(() => bulkUpdate(map, chosen, change, ctx));
  over ||= ms > BUDGET_MS;
  console.log(`  ${label.padEnd(14)} ${ms.toFixed(1).padStart(8)} ms`);
}
const removal = time(() => bulkRemove(map, chosen));
over ||= removal > BUDGET_MS;
console.log(`  ${'delete'.padEnd(14)} ${removal.toFixed(1).padStart(8)} ms`);
if (over) {
  console.error('A bulk edit went over its budget.');
  process.exit(1);
}
