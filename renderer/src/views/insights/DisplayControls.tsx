// The sidebar's choice of what node size and colour show, and which people the map shows. With
// colour by community, the key of groups follows, each group a button that highlights its members;
// with any other field but category, a key of its values (or a numeric field's range).
import { useMemo } from 'react';
import { colourEncoding } from '../../graph/encodings';
import { useActions, useAppState } from '../../state/core/use-store';
import { Choice } from '../Choice';
import { CommunityKey } from './CommunityKey';
import { FieldLegend } from './FieldLegend';
import { colourOptions, sizeOptions } from './figure-labels';
import { LayoutControls } from './LayoutControls';
import { LookFilterControl } from './LookFilterControl';
import { SavedViews } from './SavedViews';

export function DisplayControls() {
  const map = useAppState((s) => s.map);
  const sizeBy = useAppState((s) => s.insights.sizeBy);
  const colourBy = useAppState((s) => s.insights.colourBy);
  const actions = useActions();
  const colours = useMemo(() => colourOptions(map), [map]);
  const sizes = useMemo(() => sizeOptions(map), [map]);
  const encoding = useMemo(() => (map && colourBy !== 'category' && colourBy !== 'community' ? colourEncoding(map, colourBy, null) : null), [map, colourBy]);
  // A saved view may name a field this map lacks: it is offered too, so the choice shows what is applied.
  const withCurrent = <T extends string>(options: { value: T; label: string }[], value: T) =>
    options.some((o) => o.value === value) ? options : [...options, { value, label: `${value} (not on this map)` }];
  return (
    <section className="display-controls" aria-labelledby="display-heading">
      <h2 id="display-heading">Map display</h2>
      <label className="field">
        <span>Node size</span>
        <Choice value={sizeBy} options={withCurrent(sizes, sizeBy)} onChange={actions.setSizeBy} />
      </label>
      <label className="field">
        <span>Node colour</span>
        <Choice value={colourBy} options={withCurrent(colours, colourBy)} onChange={actions.setColourBy} />
      </label>
      {colourBy === 'community' && <CommunityKey />}
      {encoding && <FieldLegend encoding={encoding} title={colours.find((o) => o.value === colourBy)?.label ?? colourBy} />}
      <LookFilterControl />
      <LayoutControls />
      <SavedViews />
    </section>
  );
}
