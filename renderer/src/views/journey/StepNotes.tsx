// A step's notes: the coalition's own record of how the step is going, saved when asked (a save
// per keystroke would fill the undo history).
import { useState } from 'react';
import { useAppState } from '../../state/use-store';

interface Props {
  readonly title: string;
  readonly saved: string;
  readonly onSave: (notes: string) => Promise<boolean>;
}

export function StepNotes({ title, saved, onSave }: Props) {
  const [notes, setNotes] = useState(saved);
  // While presenting, the notes on screen are scrubbed of confidential names: never save them back.
  const presenting = useAppState((s) => s.security.presenting);
  const changed = notes !== saved && !presenting;
  return (
    <div className="journey-notes">
      <label>
        Notes
        <textarea aria-label={`Notes on “${title}”`} value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={20_000} readOnly={presenting} />
      </label>
      {changed && (
        <button type="button" className="small" onClick={() => void onSave(notes)}>
          Save notes
        </button>
      )}
    </div>
  );
}
