// A list of short lines (shared values, goals): edit any line, remove it, or add another.
import { useEffect, useRef } from 'react';
import { describedBy, FieldError } from './FieldError';
import { LIMITS } from './profile-draft';

interface Props {
  readonly field: 'values' | 'goals';
  readonly legend: string;
  /** What one line is called, for the buttons and labels: "value", "goal". */
  readonly noun: string;
  readonly items: readonly string[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (items: string[]) => void;
}

export function TextListEditor({ field, legend, noun, items, errors, onChange }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusLast = useRef(false);
  useEffect(() => {
    // After "Add", the new empty line takes the focus so the user can type straight away.
    if (!focusLast.current) return;
    focusLast.current = false;
    const inputs = listRef.current?.querySelectorAll('input');
    inputs?.item(inputs.length - 1)?.focus();
  }, [items.length]);

  return (
    <fieldset className="form-group text-list">
      <legend>{legend}</legend>
      {items.length === 0 && <p className="hint">None yet.</p>}
      <ol ref={listRef}>
        {items.map((item, i) => (
          <li key={i}>
            <div className="text-list-row">
              <input
                aria-label={`${legend}, line ${i + 1}`}
                value={item}
                maxLength={LIMITS.shortText}
                onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))}
                {...describedBy(`${field}.${i}`, errors[`${field}.${i}`])}
              />
              <button type="button" className="small" aria-label={`Remove ${noun} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
            <FieldError field={`${field}.${i}`} message={errors[`${field}.${i}`]} />
          </li>
        ))}
      </ol>
      <FieldError field={field} message={errors[field]} />
      <button
        type="button"
        className="small"
        disabled={items.length >= LIMITS.listItems}
        onClick={() => {
          focusLast.current = true;
          onChange([...items, '']);
        }}
      >
        Add a {noun}
      </button>
    </fieldset>
  );
}
