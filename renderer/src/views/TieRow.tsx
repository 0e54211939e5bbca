// One tie in the panel: who it links to, in words, with edit and delete.
import { useState } from 'react';
import type { Stakeholder, Tie } from '../../../shared/model';
import { TIE_STYLES } from '../graph/tie-styles';
import { useActions, useAppState } from '../state/core/use-store';
import { ConfirmDialog } from './Dialog';
import { STRENGTH_LABELS } from './labels';
import { TieFields, type TieValues } from './TieFields';

/** How a directed tie reads from its target's side. */
const INCOMING: Partial<Record<Tie['type'], string>> = { 'works-at': 'Has on staff', 'refers-to': 'Gets referrals from', funds: 'Funded by' };

export function describeTie(tie: Tie, fromId: string): string {
  const style = TIE_STYLES[tie.type];
  return style.directed && tie.target === fromId ? (INCOMING[tie.type] ?? style.label) : style.label;
}

export function TieRow({ tie, self, other }: { readonly tie: Tie; readonly self: Stakeholder; readonly other: Stakeholder | undefined }) {
  const actions = useActions();
  const [editing, setEditing] = useState<TieValues | null>(null);
  const [confirming, setConfirming] = useState(false);
  const otherName = other?.name ?? 'Unknown stakeholder';
  // While presenting a confidential end shows as a placeholder and the notes are scrubbed: saving
  // the form would write the scrubbed text back, so such ties are read-only until presenting ends.
  const locked = useAppState((s) => s.security.presenting) && (self.confidential || other?.confidential === true);
  const lockedTitle = locked ? 'Not while presenting: this tie involves a confidential stakeholder.' : undefined;
  return (
    <li className={`tie-row${tie.type === 'conflict' ? ' tie-conflict' : ''}`}>
      <div className="tie-summary">
        <span className="tie-type">{describeTie(tie, self.id)}</span>{' '}
        <button type="button" className="link" onClick={() => other && actions.select(other.id, true)}>
          {otherName}
        </button>
        <span className="tie-meta">
          {STRENGTH_LABELS[tie.strength]} tie{tie.trust !== null ? ` · trust ${tie.trust}/4` : ''}
        </span>
        <span className="tie-buttons">
          <button
            type="button"
            className="small"
            aria-expanded={editing !== null}
            aria-label={`Edit tie with ${otherName}`}
            disabled={locked}
            title={lockedTitle}
            onClick={() => setEditing(editing ? null : { type: tie.type, strength: tie.strength, trust: tie.trust, notes: tie.notes })}
          >
            Edit
          </button>
          <button type="button" className="small danger-text" aria-label={`Delete tie with ${otherName}`} disabled={locked} title={lockedTitle} onClick={() => setConfirming(true)}>
            Delete
          </button>
        </span>
      </div>
      {tie.notes && !editing && <p className="tie-notes">{tie.notes}</p>}
      {editing && !locked && (
        <form
          className="tie-edit"
          aria-label={`Tie with ${otherName}`}
          onSubmit={(event) => {
            event.preventDefault();
            void actions.updateTie(tie.id, editing).then((ok) => ok && setEditing(null));
          }}
        >
          <TieFields value={editing} onChange={setEditing} full />
          <div className="form-actions">
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Save tie
            </button>
          </div>
        </form>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete this tie?"
          message={`The tie “${TIE_STYLES[tie.type].label}” between ${self.name} and ${otherName} will be removed. You can undo this.`}
          confirmLabel="Delete tie"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void actions.removeTie(tie.id);
          }}
        />
      )}
    </li>
  );
}
