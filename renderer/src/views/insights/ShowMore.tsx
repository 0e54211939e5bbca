// Long lists in the insights panel (a big map's providers of one service, or its overlapping
// pairs, can run to thousands) show a first page and grow a page at a time on request, so the
// panel stays quick however big the map is.
import { useState } from 'react';

/** How many of `total` to show; starts at `step` and grows by it with `more`. */
export function useShownCount(step: number): { readonly shown: number; more(): void } {
  const [shown, setShown] = useState(step);
  return { shown, more: () => setShown((n) => n + step) };
}

/** `available`: how many of `total` the answer lists (the analysis may keep only the first ones). */
export function ShowMoreButton(props: {
  readonly shown: number;
  readonly total: number;
  readonly available?: number;
  readonly step: number;
  readonly what: string;
  more(): void;
}) {
  const { shown, total, available = total, step, what, more } = props;
  if (shown >= available) return null;
  const next = Math.min(step, available - shown);
  return (
    <button type="button" className="link" onClick={more}>
      Show {next.toLocaleString('en')} more {what} ({shown.toLocaleString('en')} of {total.toLocaleString('en')} shown)
    </button>
  );
}
