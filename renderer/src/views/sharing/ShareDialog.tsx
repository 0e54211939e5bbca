// "Share this map…" (the map becomes a shared map and the first invite is made) and "Invite an
// organizer…" (another invite to a map already shared). Both end on the invite card.
import { useState } from 'react';
import type { SharedMapInvite } from '../../../../shared/sharing/sharing-contract';
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { DialogFooter, InviteResult } from './DialogFooter';
import { useFormSubmit } from './use-form-submit';

interface Props {
  readonly mode: 'share' | 'invite';
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function ShareDialog({ mode, onClose, onDone }: Props) {
  const actions = useActions();
  const [yourName, setYourName] = useState('');
  const [relay, setRelay] = useState('');
  const [inviteName, setInviteName] = useState('');
  const { busy, error, onSubmit } = useFormSubmit();
  const [invite, setInvite] = useState<SharedMapInvite | null>(null);
  const ready = inviteName.trim() !== '' && (mode === 'invite' || (yourName.trim() !== '' && relay.trim() !== ''));
  const title = mode === 'share' ? 'Share this map' : 'Invite an organizer';
  if (invite) {
    return (
      <Dialog title={title} onClose={onClose}>
        <InviteResult invite={invite} onClose={onClose} />
      </Dialog>
    );
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={onSubmit(ready, async () => {
          setInvite(await (mode === 'share' ? actions.shareMap(yourName, relay, inviteName) : actions.inviteOrganizer(inviteName)));
          onDone();
        })}
      >
        {mode === 'share' && (
          <>
            <p className="hint">
              Other organizers will edit this map with you. Everything is encrypted on this computer before it goes to the relay; confidential people never
              leave this computer.
            </p>
            <label className="field">
              <span>Your name (shown to the others)</span>
              <input value={yourName} onChange={(e) => setYourName(e.target.value)} maxLength={60} required autoFocus />
            </label>
            <label className="field">
              <span>Relay address (your coalition’s CouchDB, or a shared folder)</span>
              <input value={relay} onChange={(e) => setRelay(e.target.value)} maxLength={2048} placeholder="https://relay.example.org" required />
            </label>
          </>
        )}
        <label className="field">
          <span>Invite an organizer named</span>
          <input value={inviteName} onChange={(e) => setInviteName(e.target.value)} maxLength={60} required autoFocus={mode === 'invite'} />
        </label>
        <DialogFooter error={error} onClose={onClose} submit={mode === 'share' ? 'Share and make the invite' : 'Make the invite'} working="Working…" busy={busy} ready={ready} />
      </form>
    </Dialog>
  );
}
