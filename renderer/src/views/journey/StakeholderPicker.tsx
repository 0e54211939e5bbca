// Picks stakeholders from a searchable list of checkboxes: maps have hundreds of people, so a
// plain multi-select is no use. The chosen ones stay listed above the search, so they can be
// unticked without searching again.
import { useId, useState } from 'react';
import type { Searchable } from '../../../../shared/search/match';
import { pickerLabels } from '../../../../shared/search/namesakes';
import { searchStakeholders, toggleId } from '../../state/journey/journey-attendance';

type Person = Searchable;

interface Props {
  /** Names the group, e.g. "Invite"; also used for the search box's label. */
  readonly label: string;
  readonly people: readonly Person[];
  readonly chosen: readonly string[];
  readonly onChange: (ids: string[]) => void;
}

const SHOWN = 30;

export function StakeholderPicker({ label, people, chosen, onChange }: Props) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const byId = new Map(people.map((p) => [p.id, p]));
  // Namesakes carry what tells them apart (organization, email or role).
  const labels = pickerLabels(people);
  const chosenSet = new Set(chosen);
  const matches = query.trim() === '' ? [] : searchStakeholders(people.filter((p) => !chosenSet.has(p.id)), query, SHOWN);
  const box = (p: Person, on: boolean) => (
    <label key={p.id} className="journey-check">
      <input type="checkbox" checked={on} onChange={(e) => onChange(toggleId(chosen, p.id, e.target.checked))} />
      {labels.get(p.id) ?? p.name}
    </label>
  );
  return (
    <fieldset className="journey-picker">
      <legend>
        {label} ({chosen.length} chosen)
      </legend>
      {chosen.map((id) => byId.get(id)).map((p) => p && box(p, true))}
      <label htmlFor={searchId} className="journey-picker-search">
        Search to {label.toLowerCase()}
      </label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Type part of a name" />
      {query.trim() !== '' && (
        <div className="journey-picker-results" aria-live="polite">
          {matches.length === 0 ? <p>No one else by that name.</p> : matches.map((p) => box(p, false))}
        </div>
      )}
    </fieldset>
  );
}
