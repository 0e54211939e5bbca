// How many stakeholders have no category yet (they count in no coverage row), with a way to show
// them on the map and to give them all one category at once (one edit, one undo step). Imports
// from sheets whose "Type" column was not mapped are the usual source of these.
import { useState } from 'react';
import type { CategoryId } from '../../../../shared/categories';
import type { Insights } from '../../../../shared/analysis';
import { useActions } from '../../state/core/use-store';
import { CategorySelect } from '../CategorySelect';
import { HighlightButton } from './HighlightButton';
import './uncategorized.css';

export function UncategorizedNote({ insights }: { readonly insights: Insights }) {
  const actions = useActions();
  const [category, setCategory] = useState<CategoryId>('interested-public');
  const count = insights.summary.uncategorized;
  if (count === 0) return null;
  const ids = insights.stakeholders.filter((s) => s.categories.length === 0).map((s) => s.id);
  return (
    <div className="uncategorized-note" role="note" aria-label="Stakeholders without a category">
      <p>
        <strong>{count === 1 ? '1 stakeholder has' : `${count} stakeholders have`} no category yet</strong>, so no coverage row counts them.
      </p>
      <div className="row-actions">
        <HighlightButton highlight={{ ids, label: 'Stakeholders without a category' }} label="Show them: the stakeholders without a category">
          Show them
        </HighlightButton>
        <label>
          Give them all the category{' '}
          <CategorySelect value={category} onChange={setCategory} />
        </label>
        <button type="button" onClick={() => void actions.categorizeStakeholders(ids, category)}>
          Assign to {count === 1 ? 'them' : `all ${count}`}
        </button>
      </div>
    </div>
  );
}
