// The foot of every sharing form: what went wrong (read out when it appears), Cancel, and the
// form's submit button, which says it is working while the Node side answers. And the foot of a
// dialog that ends on an invite: the card, what it needs said about it, and Done. The failure line
// serves the other sharing dialogs too.
import type { ReactNode } from 'react';
import type { SharedMapInvite } from '../../../../shared/sharing/sharing-contract';
import { CloseRow } from '../CloseRow';
import { InviteCard } from './InviteCard';

interface FooterProps {
  readonly error: string | null;
  readonly onClose: () => void;
  /** The submit button's words, and its words while the Node side works. */
  readonly submit: string;
  readonly working: string;
  readonly busy: boolean;
  readonly ready: boolean;
}

export function DialogFooter({ error, onClose, submit, working, busy, ready }: FooterProps) {
  return (
    <>
      <FailureAlert error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!ready || busy}>
          {busy ? working : submit}
        </button>
      </div>
    </>
  );
}

/** The invite the dialog made, then Done (focused: Enter closes). */
export function InviteResult({ invite, opens, note, onClose }: { readonly invite: SharedMapInvite; readonly opens?: string; readonly note?: ReactNode; readonly onClose: () => void }) {
  return (
    <>
      <InviteCard invite={invite} {...(opens === undefined ? {} : { opens })} />
      {note !== undefined && <p className="hint">{note}</p>}
      <CloseRow onClose={onClose} label="Done" primary focus />
    </>
  );
}

/** What went wrong, read out when it appears; nothing while all is well. */
export function FailureAlert({ error }: { readonly error: string | null }) {
  if (!error) return null;
  return (
    <p className="field-error" role="alert">
      {error}
    </p>
  );
}

/** A failure as the dialog shows it. */
export function failureText(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
