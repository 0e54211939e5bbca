// "Join a shared map…": the invite's words (pasted, or typed as read out) and the relay address,
// in the one invite form (InviteEntry.tsx).
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { InviteEntry } from './InviteEntry';

export function JoinDialog({ onClose }: { readonly onClose: () => void }) {
  const actions = useActions();
  return (
    <Dialog title="Join a shared map" onClose={onClose}>
      <InviteEntry
        wordsLabel="Invite words"
        emptyHint="Paste the words, or type them as they are read out to you."
        relayLabel="Relay address"
        note="The shared map is saved as a new map on this computer; the map you have open stays as it is."
        submit="Join"
        working="Joining…"
        onClose={onClose}
        onSubmit={async (words, relay) => {
          // As before any other map opens: the panel's typed changes are saved first (queued before the join).
          actions.leaveRecord();
          await actions.joinSharedMap(words, relay);
          onClose();
        }}
      />
    </Dialog>
  );
}
