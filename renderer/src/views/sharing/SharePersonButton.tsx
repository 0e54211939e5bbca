// "Share this person…" on a confidential person's own panel, when the open map is shared: opens
// "Share a confidential person" with them chosen (a new restricted record for a named organizer,
// a record this organizer is already in, or another invite to the record that holds them). Open
// people never go into restricted records, and another organizer's placeholder is not this
// organizer's to share, so neither gets the button.
import { useEffect, useState } from 'react';
import type { Stakeholder } from '../../../../shared/model';
import { isPlaceholder } from '../../../../shared/sync/placeholders';
import { useActions } from '../../state/core/use-store';
import { RestrictedDialog } from './RestrictedDialog';

const ASK_EVERY_MS = 1_500;

export function SharePersonButton({ self }: { readonly self: Stakeholder }) {
  const actions = useActions();
  const [shared, setShared] = useState(false);
  const [open, setOpen] = useState(false);
  const mayShare = self.confidential === true && !isPlaceholder(self);
  // Asked again every moment, as the sharing bar does (cheap: no network), so sharing the map while the panel is open shows the button.
  useEffect(() => {
    if (!mayShare) return;
    let live = true;
    const ask = () => {
      actions.sharingStatus().then(
        (s) => live && setShared(s.state !== 'not-shared' && s.state !== 'moved' && s.state !== 'removed'),
        () => undefined,
      );
    };
    ask();
    const timer = setInterval(ask, ASK_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [actions, mayShare, self.id]);
  if (!mayShare || !shared) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title="Share this confidential person with named organizers only, in a restricted record; never in the shared map">
        Share this person…
      </button>{' '}
      {open && <RestrictedDialog mode="share" person={self.id} onClose={() => setOpen(false)} onDone={() => undefined} />}
    </>
  );
}
