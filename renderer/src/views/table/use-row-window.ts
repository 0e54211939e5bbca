// Keeps the rendered window of a long table in step with its scroll container: follows scroll and
// resize, measures the row height from a rendered row, and can scroll any row (rendered or not) into
// view. Short tables (up to WINDOW_FROM_ROWS) get every row and no spacers.
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { rowWindow, scrollTopToShow, WINDOW_FROM_ROWS, type RowWindow } from './row-window';

const FALLBACK_ROW_HEIGHT = 37;
const OVERSCAN = 12;

export interface TableWindow extends RowWindow {
  readonly windowed: boolean;
  /** Scrolls so the row at `index` is in view (the DOM row exists after the next render). */
  readonly showRow: (index: number) => void;
}

export function useRowWindow(scroller: RefObject<HTMLElement | null>, rowCount: number, visible: boolean): TableWindow {
  const windowed = rowCount > WINDOW_FROM_ROWS;
  const [view, setView] = useState({ scrollTop: 0, height: 800, rowHeight: FALLBACK_ROW_HEIGHT, header: 0 });

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const row = el.querySelector('tbody tr:not([aria-hidden])');
    const header = el.querySelector('thead');
    const rowHeight = row instanceof HTMLElement && row.offsetHeight > 0 ? row.offsetHeight : FALLBACK_ROW_HEIGHT;
    const next = { scrollTop: el.scrollTop, height: el.clientHeight || 800, rowHeight, header: header instanceof HTMLElement ? header.offsetHeight : 0 };
    setView((v) => (v.scrollTop === next.scrollTop && v.height === next.height && v.rowHeight === next.rowHeight && v.header === next.header ? v : next));
  }, [scroller]);

  useLayoutEffect(() => {
    if (windowed && visible) measure();
  }, [windowed, visible, rowCount, measure]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || !windowed) return;
    el.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [scroller, windowed, measure]);

  const showRow = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el || index < 0) return;
      const target = scrollTopToShow(index, view.rowHeight, el.scrollTop, el.clientHeight, view.header);
      if (target !== null) el.scrollTop = target;
      measure();
    },
    [scroller, view.rowHeight, view.header, measure],
  );

  if (!windowed) return { windowed, start: 0, end: rowCount, spaceAbove: 0, spaceBelow: 0, showRow };
  // The header sits above the first row inside the scroller, so it shifts where rows begin.
  const range = rowWindow({ rowCount, rowHeight: view.rowHeight, scrollTop: Math.max(0, view.scrollTop - view.header), viewportHeight: view.height, overscan: OVERSCAN });
  return { windowed, ...range, showRow };
}
