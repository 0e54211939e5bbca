// "Join a shared map…": the invite's words (pasted, or typed as read out) and the relay address.
// The words are checked as they are typed, so a mistyped word is named before anything is tried.
import { useId, useState } from 'react';
import { inviteFromWords } from '../../../../shared/sharing/invite';
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';

export function splitPasted(text: string): { words: string; relay: string | null } {
  // A copied invite holds the words and, on its last line, the relay address.
  const lines = text.trim().split(/\r?\n/);
  const last = lines[lines.length - 1]?.trim() ?? '';
  if (lines.length > 1 && (/^https?:\/\//i.test(last) || last.startsWith('/'))) return { words: lines.slice(0, -1).join(' '), relay: last };
  return { words: text, relay: null };
}

export function invitePreview(words: string): { ok: boolean; text: string } | null {
  if (words.trim() === '') return null;
  try {
    return { ok: true, text: `This invite is for ${inviteFromWords(words).name}.` };
  } catch (error) {
    return { ok: false, text: error instanceof Error ? error.message : String(error) };
  }
}

export function JoinDialog({ onClose }: { readonly onClose: () => void }) {
  const actions = useActions();
  const [words, setWords] = useState('');
  const [relay, setRelay] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = invitePreview(words);
  const id = useId();
  return (
    <Dialog title="Join a shared map" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!check?.ok || relay.trim() === '' || busy) return;
          setBusy(true);
          setError(null);
          // As before any other map opens: the panel's typed changes are saved first (queued before the join).
          actions.leaveRecord();
          actions.joinSharedMap(words, relay).then(onClose, (failure: unknown) => {
            setError(failure instanceof Error ? failure.message : String(failure));
            setBusy(false);
          });
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
            aria-describedby="join-invite-check"
            onChange={(e) => {
              const pasted = splitPasted(e.target.value);
              setWords(pasted.words);
              if (pasted.relay !== null) setRelay(pasted.relay);
            }}
          />
        </div>
        <p id="join-invite-check" className={check?.ok === false ? 'field-error' : 'hint'} aria-live="polite">
          {check?.text ?? 'Paste the words, or type them as they are read out to you.'}
        </p>
        <label className="field">
          <span>Relay address</span>
          <input value={relay} onChange={(e) => setRelay(e.target.value)} maxLength={2048} required />
        </label>
        <p className="hint">The shared map is saved as a new map on this computer; the map you have open stays as it is.</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!check?.ok || relay.trim() === '' || busy}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
