// Folds the toolbar's rarer commands under "More…" by measuring the row, so it stays one row at any
// width (toolbar-fit.ts decides how many). Runs before paint: a person never sees the row wrap.
// Each foldable command's width is remembered from when it last stood in the row; if it has grown
// since (a longer label), the next measure folds it again. The toolbar's data-fit-width says the
// width the current fold was decided for, so a test can wait until the fold follows a resize.
// Nothing moves while hidden (print) or while a dialog opened from a command is open.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { FOLD_ORDER, foldCount, foldedSet, type Foldable, type RowMeasure } from './toolbar-fit';

/** The row's boxes: the toolbar's children, a display: contents wrapper's own children in its place. */
function rowItems(bar: HTMLElement): HTMLElement[] {
  const items: HTMLElement[] = [];
  for (const child of bar.children) {
    if (!(child instanceof HTMLElement)) continue;
    if (getComputedStyle(child).display === 'contents') items.push(...rowItems(child));
    else if (child.tagName !== 'DIALOG' && child.getClientRects().length > 0) items.push(child);
  }
  return items;
}

function measureRow(bar: HTMLElement, foldable: Partial<Record<Foldable, number>>): RowMeasure {
  const style = getComputedStyle(bar);
  const gap = parseFloat(style.columnGap) || 0;
  const kept: number[] = [];
  const fresh: Partial<Record<Foldable, number[]>> = {};
  for (const item of rowItems(bar)) {
    const width = item.getBoundingClientRect().width;
    const fold = item.closest<HTMLElement>('[data-fold]')?.dataset.fold as Foldable | undefined;
    if (fold) (fresh[fold] ??= []).push(width);
    else if (!item.matches('.search')) kept.push(width);
  }
  for (const [fold, widths] of Object.entries(fresh) as [Foldable, number[]][]) {
    foldable[fold] = widths.reduce((sum, w) => sum + w, 0) + gap * (widths.length - 1);
  }
  const available = bar.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return { available, gap, kept, foldable };
}

export function useToolbarFit(): { readonly ref: RefObject<HTMLDivElement | null>; readonly folded: ReadonlySet<Foldable> } {
  const ref = useRef<HTMLDivElement>(null);
  const widths = useRef<Partial<Record<Foldable, number>>>({});
  // All folded at first: the row is one row from the first frame, so the map below measures its
  // final height; the layout effect then brings back what fits (widths not yet measured count as
  // nothing, so each command is tried in the row once, unseen, before paint).
  const [count, setCount] = useState(FOLD_ORDER.length);
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const fit = () => {
      // Hidden (printing) there is nothing to measure. A dialog open from a command waits: moving
      // the command would close it; its closing refits.
      if (bar.clientWidth === 0 || bar.querySelector('dialog[open]')) return;
      const next = foldCount(measureRow(bar, widths.current));
      if (next !== count) setCount(next);
      else bar.dataset.fitWidth = String(bar.clientWidth);
    };
    // The bar follows the window; its items follow their own labels (a menu that renames itself).
    const observer = new ResizeObserver(fit);
    observer.observe(bar);
    for (const item of rowItems(bar)) observer.observe(item);
    bar.addEventListener('close', fit, true);
    fit();
    return () => {
      observer.disconnect();
      bar.removeEventListener('close', fit, true);
    };
  }, [count]);
  return { ref, folded: foldedSet(count) };
}
