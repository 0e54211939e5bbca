// After picking two nodes on the map: choose the tie's type and strength, then add it.
import { useState } from 'react';
import { useActions, useAppState } from '../state/core/use-store';
import { Dialog } from './Dialog';
import { defaultTieValues, TieFields, tieDraft } from './TieFields';

interface Props {
  readonly source: string;
  readonly target: string;
  readonly onClose: () => void;
}

export function LinkTieDialog({ source, target, onClose }: Props) {
  const actions = useActions();
  const names = useAppState((s) => s.map?.stakeholders);
  const [values, setValues] = useState(defaultTieValues);
  const nameOf = (id: string) => names?.find((s) => s.id === id)?.name ?? 'Unknown';
  return (
    <Dialog title={`New tie: ${nameOf(source)} and ${nameOf(target)}`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onClose();
          void actions.addTie(tieDraft(source, target, values));
        }}
      >
        <p className="hint">
          From {nameOf(source)} to {nameOf(target)} (direction matters for “works at”, “refers to” and “funds”).
        </p>
        <TieFields value={values} onChange={setValues} full />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Add tie
          </button>
        </div>
      </form>
    </Dialog>
  );
}
