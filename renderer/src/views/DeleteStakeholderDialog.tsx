// Confirms deleting a stakeholder. For someone confidential or with lived experience it also offers
// to erase them from the undo history and the map's backups (on by default for confidential
// people), says that this clears the whole history, and is plain about what the app cannot erase:
// old disk blocks on an SSD or copy-on-write file system, and copies kept elsewhere.
import { useState } from 'react';
import type { Stakeholder } from '../../../shared/model';
import { ERASE_EXPLAINED, ERASE_LIMITS, ERASE_OPTION, erasesHistoryByDefault, offersHistoryErase } from '../state/secure-delete';
import { Dialog } from './Dialog';

interface Props {
  readonly self: Stakeholder;
  readonly tieCount: number;
  readonly onConfirm: (eraseHistory: boolean) => void;
  readonly onCancel: () => void;
}

export function DeleteStakeholderDialog({ self, tieCount, onConfirm, onCancel }: Props) {
  const offered = offersHistoryErase(self);
  const [erase, setErase] = useState(offered && erasesHistoryByDefault(self));
  const ties = tieCount === 0 ? '' : tieCount === 1 ? ' and their one tie' : ` and their ${tieCount} ties`;
  return (
    <Dialog title={`Delete ${self.name}?`} onClose={onCancel}>
      <p>
        {self.name}
        {ties} will be removed from the map. {erase ? 'This cannot be undone.' : 'You can undo this.'}
      </p>
      {offered && (
        <div className="erase-choice">
          <label className="check">
            <input type="checkbox" checked={erase} onChange={(e) => setErase(e.target.checked)} />
            {ERASE_OPTION}
          </label>
          <p className="hint">{ERASE_EXPLAINED}</p>
          <p className="hint" role="note">
            {ERASE_LIMITS}
          </p>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => onConfirm(offered && erase)}>
          {erase ? 'Delete and erase' : 'Delete'}
        </button>
      </div>
    </Dialog>
  );
}
