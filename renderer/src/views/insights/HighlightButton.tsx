// A button for an insight that names stakeholders: it highlights them on the map and in the list.
// It shows as pressed while its highlight is the one on.
import type { ReactNode } from 'react';
import type { Highlight } from '../../state/insights/insights-state';
import { useActions, useAppState } from '../../state/core/use-store';

function same(a: Highlight | null, b: Highlight): boolean {
  return a !== null && a.label === b.label && a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
}

interface Props {
  readonly highlight: Highlight;
  readonly children: ReactNode;
  readonly className?: string;
  /** A fuller name for screen readers when the visible text is short ("Show 3"). */
  readonly label?: string;
}

export function HighlightButton({ highlight, children, className, label }: Props) {
  const actions = useActions();
  const pressed = useAppState((s) => same(s.insights.highlight, highlight));
  return (
    <button
      type="button"
      className={className ?? 'link'}
      aria-pressed={pressed}
      aria-label={label}
      disabled={highlight.ids.length === 0}
      onClick={() => (pressed ? actions.clearHighlight() : actions.highlight(highlight))}
    >
      {children}
    </button>
  );
}
