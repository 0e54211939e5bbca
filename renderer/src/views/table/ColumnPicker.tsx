// "More columns": measures from the analysis (betweenness, core number, group) and the map's custom
// fields, each shown as a column (sortable and filterable; custom fields also editable) when ticked.
import { useState } from 'react';
import { MEASURE_COLUMNS, type ColumnId } from '../../graph/grid-columns';

interface Props {
  readonly measures: readonly ColumnId[];
  readonly onMeasures: (shown: readonly ColumnId[]) => void;
  readonly available: readonly string[];
  readonly shown: readonly string[];
  readonly onChange: (shown: readonly string[]) => void;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

export function ColumnPicker({ measures, onMeasures, available, shown, onChange }: Props) {
  const count = measures.length + shown.length;
  // The boxes are only in the page while the menu is open: a closed <details> still lays its
  // content out in Chromium, so hidden boxes would sit (unseen) under the side panel.
  const [open, setOpen] = useState(false);
  return (
    <details className="column-picker" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>More columns{count > 0 ? ` (${count})` : ''}</summary>
      {open && (
      <div className="column-picker-menu">
        <fieldset>
          <legend>Measures from the analysis</legend>
          {MEASURE_COLUMNS.map((c) => (
            <label key={c.id}>
              <input type="checkbox" checked={measures.includes(c.id)} onChange={(e) => onMeasures(toggled(measures, c.id, e.target.checked))} />
              {c.label}
            </label>
          ))}
        </fieldset>
        {available.length > 0 && (
          <fieldset>
            <legend>Custom fields</legend>
            {available.map((field) => (
              <label key={field}>
                <input type="checkbox" checked={shown.includes(field)} onChange={(e) => onChange(toggled(shown, field, e.target.checked))} />
                {field}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      )}
    </details>
  );
}
