// "Remove from this record…" on a restricted record's line: pick the organizer to remove, read what
// removal does and does not do, confirm. The record moves to a new key the other members' apps take
// up by themselves at their next sync; the removed organizer keeps what they already saw.
import { useState } from 'react';
import type { RestrictedDetail, RestrictedRemoval } from '../../../../shared/sharing/sharing-contract';
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { DialogFooter, failureText } from './DialogFooter';
import { withWhom } from './RestrictedDialog';

interface Props {
  readonly record: RestrictedDetail;
  /** This organizer's id in the shared map (they cannot remove themselves here: that is "Leave…"). */
  readonly youId: string | null;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function RemoveFromRecordDialog({ record, youId, onClose, onDone }: Props) {
  const actions = useActions();
  const others = (record.organizers ?? []).filter((o) => o.id !== youId);
  const [member, setMember] = useState(others.length === 1 ? others[0]!.id : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<RestrictedRemoval | null>(null);
  const title = `Remove an organizer from “${record.label}”`;
  if (done !== null) return <Removed title={title} done={done} stay={others.filter((o) => o.name !== done.removed).map((o) => o.name)} onClose={onClose} />;
  const chosen = others.find((o) => o.id === member)?.name ?? 'the organizer you remove';
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (member === '' || busy) return;
          setBusy(true);
          setError(null);
          actions.removeFromRestrictedRecord(record.id, member).then(
            (result) => {
              setDone(result);
              onDone();
            },
            (failure: unknown) => {
              setError(failureText(failure));
              setBusy(false);
            },
          );
        }}
      >
        {others.length === 0 ? (
          <p className="hint">Nobody else is in this record.</p>
        ) : (
          <fieldset className="record-remove-choice">
            <legend>Remove</legend>
            {others.map((o, i) => (
              <label key={o.id}>
                <input type="radio" name="remove-member" value={o.id} checked={member === o.id} onChange={() => setMember(o.id)} autoFocus={i === 0} />
                {o.name}
              </label>
            ))}
          </fieldset>
        )}
        <p>If you remove {chosen}:</p>
        <ul className="leave-list">
          <li>The record moves to a new key and a new database. Nothing written to it from then on can be read by {chosen}.</li>
          <li>{stayWords(others.filter((o) => o.id !== member).map((o) => o.name))}</li>
          <li>{chosen} keeps what they already saw. Their app is asked to delete it, but nobody can make it.</li>
        </ul>
        <DialogFooter error={error} onClose={onClose} submit="Remove and change the key" working="Changing the key…" busy={busy} ready={member !== ''} />
      </form>
    </Dialog>
  );
}

/** What happens for the members who stay besides you. */
function stayWords(stay: readonly string[]): string {
  if (stay.length === 0) return 'You keep the record on its new key; nobody else is in it.';
  return `${withWhom(stay)} ${stay.length === 1 ? 'moves' : 'move'} with it by themselves the next time their app syncs, also if offline now. Nobody types anything.`;
}

function Removed({ title, done, stay, onClose }: { readonly title: string; readonly done: RestrictedRemoval; readonly stay: readonly string[]; readonly onClose: () => void }) {
  return (
    <Dialog title={title} onClose={onClose}>
      <p role="status">
        {done.removed} was removed. The record is on its new key; {stay.length === 0 ? 'you are its only member' : `${withWhom(stay)} move${stay.length === 1 ? 's' : ''} to it at their next sync`}.
      </p>
      {done.setup !== null && <p className="hint">{done.setup}</p>}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </Dialog>
  );
}
