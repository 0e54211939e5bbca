// Filters by category and engagement stage; the category list doubles as the colour key.
import { CATEGORIES, UNCATEGORIZED_COLOUR } from '../../../shared/categories';
import { STAGES } from '../../../shared/schema';
import type { CategoryFilter } from '../state/core/app-state';
import { useActions, useAppState } from '../state/core/use-store';
import { STAGE_LABELS } from './labels';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

const CATEGORY_OPTIONS: readonly { id: CategoryFilter; label: string; colour: string; description: string }[] = [
  ...CATEGORIES.map((c) => ({ id: c.id, label: c.label, colour: c.colour, description: c.description })),
  { id: 'uncategorized', label: 'Uncategorized', colour: UNCATEGORIZED_COLOUR, description: 'Not yet given a category.' },
];

export function FilterPanel() {
  const filters = useAppState((s) => s.filters);
  const actions = useActions();
  const active = filters.categories.length + filters.stages.length > 0;
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="section-head">
        <h2 id="filters-heading">Filters</h2>
        {active && (
          <button type="button" className="link" onClick={() => actions.setFilters({ categories: [], stages: [] })}>
            Clear
          </button>
        )}
      </div>
      <fieldset>
        <legend>Category</legend>
        {CATEGORY_OPTIONS.map((c) => (
          <label key={c.id} className="check" title={c.description}>
            <input
              type="checkbox"
              checked={filters.categories.includes(c.id)}
              onChange={() => actions.setFilters({ categories: toggle(filters.categories, c.id) })}
            />
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Engagement stage</legend>
        {STAGES.map((stage) => (
          <label key={stage} className="check">
            <input
              type="checkbox"
              checked={filters.stages.includes(stage)}
              onChange={() => actions.setFilters({ stages: toggle(filters.stages, stage) })}
            />
            {STAGE_LABELS[stage]}
          </label>
        ))}
      </fieldset>
      <p className="hint">With nothing ticked, everyone shows.</p>
    </section>
  );
}
