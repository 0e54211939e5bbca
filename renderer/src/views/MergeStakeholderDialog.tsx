// "Merge with…": choose the stakeholder that is the same as this one. Likely duplicates (by the
// import's matcher) come first; a filter finds anyone else. The one shown in the panel is kept
// (its values win, its blanks are filled from the other); ties, meetings and tasks move to it;
// it is confidential if either was. One edit: Undo separates them again.
import { useMemo, useState } from 'react';
import { findDuplicates } from '../../../shared/exchange/dedupe';
import type { Stakeholder } from '../../../shared/model';
import { Dialog } from './Dialog';

interface Props {
  readonly self: Stakeholder;
  readonly everyone: readonly Stakeholder[];
  readonly onConfirm: (dropId: string) => void;
  readonly onCancel: () => void;
}

/** Choices listed at once; the filter narrows a big map down to these. */
const SHOWN = 300;

export function MergeStakeholderDialog({ self, everyone, onConfirm, onCancel }: Props) {
  const [filter, setFilter] = useState('');
  const likely = useMemo(() => {
    const others = everyone.filter((s) => s.id !== self.id);
    return new Set(findDuplicates([self], others).map((m) => m.incomingId));
  }, [self, everyone]);
  const options = useMemo(() => {
    const words = filter.trim().toLowerCase();
    const others = everyone.filter((s) => s.id !== self.id && (words === '' || s.name.toLowerCase().includes(words)));
    return [...others.filter((s) => likely.has(s.id)), ...others.filter((s) => !likely.has(s.id))].slice(0, SHOWN);
  }, [everyone, self.id, filter, likely]);
  const [chosen, setChosen] = useState<string>(() => [...likely][0] ?? '');
  const other = everyone.find((s) => s.id === chosen);
  return (
    <Dialog title={`Merge ${self.name} with…`} onClose={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (other) onConfirm(other.id);
        }}
      >
        <label className="field">
          Find by name
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <label className="field">
          The same stakeholder as {self.name}
          <select value={chosen} onChange={(e) => setChosen(e.target.value)} size={Math.min(8, Math.max(2, options.length))}>
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.kind}){likely.has(s.id) ? ' (possible duplicate)' : ''}
              </option>
            ))}
          </select>
        </label>
        {other && (
          <p className="hint">
            {other.name} will be merged into {self.name}: {self.name}'s values are kept and its blanks filled from {other.name}; categories, services and
            tags are joined; ties, meetings and tasks move; {other.confidential || self.confidential ? 'the merged record is confidential' : 'neither is confidential'}. You can
            undo this.
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!other}>
            Merge into {self.name}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
