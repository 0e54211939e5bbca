// The sharing status, always visible under the header: not shared, synced, offline or the relay
// unreachable (with the reason and the changes waiting), or refused changes; and the way in to
// sharing, joining, inviting and the conflict review. It asks the Node side every moment (cheap:
// no network, the sync runs there on its own) and takes the others' changes when some arrived.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SharingStatus } from '../../../../shared/sharing/sharing-contract';
import { useActions, useAppState } from '../../state/core/use-store';
import { afterFirstPaintIdle } from '../../state/sharing/after-first-paint-idle';
import { FollowDialog } from './FollowDialog';
import { JoinDialog } from './JoinDialog';
import { MoveDialog } from './MoveDialog';
import { RestrictedDialog } from './RestrictedDialog';
import { InviteToRecordDialog, LeaveRecordDialog } from './RestrictedRecordDialogs';
import type { RestrictedOpen } from './RestrictedRecords';
import { RemoveFromRecordDialog } from './RestrictedRemoveDialog';
import { ReviewDialog } from './ReviewDialog';
import { ShareDialog } from './ShareDialog';
import { statusWords } from './status-words';
import './sharing.css';

const ASK_EVERY_MS = 1_500;
type Open = 'share' | 'invite' | 'join' | 'review' | 'follow' | { readonly restricted: RestrictedOpen } | { readonly remove: { readonly id: string; readonly name: string } | null } | null;

export function SharingBar() {
  const actions = useActions();
  const mapPath = useAppState((s) => s.file?.path ?? null);
  const [status, setStatus] = useState<SharingStatus | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const taken = useRef<string>('');
  const refresh = useCallback(() => {
    actions.sharingStatus().then(setStatus, () => undefined);
  }, [actions]);
  useEffect(() => {
    // The first ask for a newly opened shared map starts loading its history in the main process
    // (a second or more of CPU on a big map): it waits until the map's first frame is drawn and
    // the window has a moment to spare.
    const cancelFirst = afterFirstPaintIdle(refresh);
    const timer = setInterval(refresh, ASK_EVERY_MS);
    return () => {
      cancelFirst();
      clearInterval(timer);
    };
  }, [refresh, mapPath]);
  const incoming = status && status.state !== 'not-shared' ? `${mapPath}:${status.incoming}` : '';
  useEffect(() => {
    if (incoming === '' || incoming === taken.current) return;
    taken.current = incoming;
    actions.takeSharedChanges().catch((error: unknown) => actions.notify('error', error instanceof Error ? error.message : String(error)));
  }, [incoming, actions]);
  if (mapPath === null) return null;
  const shared = status !== null && status.state !== 'not-shared';
  const words = status === null ? { text: 'Sharing: checking…', tone: 'quiet' as const } : statusWords(status);
  const conflicts = status?.conflicts.length ?? 0;
  const gone = status?.state === 'moved' || status?.state === 'removed';
  const others = (status?.organizers ?? []).filter((o) => o.id !== status?.youId && (open === null || typeof open !== 'object' || !('remove' in open) || o.id !== open.remove?.id)).map((o) => o.name);
  return (
    <section className={`sharing-bar tone-${words.tone}`} aria-label="Sharing">
      <p className="sharing-state" role="status" title={words.text}>
        {words.text}
      </p>
      <div className="sharing-actions">
        {shared && (status.state === 'offline' || status.state === 'unreachable') && (
          <button type="button" onClick={() => actions.syncSharedNow().then(setStatus, () => undefined)}>
            Try now
          </button>
        )}
        {status?.state === 'moved' && (
          <button type="button" className="attention" onClick={() => setOpen('follow')}>
            Follow to the new copy…
          </button>
        )}
        {shared && (
          <button type="button" className={conflicts > 0 ? 'attention' : undefined} onClick={() => setOpen('review')}>
            {conflicts > 0 ? `Review ${conflicts} conflict${conflicts === 1 ? '' : 's'}…` : `Members (${status.members.length})…`}
          </button>
        )}
        {gone ? null : shared ? (
          <button type="button" onClick={() => setOpen('invite')}>
            Invite an organizer…
          </button>
        ) : (
          <button type="button" onClick={() => setOpen('share')}>
            Share this map…
          </button>
        )}
        <button type="button" onClick={() => setOpen('join')}>
          Join a shared map…
        </button>
      </div>
      {(open === 'share' || open === 'invite') && <ShareDialog mode={open} onClose={() => setOpen(null)} onDone={refresh} />}
      {open === 'join' && <JoinDialog onClose={() => setOpen(null)} />}
      {open === 'review' && status && (
        <ReviewDialog status={status} onClose={() => setOpen(null)} onSettled={refresh} onRemove={(member) => setOpen({ remove: member })} onCleanCopy={() => setOpen({ remove: null })} onRestricted={(what) => setOpen({ restricted: what })} />
      )}
      {open !== null && typeof open === 'object' && 'restricted' in open && (
        <RestrictedOpened what={open.restricted} status={status} onClose={() => setOpen(null)} onDone={refresh} />
      )}
      {open === 'follow' && <FollowDialog onClose={() => setOpen(null)} onDone={refresh} />}
      {typeof open === 'object' && open !== null && 'remove' in open && <MoveDialog member={open.remove} others={others} onClose={() => setOpen(null)} onDone={refresh} />}
    </section>
  );
}

/** The restricted-record dialog the members dialog asked for. */
function RestrictedOpened({ what, status, onClose, onDone }: { readonly what: RestrictedOpen; readonly status: SharingStatus | null; readonly onClose: () => void; readonly onDone: () => void }) {
  if (what === 'share' || what === 'join') return <RestrictedDialog mode={what} onClose={onClose} onDone={onDone} />;
  if ('invite' in what) return <InviteToRecordDialog record={what.invite} onClose={onClose} onDone={onDone} />;
  if ('removeFrom' in what) return <RemoveFromRecordDialog record={what.removeFrom} youId={status?.youId ?? null} onClose={onClose} onDone={onDone} />;
  return <LeaveRecordDialog record={what.leave} you={status?.you ?? null} relayIsFolder={!/^https?:/i.test(status?.relay ?? '')} onClose={onClose} onDone={onDone} />;
}
