// The holder's switch for anonymous placeholders: off by default; when on, each of this
// organizer's confidential people is counted on the others' maps as "Confidential person (held by
// …)" with categories and stage only, so everyone's coverage figures agree. Saved with the map's
// sharing settings on the Node side, which adds or removes the placeholders in one change.
import { useState } from 'react';
import type { SharingStatus } from '../../../../shared/sharing/sharing-contract';
import { useActions } from '../../state/core/use-store';
import { FailureAlert, failureText } from './DialogFooter';

interface Props {
  readonly status: SharingStatus;
  readonly onChanged: () => void;
}

export function PlaceholderSwitch({ status, onChanged }: Props) {
  const actions = useActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [on, setOn] = useState(status.placeholders === true);
  const change = (allowed: boolean) => {
    // Not disabled while the change is under way: a disabled box would lose the keyboard's focus.
    if (busy) return;
    setBusy(true);
    setError(null);
    actions.allowSharedPlaceholders(allowed).then(
      (next) => {
        setOn(next.placeholders === true);
        setBusy(false);
        onChanged();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failureText(failure));
      },
    );
  };
  return (
    <div className="sharing-placeholders">
      <label>
        <input type="checkbox" checked={on} aria-busy={busy} aria-describedby="placeholder-hint" onChange={(e) => change(e.target.checked)} /> Count my confidential people on the others’ maps
      </label>
      <p className="hint" id="placeholder-hint">
        Each shows there as “Confidential person (held by {status.you ?? 'you'})” with its categories and stage only: no name, contact, notes or ties.
      </p>
      <FailureAlert error={error} />
    </div>
  );
}
