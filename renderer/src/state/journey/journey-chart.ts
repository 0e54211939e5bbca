// Coverage over time: members per category across the snapshots, oldest first, and the geometry
// of a small line chart drawn from it. Pure, so the chart and its table equivalent come from the
// same numbers and can be tested without a window.
import { CATEGORIES, type CategoryId } from '../../../../shared/categories';
import type { Snapshot } from '../../../../shared/model';

export interface CoverageSeries {
  readonly columns: readonly { readonly id: string; readonly heading: string }[];
  readonly rows: readonly { readonly category: CategoryId; readonly label: string; readonly colour: string; readonly counts: readonly number[] }[];
  readonly max: number;
}

export interface ChartLine {
  readonly category: CategoryId;
  readonly colour: string;
  /** SVG polyline points, "x,y x,y ...". */
  readonly points: string;
  readonly dots: readonly { readonly x: number; readonly y: number; readonly value: number }[];
}

export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly ChartLine[];
  /** The first and last labels hang inwards from their point so they stay inside the picture. */
  readonly xLabels: readonly { readonly x: number; readonly text: string; readonly anchor: 'start' | 'middle' | 'end' }[];
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
}

/** `snapshots` in any order; the columns come out oldest first, headed by label or day. */
export function coverageOverTime(snapshots: readonly Snapshot[]): CoverageSeries {
  const ordered = [...snapshots].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
  const rows = CATEGORIES.map((c) => ({
    category: c.id,
    label: c.label,
    colour: c.colour,
    counts: ordered.map((s) => s.figures.membersByCategory[c.id].length),
  }));
  return {
    columns: ordered.map((s) => ({ id: s.id, heading: s.label.trim() || s.takenAt.slice(0, 10) })),
    rows,
    max: Math.max(0, ...rows.flatMap((r) => r.counts)),
  };
}

/** Whole-number ticks from 0 to at least `max`, at most five of them. */
function ticks(max: number): number[] {
  const top = Math.max(1, max);
  const step = Math.max(1, Math.ceil(top / 4));
  const out: number[] = [];
  for (let v = 0; v <= top + step - 1 && out.length < 6; v += step) out.push(v);
  return out;
}

export function chartGeometry(series: CoverageSeries, width = 420, height = 200): ChartGeometry {
  const plot = { left: 36, top: 12, right: width - 12, bottom: height - 28 };
  const yValues = ticks(series.max);
  const yTop = yValues[yValues.length - 1] ?? 1;
  const n = series.columns.length;
  const xAt = (i: number) => (n <= 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (n - 1));
  const yAt = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / yTop;
  const round = (v: number) => Math.round(v * 10) / 10;
  const lines = series.rows.map((row) => {
    const dots = row.counts.map((value, i) => ({ x: round(xAt(i)), y: round(yAt(value)), value }));
    return { category: row.category, colour: row.colour, points: dots.map((d) => `${d.x},${d.y}`).join(' '), dots };
  });
  return {
    width,
    height,
    lines,
    xLabels: series.columns.map((c, i) => ({ x: round(xAt(i)), text: c.heading, anchor: n <= 1 ? 'middle' : i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle' })),
    yTicks: yValues.map((value) => ({ y: round(yAt(value)), value })),
    plot,
  };
}
