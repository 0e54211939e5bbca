// Neighbourhood focus: everything but one stakeholder and those within 1-3 ties of them dims,
// through the same highlight the insights use (so both map surfaces show it, and its bar can clear
// it); and back. Only a highlight this hook set counts as its own.
import { useCallback, useRef } from 'react';
import type { Highlight } from '../../state/insights/insights-state';
import { neighbourhood, neighbourhoodLabel } from '../../graph/neighbourhood';
import { useActions, useAppState } from '../../state/core/use-store';

export interface Neighbourhood {
  readonly active: boolean;
  /** On (direct ties) for `id`, or off again. */
  toggle(id: string | null): void;
  /** On for `id` (or whoever it is on for), `steps` ties out. */
  widen(id: string | null, steps: number): void;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function useNeighbourhood(): Neighbourhood {
  const actions = useActions();
  const map = useAppState((s) => s.map);
  const highlight = useAppState((s) => s.insights.highlight);
  const ours = useRef<Highlight | null>(null);
  // By the ids: presentation mode shows the highlight with its label scrubbed, as another object.
  const active = highlight !== null && ours.current !== null && sameIds(highlight.ids, ours.current.ids);

  const show = useCallback(
    (id: string | null, steps: number) => {
      const person = map?.stakeholders.find((s) => s.id === id);
      if (!map || !person) return;
      ours.current = { ids: neighbourhood(map, person.id, steps), label: neighbourhoodLabel(person.name, steps) };
      actions.highlight(ours.current);
    },
    [actions, map],
  );
  const toggle = useCallback((id: string | null) => (active ? actions.clearHighlight() : show(id, 1)), [actions, active, show]);
  // The centre of a neighbourhood already shown is its first id.
  const widen = useCallback((id: string | null, steps: number) => show(active && highlight ? (highlight.ids[0] ?? id) : id, steps), [active, highlight, show]);
  return { active, toggle, widen };
}
