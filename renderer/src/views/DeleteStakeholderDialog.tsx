// Confirms deleting a stakeholder. For someone confidential or with lived experience it also offers
// to erase them from the undo history and the map's backups (on by default for confidential
// people), says that this clears the whole history, lists the mentions of their name elsewhere in
// the map that go with them and asks about those that may name someone else, and is plain about
// what the app cannot erase: old disk blocks on an SSD or copy-on-write file system, and copies
// kept elsewhere.
import { useMemo, useState } from 'react';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { ERASE_EXPLAINED, ERASE_LIMITS, ERASE_OPTION, erasePlan, erasesHistoryByDefault, offersHistoryErase } from '../state/safety/secure-delete';
import { Dialog } from './Dialog';
import { EraseMentions } from './EraseMentions';

interface Props {
  readonly map: MapDocument;
  readonly self: Stakeholder;
  readonly tieCount: number;
  /** `spellings`: the mentions of their name to scrub with an erase (certain ones and those ticked). */
  readonly onConfirm: (eraseHistory: boolean, spellings: readonly string[]) => void;
  readonly onCancel: () => void;
}

export function DeleteStakeholderDialog({ map, self, tieCount, onConfirm, onCancel }: Props) {
  const offered = offersHistoryErase(self);
  const [erase, setErase] = useState(offered && erasesHistoryByDefault(self));
  const plan = useMemo(() => (offered ? erasePlan(map, self) : null), [offered, map, self]);
  // Fail closed: every word that may name them is ticked until the user says it names someone else.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(plan?.uncertain.map((u) => u.spelling) ?? []));
  const ties = tieCount === 0 ? '' : tieCount === 1 ? ' and their one tie' : ` and their ${tieCount} ties`;
  const spellings = plan === null ? [] : [...plan.certain, ...plan.uncertain.map((u) => u.spelling).filter((s) => chosen.has(s))];
  return (
    <Dialog title={`Delete ${self.name}?`} onClose={onCancel}>
      <p>
        {self.name}
        {ties} will be removed from the map. {erase ? 'This cannot be undone.' : 'You can undo this.'}
      </p>
      {offered && plan && (
        <div className="erase-choice">
          <label className="check">
            <input type="checkbox" checked={erase} onChange={(e) => setErase(e.target.checked)} />
            {ERASE_OPTION}
          </label>
          <p className="hint">{ERASE_EXPLAINED}</p>
          {erase && <EraseMentions plan={plan} chosen={chosen} onChange={setChosen} />}
          <p className="hint" role="note">
            {ERASE_LIMITS}
          </p>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => onConfirm(offered && erase, offered && erase ? spellings : [])}>
          {erase ? 'Delete and erase' : 'Delete'}
        </button>
      </div>
    </Dialog>
  );
}
