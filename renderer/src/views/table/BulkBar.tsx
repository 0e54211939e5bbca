// What to do with the rows ticked in the list: set or add a category, set the stage, add a tag,
// set the Owner field, or delete them; each is one change and one undo step.
import { useState } from 'react';
import { CATEGORIES, type CategoryId } from '../../../../shared/categories';
import { STAGES } from '../../../../shared/schema';
import type { Stage } from '../../../../shared/model';
import { plural } from '../../../../shared/analysis/context';
import { useActions, useAppState } from '../../state/core/use-store';
import { CategorySelect } from '../CategorySelect';
import { ConfirmDialog } from '../Dialog';
import { STAGE_LABELS } from '../labels';

export function BulkBar() {
  const count = useAppState((s) => s.checked.length);
  const actions = useActions();
  const [category, setCategory] = useState<CategoryId>(CATEGORIES[0]!.id);
  const [stage, setStage] = useState<Stage>('to-contact');
  const [tag, setTag] = useState('');
  const [owner, setOwner] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (count === 0) return null;
  return (
    <div className="bulk-bar" role="group" aria-label={`Change the ${plural(count, 'chosen stakeholder')}`}>
      <strong>{plural(count, 'stakeholder')} chosen</strong>
      <label className="field inline">
        <span>Category</span>
        <CategorySelect value={category} onChange={setCategory} />
      </label>
      <button type="button" className="small" onClick={() => void actions.bulkEdit({ kind: 'add-category', category })}>
        Add category
      </button>
      <button type="button" className="small" onClick={() => void actions.bulkEdit({ kind: 'set-category', category })}>
        Set as only category
      </button>
      <label className="field inline">
        <span>Stage</span>
        <select value={stage} onChange={(e) => setStage(STAGES.find((s) => s === e.target.value) ?? stage)}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="small" onClick={() => void actions.bulkEdit({ kind: 'stage', stage })}>
        Set stage
      </button>
      <label className="field inline">
        <span>Tag</span>
        <input value={tag} maxLength={100} onChange={(e) => setTag(e.target.value)} />
      </label>
      <button type="button" className="small" disabled={tag.trim() === ''} onClick={() => void actions.bulkEdit({ kind: 'add-tag', tag: tag.trim() })}>
        Add tag
      </button>
      <label className="field inline">
        <span>Owner</span>
        <input value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
      </label>
      <button type="button" className="small" disabled={owner.trim() === ''} onClick={() => void actions.bulkEdit({ kind: 'custom', field: 'Owner', value: owner.trim() })}>
        Set owner
      </button>
      <button type="button" className="small danger" onClick={() => setConfirming(true)}>
        Delete…
      </button>
      <button type="button" className="small ghost" onClick={() => actions.setChecked([])}>
        Clear choice
      </button>
      {confirming && (
        <ConfirmDialog
          title={`Delete ${plural(count, 'stakeholder')}?`}
          message={`${plural(count, 'stakeholder')} and all their ties will be removed. One Undo brings them all back.`}
          confirmLabel={`Delete ${plural(count, 'stakeholder')}`}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void actions.bulkDelete();
          }}
        />
      )}
    </div>
  );
}
