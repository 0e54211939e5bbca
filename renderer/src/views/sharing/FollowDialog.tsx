// "Follow to the new copy…": the handover invite's words, given by an organizer who moved the
// shared map (after removing someone, or a clean copy). The open map moves with them; changes made
// here and not yet in the new copy are carried over. The one invite form (InviteEntry.tsx), without
// an address: the new copy is beside the old one.
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { InviteEntry } from './InviteEntry';

export function FollowDialog({ onClose, onDone }: { readonly onClose: () => void; readonly onDone: () => void }) {
  const actions = useActions();
  return (
    <Dialog title="Follow to the new copy" onClose={onClose}>
      <InviteEntry
        intro="This shared map moved to a new key and a new database. Enter the handover invite an organizer who stayed gave you."
        wordsLabel="Handover invite words"
        kind="handover invite"
        emptyHint="Paste the words, or type them as they are read out to you."
        relayLabel={null}
        submit="Follow"
        working="Following…"
        onClose={onClose}
        onSubmit={async (words) => {
          await actions.followSharedMap(words);
          onDone();
          onClose();
        }}
      />
    </Dialog>
  );
}
