// Pure windowing math for long tables: which rows to put in the DOM for a scroll position, the
// space to leave above and below them so the scrollbar still spans every row, and where to scroll
// so a given row shows. Rows are taken to be one height (the first rendered row's, measured).

/** Lists up to this long render every row: windowing is only for big maps. */
export const WINDOW_FROM_ROWS = 300;

export interface WindowInput {
  readonly rowCount: number;
  readonly rowHeight: number;
  readonly scrollTop: number;
  readonly viewportHeight: number;
  /** Extra rows drawn above and below, so fast scrolling and arrow keys rarely meet a blank. */
  readonly overscan: number;
}

export interface RowWindow {
  /** First rendered row (inclusive) and last (exclusive). */
  readonly start: number;
  readonly end: number;
  readonly spaceAbove: number;
  readonly spaceBelow: number;
}

export function rowWindow({ rowCount, rowHeight, scrollTop, viewportHeight, overscan }: WindowInput): RowWindow {
  if (rowCount <= 0) return { start: 0, end: 0, spaceAbove: 0, spaceBelow: 0 };
  const height = Math.max(rowHeight, 1);
  const firstVisible = Math.min(rowCount - 1, Math.max(0, Math.floor(scrollTop / height)));
  const visibleCount = Math.ceil(Math.max(viewportHeight, 0) / height) + 1;
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(rowCount, firstVisible + visibleCount + overscan);
  return { start, end, spaceAbove: start * height, spaceBelow: (rowCount - end) * height };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement (like
 * scrollIntoView({ block: 'nearest' })), or null when it already is. `headerHeight` is the sticky
 * header covering the top of the viewport.
 */
export function scrollTopToShow(index: number, rowHeight: number, scrollTop: number, viewportHeight: number, headerHeight = 0): number | null {
  const top = headerHeight + index * rowHeight;
  const bottom = top + rowHeight;
  if (top - headerHeight < scrollTop) return Math.max(0, top - headerHeight);
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight;
  return null;
}
