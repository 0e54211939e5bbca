// Restricted records from the members dialog. "Share a confidential person…": a survivor whom two
// advocates must share goes into a record of their own (its own key, its own database at the
// relay), never into the shared map, and the named organizer gets an invite to it, shown like
// the first invite, with what the relay's admin must set up, if anything. "Join a restricted
// record…": the invite's words and the record's relay address; its people then show on this map
// as confidential people.
import { useId, useState } from 'react';
import type { RestrictedInvite } from '../../../../shared/sharing/sharing-contract';
import { isPlaceholder } from '../../../../shared/sync/placeholders';
import { useActions, useAppState } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { InviteCard } from './InviteCard';
import { invitePreview, splitPasted } from './JoinDialog';

interface Props {
  readonly mode: 'share' | 'join';
  readonly onClose: () => void;
  readonly onDone: () => void;
}

function message(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

export function RestrictedDialog({ mode, onClose, onDone }: Props) {
  return mode === 'share' ? <ShareRestricted onClose={onClose} onDone={onDone} /> : <JoinRestricted onClose={onClose} onDone={onDone} />;
}

function ShareRestricted({ onClose, onDone }: Omit<Props, 'mode'>) {
  const actions = useActions();
  const stakeholders = useAppState((s) => s.map?.stakeholders);
  const people = (stakeholders ?? []).filter((s) => s.confidential === true && !isPlaceholder(s)).sort((a, b) => a.name.localeCompare(b.name));
  const [person, setPerson] = useState(people[0]?.id ?? '');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invite, setInvite] = useState<RestrictedInvite | null>(null);
  const title = 'Share a confidential person';
  if (invite) {
    return (
      <Dialog title={title} onClose={onClose}>
        <InviteCard invite={invite} opens="this restricted record" />
        <p className="hint">{invite.setup ?? 'Nothing has to be set up at the shared folder: the record is sealed under its own key, and only this invite opens it.'}</p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={onClose} autoFocus>
            Done
          </button>
        </div>
      </Dialog>
    );
  }
  const ready = person !== '' && name.trim() !== '' && !busy;
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready) return;
          setBusy(true);
          setError(null);
          actions.shareRestrictedPerson(person, name).then(
            (made) => {
              setInvite(made);
              onDone();
            },
            (failure: unknown) => setError(message(failure)),
          ).finally(() => setBusy(false));
        }}
      >
        <p className="hint">
          The person goes into a restricted record of their own, under its own key, in its own place at the relay; the shared map and the other organizers never
          get them. The organizer you name sees them as a confidential person.
        </p>
        {people.length === 0 ? (
          <p className="hint">This map has no confidential people. Mark a person confidential first.</p>
        ) : (
          <label className="field">
            <span>Confidential person</span>
            <select value={person} onChange={(e) => setPerson(e.target.value)} autoFocus>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>Share with the organizer named</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            {busy ? 'Working…' : 'Share and make the invite'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function JoinRestricted({ onClose, onDone }: Omit<Props, 'mode'>) {
  const actions = useActions();
  const [words, setWords] = useState('');
  const [relay, setRelay] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = invitePreview(words);
  const id = useId();
  const ready = check?.ok === true && relay.trim() !== '' && !busy;
  return (
    <Dialog title="Join a restricted record" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready) return;
          setBusy(true);
          setError(null);
          actions.joinRestrictedRecord(words, relay).then(
            () => {
              onDone();
              onClose();
            },
            (failure: unknown) => {
              setError(message(failure));
              setBusy(false);
            },
          );
        }}
      >
        <div className="field sharing-field">
          <label htmlFor={`${id}-words`}>Invite words</label>
          <textarea
            id={`${id}-words`}
            value={words}
            rows={5}
            autoFocus
            required
            aria-describedby={`${id}-check`}
            onChange={(e) => {
              const pasted = splitPasted(e.target.value);
              setWords(pasted.words);
              if (pasted.relay !== null) setRelay(pasted.relay);
            }}
          />
        </div>
        <p id={`${id}-check`} className={check?.ok === false ? 'field-error' : 'hint'} aria-live="polite">
          {check?.text ?? 'Paste the words of the restricted record’s invite, or type them as they are read out to you.'}
        </p>
        <label className="field">
          <span>Record’s relay address</span>
          <input value={relay} onChange={(e) => setRelay(e.target.value)} maxLength={2048} required />
        </label>
        <p className="hint">Its people join this map as confidential people: they stay on this computer and never go into the shared map.</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            {busy ? 'Joining…' : 'Join the record'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
