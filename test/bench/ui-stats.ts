// Small numeric helpers shared by the UI and file benches, and the goal column's wording.
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function ms(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

/** "met (0.42 s under)" or "missed by 1.2 s (40%)". */
export function verdict(measured: number | null, goalMs: number): string {
  if (measured === null) return 'not measured';
  const gap = goalMs - measured;
  if (gap >= 0) return `met (${(gap / 1000).toFixed(2)} s under)`;
  return `missed by ${(-gap / 1000).toFixed(2)} s (${Math.round((-gap / goalMs) * 100)}%)`;
}

export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
