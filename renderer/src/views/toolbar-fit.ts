// How many of the toolbar's rarer commands must go under "More…" for the rest to fit in one row,
// from widths measured in the window (use-toolbar-fit.ts). Measured rather than fixed breakpoints:
// the same labels take different widths in another system font, another language or another zoom.

/** The commands that may leave the row, each one element in it. */
export type Foldable = 'files' | 'import' | 'export' | 'safety' | 'presentation';

/** Where each stands in the row (and in "More…"): the order a person reads them in. */
export const ROW_ORDER: readonly Foldable[] = ['files', 'import', 'export', 'safety', 'presentation'];

/** Which go first when the row is short: the least used first, presentation mode last. */
export const FOLD_ORDER: readonly Foldable[] = ['safety', 'import', 'files', 'export', 'presentation'];

/** The room (px) kept for the search box: its flex-basis in styles.css, so the row never wraps. */
export const SEARCH_ROOM = 220;

export interface RowMeasure {
  /** The toolbar's inner width (its width less its padding). */
  readonly available: number;
  /** The gap between two items of the row. */
  readonly gap: number;
  /** The widths of the items that always stay in the row, "More…" included, the search box not. */
  readonly kept: readonly number[];
  /** The last measured width of each foldable command while it stood in the row. */
  readonly foldable: Readonly<Partial<Record<Foldable, number>>>;
}

/** The width the row needs with the first `folded` of FOLD_ORDER under "More…". */
export function rowWidth(m: RowMeasure, folded: number): number {
  const widths = [...m.kept, SEARCH_ROOM, ...FOLD_ORDER.slice(folded).map((f) => m.foldable[f] ?? 0)];
  return widths.reduce((sum, w) => sum + w, 0) + m.gap * (widths.length - 1);
}

/** The fewest commands to fold so the row fits (all of them when even that is too wide). */
export function foldCount(m: RowMeasure): number {
  for (let folded = 0; folded < FOLD_ORDER.length; folded++) if (rowWidth(m, folded) <= m.available) return folded;
  return FOLD_ORDER.length;
}

/** The commands under "More…" when `count` are folded. */
export function foldedSet(count: number): ReadonlySet<Foldable> {
  return new Set(FOLD_ORDER.slice(0, count));
}
