// A bench's results as a plain-text table for the terminal: every column right-aligned to its
// widest cell (the header's included), columns two spaces apart.

/** The header line, then one line a row. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ');
  return [header, ...rows].map(line);
}
