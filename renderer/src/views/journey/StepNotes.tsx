// A step's notes: the coalition's own record of how the step is going, saved when asked (a save
// per keystroke would fill the undo history). What is typed and not saved is kept as a draft in
// the store, so closing the dialog or switching sections loses nothing: it is offered back here.
import { useState } from 'react';
import { useActions, useAppState } from '../../state/core/use-store';

interface Props {
  readonly title: string;
  /** Which step the notes belong to: the key of their draft. */
  readonly draftKey: string;
  readonly saved: string;
  readonly onSave: (notes: string) => Promise<boolean>;
}

export function StepNotes({ title, draftKey, saved, onSave }: Props) {
  const actions = useActions();
  const kept = useAppState((s) => s.drafts.notes[draftKey]);
  const [notes, setNotes] = useState(kept ?? saved);
  const [restored] = useState(kept !== undefined && kept !== saved);
  // While presenting, the notes on screen are scrubbed of confidential names: never save them back,
  // and show the scrubbed saved text rather than a draft (which is the raw typing).
  const presenting = useAppState((s) => s.security.presenting);
  const changed = notes !== saved && !presenting;
  const edit = (text: string) => {
    setNotes(text);
    if (text === saved) actions.dropNoteDraft(draftKey);
    else actions.keepNoteDraft(draftKey, text);
  };
  return (
    <div className="journey-notes">
      <label>
        Notes
        <textarea aria-label={`Notes on “${title}”`} value={presenting ? saved : notes} onChange={(e) => edit(e.target.value)} rows={2} maxLength={20_000} readOnly={presenting} />
      </label>
      {changed && restored && <p className="hint">These notes were typed earlier and are not saved yet.</p>}
      {changed && (
        <button type="button" className="small" onClick={() => void onSave(notes).then((ok) => ok && actions.dropNoteDraft(draftKey))}>
          Save notes
        </button>
      )}
    </div>
  );
}
