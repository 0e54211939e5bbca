// "Show only": a field and one of its values; the map hides everyone else (the list keeps its own
// filters). The values offered are those the map has, each with its count.
import { useMemo } from 'react';
import type { ColourField } from '../../../../shared/views';
import { fieldValueCounts } from '../../graph/encodings';
import type { AppState } from '../../state/core/app-state';
import { useActions, useAppState } from '../../state/core/use-store';
import { Choice } from '../Choice';
import { colourOptions } from './figure-labels';

/** The analysis's figures by person, for counting values of a figure field. */
function figuresOf(result: AppState['insights']['analysis']['result']) {
  return result ? new Map(result.insights.stakeholders.map((f) => [f.id, f])) : null;
}

export function LookFilterControl() {
  const map = useAppState((s) => s.map);
  const filter = useAppState((s) => s.insights.lookFilter);
  const result = useAppState((s) => s.insights.analysis.result);
  const actions = useActions();
  // A new analysis changes the fields offered only from none to some: the map's 20,000 people are
  // not scanned again for it, nor its figures indexed while no field is chosen (both on the UI thread).
  const analysed = result !== null;
  const fields = useMemo(() => [{ value: null, label: 'Everyone' }, ...colourOptions(map).filter((o) => o.value !== 'community' || analysed)], [map, analysed]);
  const figures = useMemo(() => (filter ? figuresOf(result) : null), [result, filter]);
  const values = useMemo(() => (map && filter ? fieldValueCounts(map, filter.field, figures) : []), [map, filter, figures]);
  const pickField = (field: ColourField | null) => {
    if (!field || !map) return actions.setLookFilter(null);
    const first = fieldValueCounts(map, field, figuresOf(result))[0];
    actions.setLookFilter(first ? { field, value: first.value } : null);
  };
  const valueOptions = values.map((v) => ({ value: v.value, label: `${v.label} (${v.count})` }));
  if (filter && !values.some((v) => v.value === filter.value)) valueOptions.push({ value: filter.value, label: `${filter.value} (0)` });
  return (
    <fieldset className="look-filter">
      <legend>Show only</legend>
      <label className="field">
        <span>Field</span>
        <Choice<ColourField | null> value={filter?.field ?? null} options={fields} onChange={pickField} />
      </label>
      {filter && (
        <label className="field">
          <span>Value</span>
          <Choice value={filter.value} options={valueOptions} onChange={(value) => actions.setLookFilter({ field: filter.field, value })} />
        </label>
      )}
    </fieldset>
  );
}
