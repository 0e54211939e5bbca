// The values of each column read as categories, kind, stage or confidential (and a ties sheet's
// tie type), with how many rows hold each, and what each means on the map. Categories take
// several per value (checkboxes); the others one (a list). Pre-filled with the app's reading (or
// its guess from the words); a confidential value the app cannot read as a plain "no" starts as
// "yes" (fail closed).
import { useState } from 'react';
import { CATEGORIES } from '../../../../shared/categories';
import { effectiveMapping, own, targetsOf, type ValueMapping as Mapping } from '../../../../shared/exchange/value-mapping';
import type { ValueColumn } from '../../workers/import-protocol';

interface Props {
  readonly columns: readonly ValueColumn[];
  readonly mapping: Mapping;
  readonly onChange: (mapping: Mapping) => void;
}

const FIELD_NAMES: Readonly<Record<ValueColumn['field'], string>> = {
  categories: 'categories',
  kind: 'person or organization',
  stage: 'stage',
  confidential: 'confidential',
  type: 'tie type',
};

function targetLabel(target: string): string {
  return CATEGORIES.find((c) => c.id === target)?.label ?? target.replace(/-/g, ' ');
}

/** The mapping in effect for a value: the user's, else the suggestion. */
export function chosenTargets(column: ValueColumn, mapping: Mapping, value: string): readonly string[] {
  return own(own(mapping, column.header), value) ?? column.values.find((v) => v.value === value)?.suggested ?? [];
}

export function ValueMapping({ columns, mapping, onChange }: Props) {
  // The change shows at once, while the sheet is converted again in the worker; the mapping that
  // conversion hands back replaces it.
  const [local, setLocal] = useState({ from: mapping, value: mapping });
  const shown = local.from === mapping ? local.value : mapping;
  if (columns.length === 0) return null;
  const set = (column: ValueColumn, value: string, targets: readonly string[]) => {
    const current = effectiveMapping(columns, shown);
    const next = { ...current, [column.header]: { ...own(current, column.header), [value]: targets } };
    setLocal({ from: mapping, value: next });
    onChange(next);
  };
  return (
    <section className="value-mapping" aria-label="What the values mean">
      <h3>What the values mean</h3>
      {columns.map((column) => (
        <table key={column.header} className="value-table">
          <caption>
            {column.ties ? `Column “${column.ties.header}” of the ties sheet ${column.ties.fileName}` : `Column “${column.header}”`} ({FIELD_NAMES[column.field]})
          </caption>
          <tbody>
            {column.values.map(({ value, count }) => {
              const chosen = chosenTargets(column, shown, value);
              const label = `“${value || '(empty)'}” in ${column.ties ? `${column.ties.header} (ties)` : column.header}`;
              return (
                <tr key={value}>
                  <th scope="row">
                    {value === '' ? <em>(empty)</em> : value} <span className="count">{count}</span>
                  </th>
                  <td>
                    {column.field === 'categories' ? (
                      <span className="category-choices" role="group" aria-label={`Categories for ${label}`}>
                        {targetsOf('categories').map((id) => (
                          <label key={id}>
                            <input
                              type="checkbox"
                              checked={chosen.includes(id)}
                              onChange={(e) => set(column, value, e.target.checked ? [...chosen, id] : chosen.filter((c) => c !== id))}
                            />
                            {targetLabel(id)}
                          </label>
                        ))}
                      </span>
                    ) : (
                      <select aria-label={`What ${label} means`} value={chosen[0] ?? ''} onChange={(e) => set(column, value, e.target.value === '' ? [] : [e.target.value])}>
                        {column.field !== 'confidential' && <option value="">{column.field === 'type' ? '(not read: imported as “knows”)' : '(not read: kept as a custom field)'}</option>}
                        {targetsOf(column.field).map((t) => (
                          <option key={t} value={t}>
                            {targetLabel(t)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
