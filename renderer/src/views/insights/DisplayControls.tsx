// The sidebar's choice of what node size and colour show. With colour by community, the key of
// groups follows, each group a button that highlights its members.
import type { ColourBy, SizeFigure } from '../../state/insights-state';
import { useActions, useAppState } from '../../state/use-store';
import { CommunityKey } from './CommunityKey';
import { COLOUR_OPTIONS, SIZE_OPTIONS } from './figure-labels';

export function DisplayControls() {
  const sizeBy = useAppState((s) => s.insights.sizeBy);
  const colourBy = useAppState((s) => s.insights.colourBy);
  const actions = useActions();
  return (
    <section className="display-controls" aria-labelledby="display-heading">
      <h2 id="display-heading">Map display</h2>
      <label className="field">
        <span>Node size</span>
        <select value={sizeBy} onChange={(e) => actions.setSizeBy(e.target.value as SizeFigure)}>
          {SIZE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Node colour</span>
        <select value={colourBy} onChange={(e) => actions.setColourBy(e.target.value as ColourBy)}>
          {COLOUR_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {colourBy === 'community' && <CommunityKey />}
    </section>
  );
}
