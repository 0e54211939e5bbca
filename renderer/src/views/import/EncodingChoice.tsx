// The file is not UTF-8: say so (the reader names the likely encoding) and let the user choose
// one to decode it with. Nothing is ever replaced silently; a wrong choice shows in the preview.
import { useState } from 'react';

export const ENCODING_CHOICES = [
  { id: 'windows-1252', label: 'Windows-1252 (Western European; Excel on Windows)' },
  { id: 'iso-8859-1', label: 'ISO-8859-1 (Latin-1)' },
  { id: 'utf-16le', label: 'UTF-16LE (Unicode text without a byte-order mark)' },
] as const;

interface Props {
  readonly fileName: string;
  readonly message: string;
  readonly onChoose: (encoding: string) => void;
  readonly onCancel: () => void;
}

export function EncodingChoice({ fileName, message, onChoose, onCancel }: Props) {
  const suggested = /UTF-16LE/.test(message) ? 'utf-16le' : 'windows-1252';
  const [encoding, setEncoding] = useState<string>(suggested);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(encoding);
      }}
    >
      <p className="import-error" role="alert">
        {message}
      </p>
      <fieldset className="encoding-choice">
        <legend>Which encoding was {fileName} saved in?</legend>
        {ENCODING_CHOICES.map((choice) => (
          <label key={choice.id}>
            <input type="radio" name="encoding" value={choice.id} checked={encoding === choice.id} onChange={() => setEncoding(choice.id)} />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <p className="hint">Check the names in the next step: if accents look wrong, go back and choose another encoding.</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" autoFocus>
          Decode with this encoding
        </button>
      </div>
    </form>
  );
}
