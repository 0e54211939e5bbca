// "More columns": the map's custom fields, each shown as a column (sortable, filterable, editable)
// when ticked. Nothing shows for a map without custom fields.
interface Props {
  readonly available: readonly string[];
  readonly shown: readonly string[];
  readonly onChange: (shown: readonly string[]) => void;
}

export function ColumnPicker({ available, shown, onChange }: Props) {
  if (available.length === 0) return null;
  return (
    <details className="column-picker">
      <summary>More columns{shown.length > 0 ? ` (${shown.length})` : ''}</summary>
      <fieldset>
        <legend>Custom fields shown as columns</legend>
        {available.map((field) => (
          <label key={field}>
            <input
              type="checkbox"
              checked={shown.includes(field)}
              onChange={(e) => onChange(e.target.checked ? [...shown, field] : shown.filter((f) => f !== field))}
            />
            {field}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
