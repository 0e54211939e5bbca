// "Follow to the new copy…": the handover invite's words, given by an organizer who moved the
// shared map (after removing someone, or a clean copy). The open map moves with them; changes made
// here and not yet in the new copy are carried over. Checked as typed, like a join's words.
import { useId, useState } from 'react';
import { inviteFromWords } from '../../../../shared/sharing/invite';
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';

function preview(words: string): { ok: boolean; text: string } | null {
  if (words.trim() === '') return null;
  try {
    return { ok: true, text: `This handover invite is for ${inviteFromWords(words).name}.` };
  } catch (error) {
    return { ok: false, text: error instanceof Error ? error.message : String(error) };
  }
}

export function FollowDialog({ onClose, onDone }: { readonly onClose: () => void; readonly onDone: () => void }) {
  const actions = useActions();
  const [words, setWords] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = preview(words);
  const id = useId();
  return (
    <Dialog title="Follow to the new copy" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!check?.ok || busy) return;
          setBusy(true);
          setError(null);
          actions.followSharedMap(words).then(
            () => {
              onDone();
              onClose();
            },
            (failure: unknown) => {
              setError(failure instanceof Error ? failure.message : String(failure));
              setBusy(false);
            },
          );
        }}
      >
        <p className="hint">This shared map moved to a new key and a new database. Enter the handover invite an organizer who stayed gave you.</p>
        <div className="field sharing-field">
          <label htmlFor={`${id}-words`}>Handover invite words</label>
          <textarea
            id={`${id}-words`}
            value={words}
            rows={5}
            autoFocus
            required
            aria-describedby={`${id}-check`}
            // A copied invite ends with the relay's address on its own line; the new copy is beside the old one, so it is not needed.
            onChange={(e) => setWords(e.target.value.replace(/\n\s*(https?:\/\/|\/)\S*\s*$/i, ''))}
            // The words are one line: Enter follows (Shift+Enter still breaks a line while pasting by hand).
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </div>
        <p id={`${id}-check`} className={check?.ok === false ? 'field-error' : 'hint'} aria-live="polite">
          {check?.text ?? 'Paste the words, or type them as they are read out to you.'}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!check?.ok || busy}>
            {busy ? 'Following…' : 'Follow'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
