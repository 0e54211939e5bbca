// The one form that takes an invite: its words (pasted, or typed as read out), checked as they are
// typed so a mistyped word is named before anything is tried ("This invite is for …"), the relay
// address when the invite needs one, and the foot with the submit button. "Join a shared map…",
// "Join a restricted record…" and "Follow to the new copy…" all use it.
import { useId, useState, type ReactNode } from 'react';
import { inviteFromWords } from '../../../../shared/sharing/invite';
import { DialogFooter, failureText } from './DialogFooter';
import { useFormSubmit } from './use-form-submit';

export function splitPasted(text: string): { words: string; relay: string | null } {
  // A copied invite holds the words and, on its last line, the relay address.
  const lines = text.trim().split(/\r?\n/);
  const last = lines[lines.length - 1]?.trim() ?? '';
  if (lines.length > 1 && (/^https?:\/\//i.test(last) || last.startsWith('/'))) return { words: lines.slice(0, -1).join(' '), relay: last };
  return { words: text, relay: null };
}

/** "This invite is for Ben." (or `kind` in place of "invite"), or what is wrong with the words. */
export function invitePreview(words: string, kind = 'invite'): { ok: boolean; text: string } | null {
  if (words.trim() === '') return null;
  try {
    return { ok: true, text: `This ${kind} is for ${inviteFromWords(words).name}.` };
  } catch (error) {
    return { ok: false, text: failureText(error) };
  }
}

interface Props {
  /** The words field's name ("Invite words"), and the invite's kind in the check line ("invite", "handover invite"). */
  readonly wordsLabel: string;
  readonly kind?: string;
  /** What the check line says before anything is typed. */
  readonly emptyHint: string;
  /** The address field's name; null when the invite needs none (a copied address is then dropped, and Enter submits). */
  readonly relayLabel: string | null;
  /** Said above the words (why this invite), and below the fields (what joining does). */
  readonly intro?: ReactNode;
  readonly note?: ReactNode;
  readonly submit: string;
  readonly working: string;
  /** Runs the join; a failure's message is shown in the form, which stays open. */
  readonly onSubmit: (words: string, relay: string) => Promise<void>;
  readonly onClose: () => void;
}

export function InviteEntry({ wordsLabel, kind = 'invite', emptyHint, relayLabel, intro, note, submit, working, onSubmit, onClose }: Props) {
  const [words, setWords] = useState('');
  const [relay, setRelay] = useState('');
  const form = useFormSubmit();
  const { busy, error } = form;
  const check = invitePreview(words, kind);
  const id = useId();
  const ready = check?.ok === true && (relayLabel === null || relay.trim() !== '');
  return (
    <form onSubmit={form.onSubmit(ready, () => onSubmit(words, relay), true)}>
      {intro !== undefined && <p className="hint">{intro}</p>}
      <div className="field sharing-field">
        <label htmlFor={`${id}-words`}>{wordsLabel}</label>
        <textarea
          id={`${id}-words`}
          value={words}
          rows={5}
          autoFocus
          required
          aria-describedby={`${id}-check`}
          onChange={(e) => {
            if (relayLabel === null) {
              // A copied invite ends with the relay's address on its own line; not needed here.
              setWords(e.target.value.replace(/\n\s*(https?:\/\/|\/)\S*\s*$/i, ''));
              return;
            }
            const pasted = splitPasted(e.target.value);
            setWords(pasted.words);
            if (pasted.relay !== null) setRelay(pasted.relay);
          }}
          // Without an address field the words are the whole form: Enter submits (Shift+Enter still breaks a line).
          onKeyDown={(e) => {
            if (relayLabel === null && e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </div>
      <p id={`${id}-check`} className={check?.ok === false ? 'field-error' : 'hint'} aria-live="polite">
        {check?.text ?? emptyHint}
      </p>
      {relayLabel !== null && (
        <label className="field">
          <span>{relayLabel}</span>
          <input value={relay} onChange={(e) => setRelay(e.target.value)} maxLength={2048} required />
        </label>
      )}
      {note !== undefined && <p className="hint">{note}</p>}
      <DialogFooter error={error} onClose={onClose} submit={submit} working={working} busy={busy} ready={ready} />
    </form>
  );
}
