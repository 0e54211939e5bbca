// Asks for the new coalition's name before creating its map.
import { useState } from 'react';
import { useActions } from '../state/core/use-store';
import { Dialog } from './Dialog';

export function NewMapDialog({ onClose }: { readonly onClose: () => void }) {
  const actions = useActions();
  const [name, setName] = useState('');
  const trimmed = name.trim();
  return (
    <Dialog title="New map" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed === '') return;
          onClose();
          void actions.newMap('empty', trimmed);
        }}
      >
        <label className="field">
          <span>Coalition name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required autoFocus />
        </label>
        <p className="hint">The map you have open now stays saved; you can reopen it from File → Open.</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={trimmed === ''}>
            Create map
          </button>
        </div>
      </form>
    </Dialog>
  );
}
