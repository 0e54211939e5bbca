// Adds a tie from the panel: find the other stakeholder by name, choose type and strength.
import { useId, useMemo, useState } from 'react';
import type { Stakeholder } from '../../../shared/model';
import { searchPeople } from '../../../shared/search/match';
import { pickerLabels } from '../../../shared/search/namesakes';
import { useActions } from '../state/core/use-store';
import { Choice } from './Choice';
import { defaultTieValues, TieFields, tieDraft } from './TieFields';

const MAX_CHOICES = 50;

export function AddTieForm({ self, everyone, orgs }: { readonly self: Stakeholder; readonly everyone: readonly Stakeholder[]; readonly orgs: ReadonlyMap<string, readonly string[]> }) {
  const actions = useActions();
  const [query, setQuery] = useState('');
  const [otherId, setOtherId] = useState('');
  const [values, setValues] = useState(defaultTieValues);
  const selectId = useId();
  const others = useMemo(() => everyone.filter((s) => s.id !== self.id), [everyone, self.id]);
  // Over everyone on the map: a namesake of the open stakeholder still needs telling apart.
  const labels = useMemo(() => pickerLabels(everyone, orgs), [everyone, orgs]);
  const choices = useMemo(() => {
    if (query.trim() === '') return [...others].sort((a, b) => a.name.localeCompare(b.name)).slice(0, MAX_CHOICES);
    return searchPeople(others, query, { orgs, limit: MAX_CHOICES });
  }, [others, orgs, query]);
  const chosen = choices.find((s) => s.id === otherId) ?? (choices.length === 1 ? choices[0] : undefined);

  return (
    <form
      className="add-tie"
      aria-label="Add tie"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        void actions.addTie(tieDraft(self.id, chosen.id, values)).then((id) => {
          if (id === null) return;
          setQuery('');
          setOtherId('');
          setValues(defaultTieValues);
        });
      }}
    >
      <label className="field">
        <span>Find the other stakeholder</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Type part of a name" />
      </label>
      <label className="field" htmlFor={selectId}>
        <span>Other stakeholder</span>
      </label>
      <Choice
        id={selectId}
        size={Math.min(6, Math.max(2, choices.length))}
        value={chosen?.id ?? ''}
        options={choices.map((s) => ({ value: s.id, label: labels.get(s.id) ?? s.name }))}
        onChange={setOtherId}
      />
      {choices.length === 0 && <p className="hint">No one matches “{query}”.</p>}
      <TieFields value={values} onChange={setValues} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!chosen}>
          Add tie
        </button>
      </div>
    </form>
  );
}
