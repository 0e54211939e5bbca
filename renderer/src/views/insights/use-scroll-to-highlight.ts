// When an insight highlights stakeholders, the list scrolls its first highlighted row into view,
// so switching to the list shows them without hunting.
import { useEffect, type RefObject } from 'react';
import { useAppState } from '../../state/core/use-store';

export function useScrollToHighlight(body: RefObject<HTMLElement | null>, visible: boolean): void {
  const highlight = useAppState((s) => s.insights.highlight);
  useEffect(() => {
    if (!visible || !highlight) return;
    body.current?.querySelector('tr.row-highlighted')?.scrollIntoView({ block: 'nearest' });
  }, [body, visible, highlight]);
}
