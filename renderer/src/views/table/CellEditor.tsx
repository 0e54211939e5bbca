// The editor a list cell opens: a text field, the stage or influence choice, or the category
// boxes. Enter keeps the value, Escape throws it away, and leaving the editor keeps it too, so a
// typed value is never lost by clicking elsewhere.
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { CATEGORIES } from '../../../../shared/categories';
import { STAGES } from '../../../../shared/schema';
import { STAGE_LABELS } from '../labels';
import type { Column } from '../../graph/grid-columns';
import type { CellValue } from '../../graph/grid-cell-edit';

interface Props {
  readonly column: Column;
  /** Whose cell it is, for the editor's label. */
  readonly name: string;
  readonly initial: CellValue;
  readonly error: string | null;
  /** `byKey`: Enter (the focus goes back to the cell) rather than leaving the editor. */
  readonly onDone: (value: CellValue, byKey: boolean) => void;
  readonly onCancel: () => void;
}

export function CellEditor({ column, name, initial, error, onDone, onCancel }: Props) {
  const [value, setShown] = useState<CellValue>(initial);
  // The latest value, read when the editor closes: a key can arrive before the render that
  // follows the last change, and a value from that render's closure would lose the typing.
  const latest = useRef<CellValue>(initial);
  const setValue = (next: CellValue) => {
    latest.current = next;
    setShown(next);
  };
  const box = useRef<HTMLDivElement>(null);
  const finished = useRef(false);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);
  const finish = (keep: boolean, byKey: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (keep) onDone(latest.current, byKey);
    else onCancel();
  };
  const onKey = (event: KeyboardEvent) => {
    // The grid's own keys stay out while editing (arrows move in the field, not between rows).
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false, true);
    }
  };
  // Leaving the editor (not moving between its own boxes) keeps what was typed.
  const onBlur = (event: FocusEvent) => {
    if (!box.current?.contains(event.relatedTarget as Node | null)) finish(true, false);
  };
  // A new error (the value was refused) opens the editor again for another try.
  useEffect(() => {
    if (error !== null) finished.current = false;
  }, [error]);
  const label = `${column.label} of ${name}`;
  return (
    <div className="cell-editor" ref={box} onKeyDown={onKey} onBlur={onBlur} onClick={(e) => e.stopPropagation()}>
      {editorFor(column, label, value, setValue)}
      {error !== null && (
        <span className="cell-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function editorFor(column: Column, label: string, value: CellValue, set: (v: CellValue) => void) {
  if (column.editor === 'stage')
    return (
      <select aria-label={label} value={String(value)} onChange={(e) => set(e.target.value)}>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABELS[s]}
          </option>
        ))}
      </select>
    );
  if (column.editor === 'influence')
    return (
      <select aria-label={label} value={String(value)} onChange={(e) => set(e.target.value)}>
        <option value="">Not rated</option>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </select>
    );
  if (column.editor === 'categories') {
    const chosen = value as readonly string[];
    return (
      <fieldset className="cell-categories" aria-label={label}>
        {CATEGORIES.map((c) => (
          <label key={c.id}>
            <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => set(e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
            {c.label}
          </label>
        ))}
      </fieldset>
    );
  }
  return <input aria-label={label} value={String(value)} maxLength={column.editor === 'tags' ? 2000 : 500} onChange={(e) => set(e.target.value)} />;
}
