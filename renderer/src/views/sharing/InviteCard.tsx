// An invite as the organizer hands it over: the QR code, the words to read out or paste, and the
// relay address. It holds the coalition key, so the card says how to pass it on.
import { useId, useState } from 'react';
import type { SharedMapInvite } from '../../../../shared/sharing/sharing-contract';
import { InviteQr, qrText } from './InviteQr';

/** `opens` names what the invite lets its holder read (the shared map, or a restricted record). */
export function InviteCard({ invite, opens = 'the shared map' }: { readonly invite: SharedMapInvite; readonly opens?: string }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <section className="invite-card" aria-label={`Invite for ${invite.name}`}>
      <p>
        Invite for <strong>{invite.name}</strong>. Anyone holding it can read {opens}: give it in person or read it out on a call, never by
        e-mail or chat.
      </p>
      <div className="invite-body">
        <InviteQr text={qrText(invite.words, invite.relay)} />
        <div className="invite-text">
          {/* Labels beside, not around, the fields: a wrapped field's value would join its name. */}
          <div className="field sharing-field">
            <label htmlFor={`${id}-words`}>Invite words</label>
            <textarea id={`${id}-words`} className="invite-words" readOnly value={invite.words} rows={6} onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div className="field sharing-field">
            <label htmlFor={`${id}-relay`}>Relay address</label>
            <input id={`${id}-relay`} className="invite-relay" readOnly value={invite.relay} onFocus={(e) => e.currentTarget.select()} />
          </div>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(qrText(invite.words, invite.relay)).then(() => setCopied(true), () => setCopied(false));
            }}
          >
            {copied ? 'Copied' : 'Copy words and address'}
          </button>
        </div>
      </div>
    </section>
  );
}
