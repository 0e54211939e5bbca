// Neighbourhood focus: everything but one stakeholder and their direct ties dims, through the same
// highlight the insights use (so both map surfaces show it, and its bar can clear it); and back.
import { useCallback } from 'react';
import { useActions, useAppState } from '../../state/core/use-store';

export function neighbourhoodLabel(name: string): string {
  return `${name} and their direct ties`;
}

export function useNeighbourhood(): { readonly active: boolean; toggle(id: string | null): void } {
  const actions = useActions();
  const map = useAppState((s) => s.map);
  const highlight = useAppState((s) => s.insights.highlight);
  const active = highlight?.label.endsWith(' and their direct ties') === true;
  const toggle = useCallback(
    (id: string | null) => {
      if (active) return actions.clearHighlight();
      const person = map?.stakeholders.find((s) => s.id === id);
      if (!map || !person) return;
      const ids = new Set([person.id]);
      for (const t of map.ties) {
        if (t.source === person.id) ids.add(t.target);
        if (t.target === person.id) ids.add(t.source);
      }
      actions.highlight({ ids: [...ids], label: neighbourhoodLabel(person.name) });
    },
    [actions, map, active],
  );
  return { active, toggle };
}
