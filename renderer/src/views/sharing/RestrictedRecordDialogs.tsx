// The commands on one restricted record, from its line in the members dialog: "Invite an organizer
// to it…" (another invite to the same record, any member may make one) and "Leave…", which says
// in words what leaving does before the organizer confirms.
import { useState } from 'react';
import type { RestrictedDetail, RestrictedInvite } from '../../../../shared/sharing/sharing-contract';
import { useActions, useAppState } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { DialogFooter, failureText, InviteResult } from './DialogFooter';
import { withWhom } from './RestrictedDialog';

interface Props {
  readonly record: RestrictedDetail;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function InviteToRecordDialog({ record, onClose, onDone }: Props) {
  const actions = useActions();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invite, setInvite] = useState<RestrictedInvite | null>(null);
  const title = `Invite an organizer to “${record.label}”`;
  if (invite !== null) {
    return (
      <Dialog title={title} onClose={onClose}>
        <InviteResult invite={invite} opens="this restricted record" note={invite.setup ?? 'Nothing has to be set up at the shared folder: only this invite opens the record.'} onClose={onClose} />
      </Dialog>
    );
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '' || busy) return;
          setBusy(true);
          setError(null);
          actions
            .inviteToRestrictedRecord(record.id, name)
            .then(
              (made) => {
                setInvite(made);
                onDone();
              },
              (failure: unknown) => setError(failureText(failure)),
            )
            .finally(() => setBusy(false));
        }}
      >
        <p className="hint">
          The organizer you name will see everyone in this record ({record.people.length} {record.people.length === 1 ? 'person' : 'people'}, with {withWhom(record.members)}) as confidential
          people.
        </p>
        <label className="field">
          <span>Invite an organizer named</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required autoFocus />
        </label>
        <DialogFooter error={error} onClose={onClose} submit="Make the invite" working="Working…" busy={busy} ready={name.trim() !== ''} />
      </form>
    </Dialog>
  );
}

export function LeaveRecordDialog({ record, you, relayIsFolder, onClose, onDone }: Props & { readonly you: string | null; readonly relayIsFolder: boolean }) {
  const actions = useActions();
  const stakeholders = useAppState((s) => s.map?.stakeholders);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const names = (stakeholders ?? []).filter((s) => record.leaving.includes(s.id)).map((s) => s.name);
  const own = record.people.length - record.leaving.length;
  const others = record.members.filter((m) => m !== you);
  return (
    <Dialog title={`Leave “${record.label}”`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          setError(null);
          actions.leaveRestrictedRecord(record.id).then(
            (notices) => {
              for (const n of notices) actions.notify(n.level, n.message);
              onDone();
              onClose();
            },
            (failure: unknown) => {
              setError(failureText(failure));
              setBusy(false);
            },
          );
        }}
      >
        <p>If you leave:</p>
        <ul className="leave-list">
          <li>This computer stops syncing the record and deletes its key and everything it kept of it.</li>
          <li>{leavingWords(names, record.leaving.length)}</li>
          {own > 0 && <li>The {own === 1 ? 'person' : `${own} people`} you put in yourself stay on your map, still confidential; the others keep them as they are now, and your later changes no longer reach them.</li>}
          <li>The others ({withWhom(others)}) keep the record and everyone in it. To come back you need a new invite from one of them.</li>
          {!relayIsFolder && <li>Ask whoever runs the relay to take your account out of the record’s database.</li>}
        </ul>
        <DialogFooter error={error} onClose={onClose} submit="Leave the record" working="Leaving…" busy={busy} ready />
      </form>
    </Dialog>
  );
}

/** Who leaves this map with the record: by name when the map shows them, else how many. */
function leavingWords(names: readonly string[], count: number): string {
  if (count === 0) return 'Nobody leaves your map: you put everyone in this record in yourself.';
  const who = names.length === count ? withWhom(names) : `${count} ${count === 1 ? 'person' : 'people'}`;
  return `${who} ${count === 1 ? 'leaves' : 'leave'} your map and its backups: you have them only through this record.`;
}
