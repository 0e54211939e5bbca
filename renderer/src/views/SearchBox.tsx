// Finds a stakeholder by name, selects it and asks the map to centre on it.
import { forwardRef, useId, useState } from 'react';
import type { Stakeholder } from '../../../shared/model';
import { useActions, useAppState } from '../state/use-store';

export function findByName(stakeholders: readonly Stakeholder[], query: string): Stakeholder | undefined {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return undefined;
  return (
    stakeholders.find((s) => s.name.toLocaleLowerCase() === needle) ??
    stakeholders.find((s) => s.name.toLocaleLowerCase().startsWith(needle)) ??
    stakeholders.find((s) => s.name.toLocaleLowerCase().includes(needle))
  );
}

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const stakeholders = useAppState((s) => s.map?.stakeholders ?? null);
  const actions = useActions();
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  const listId = useId();
  const go = (text: string) => {
    const found = findByName(stakeholders ?? [], text);
    setMissing(!found);
    if (found) actions.select(found.id, true);
  };
  return (
    <form
      className="search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        go(query);
      }}
    >
      <input
        ref={ref}
        type="search"
        aria-label="Find a stakeholder"
        placeholder="Find a stakeholder (Ctrl+F)"
        list={listId}
        value={query}
        aria-invalid={missing}
        onChange={(e) => {
          setQuery(e.target.value);
          setMissing(false);
          // Picking a suggestion from the list is a complete answer: go there at once.
          if ((stakeholders ?? []).some((s) => s.name === e.target.value)) go(e.target.value);
        }}
      />
      <datalist id={listId}>
        {(stakeholders ?? []).map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      {missing && <span className="search-miss">No one by that name</span>}
    </form>
  );
});
