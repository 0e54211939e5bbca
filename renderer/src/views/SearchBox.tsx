// Finds a stakeholder (by name, organization, email, role or tag, with the app's one matcher),
// selects it and asks the map to centre on it.
import { forwardRef, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Stakeholder } from '../../../shared/model';
import { organizationsOf, searchPeople, type PeopleAndTies } from '../../../shared/search/match';
import { pickerLabels } from '../../../shared/search/namesakes';
import { useActions, useAppState } from '../state/core/use-store';
import { useFirstPictureShown } from './first-picture';

const NO_ONE: readonly Stakeholder[] = [];
const NO_MAP = { stakeholders: NO_ONE, ties: [] };

/**
 * A new key for each new list of people: the suggestions are then a new element, mounted whole.
 * Filling an element that is already in the page places each of 20,000 options one by one, and
 * React looks past every later new option for each (seconds of the window's thread).
 */
const generations = new WeakMap<readonly Stakeholder[], number>();
let lastGeneration = 0;
function generationOf(people: readonly Stakeholder[]): number {
  let generation = generations.get(people);
  if (generation === undefined) generations.set(people, (generation = (lastGeneration += 1)));
  return generation;
}

/** The best match for what was typed, or for a suggestion picked from the list (its exact label). */
export function findStakeholder(map: { readonly stakeholders: readonly Stakeholder[]; readonly ties: PeopleAndTies['ties'] }, query: string, labels: ReadonlyMap<string, string>): Stakeholder | undefined {
  const picked = [...labels].find(([, label]) => label === query)?.[0];
  if (picked !== undefined) return map.stakeholders.find((s) => s.id === picked);
  return searchPeople(map.stakeholders, query, { orgs: organizationsOf(map), limit: 1 })[0];
}

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const stakeholders = useAppState((s) => s.map?.stakeholders ?? NO_ONE);
  const ties = useAppState((s) => s.map?.ties ?? null);
  const actions = useActions();
  const map = useMemo(() => ({ stakeholders, ties: ties ?? [] }), [stakeholders, ties]);
  // The suggestions (one option per person: 20,000 elements on a big map) follow the map in a
  // render of their own, once the map's first picture is on the screen (empty until then; telling
  // namesakes apart is one unbroken task), which React splits into short slices; typing reuses the
  // same list instead of rebuilding it each key.
  const painted = useFirstPictureShown();
  const listed = useDeferredValue(painted ? map : NO_MAP, NO_MAP);
  // Namesakes are listed with what tells them apart, so the right one can be picked.
  const labels = useMemo(() => pickerLabels(listed.stakeholders, organizationsOf(listed)), [listed]);
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  const listId = useId();
  const suggestions = useMemo(
    () => (
      <datalist key={generationOf(listed.stakeholders)} id={listId}>
        {listed.stakeholders.map((s) => (
          <option key={s.id} value={labels.get(s.id) ?? s.name} />
        ))}
      </datalist>
    ),
    [listId, listed, labels],
  );
  const go = (text: string) => {
    const found = findStakeholder(map, text, labels);
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
        placeholder="Find someone (Ctrl+F)"
        list={listId}
        value={query}
        aria-invalid={missing}
        onChange={(e) => {
          setQuery(e.target.value);
          setMissing(false);
          // Picking a suggestion from the list is a complete answer: go there at once.
          if ([...labels.values()].includes(e.target.value)) go(e.target.value);
        }}
      />
      {suggestions}
      {missing && <span className="search-miss">No one matches that</span>}
    </form>
  );
});
