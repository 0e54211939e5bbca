// "Remove a member…" and "Start a clean copy…": a confirmation that says in plain words what will
// happen, then the handover invites, one for each organizer who stays (words and QR code, like the
// first invite). Both move the shared map to a new key and a new database and delete the old one.
import { useState } from 'react';
import type { SharedMove } from '../../../../shared/sharing/sharing-contract';
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { CloseRow } from '../CloseRow';
import { FailureAlert, failureText } from './DialogFooter';
import { InviteCard } from './InviteCard';

interface Props {
  /** The organizer to remove (id and name), or null for a clean copy. */
  readonly member: { readonly id: string; readonly name: string } | null;
  /** The organizers who stay, besides you. */
  readonly others: readonly string[];
  readonly onClose: () => void;
  readonly onDone: () => void;
}

function listed(names: readonly string[]): string {
  if (names.length === 0) return 'nobody else';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function MoveDialog({ member, others, onClose, onDone }: Props) {
  const actions = useActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [move, setMove] = useState<SharedMove | null>(null);
  const title = member === null ? 'Start a clean copy' : `Remove ${member.name}`;
  if (move) return <Handover title={title} move={move} onClose={onClose} />;
  const confirm = () => {
    setBusy(true);
    setError(null);
    (member === null ? actions.startSharedCleanCopy() : actions.removeSharedMember(member.id)).then(
      (result) => {
        setMove(result);
        onDone();
      },
      (failure: unknown) => {
        setError(failureText(failure));
        setBusy(false);
      },
    );
  };
  return (
    <Dialog title={`${title}?`} onClose={onClose}>
      <ul className="move-facts">
        {member === null ? (
          <>
            <li>The shared map is written again from what it holds now, under a new key, into a new database. The old database, with its whole history, is deleted.</li>
            <li>Use it to erase someone: delete them from the map first, then start the clean copy. Whoever already had a copy keeps what they had.</li>
          </>
        ) : (
          <>
            <li>{member.name} keeps everything they already had on their computer: that cannot be taken back.</li>
            <li>Nothing written from now on reaches {member.name}: the shared map moves to a new key and a new database, and the old database is deleted.</li>
          </>
        )}
        <li>
          Every other organizer ({listed(others)}) must move to the new copy: you will get a handover invite for each of them, to give in person or on a call. Until
          they follow, their changes wait on their computers.
        </li>
      </ul>
      <FailureAlert error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={busy}>
          {busy ? 'Moving…' : member === null ? 'Start the clean copy' : `Remove ${member.name} and move the map`}
        </button>
      </div>
    </Dialog>
  );
}

function Handover({ title, move, onClose }: { readonly title: string; readonly move: SharedMove; readonly onClose: () => void }) {
  return (
    <Dialog title={`${title}: handover`} onClose={onClose}>
      <p role="status">
        The shared map moved to a new copy at {move.relay}.{' '}
        {move.invites.length === 0
          ? 'Nobody else needs a handover invite.'
          : 'Give each organizer who stays their handover invite. In their app they choose “Follow to the new copy…” and enter the words.'}
      </p>
      {move.warnings.map((warning) => (
        <p key={warning} className="field-error" role="alert">
          {warning}
        </p>
      ))}
      {move.invites.map((invite) => (
        <InviteCard key={invite.name} invite={invite} />
      ))}
      <CloseRow onClose={onClose} label="Done" primary focus />
    </Dialog>
  );
}
