// The sidebar's choice of what node size and colour show. With colour by community, the key of
// groups follows, each group a button that highlights its members.
import { useActions, useAppState } from '../../state/core/use-store';
import { Choice } from '../Choice';
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
        <Choice value={sizeBy} options={SIZE_OPTIONS} onChange={actions.setSizeBy} />
      </label>
      <label className="field">
        <span>Node colour</span>
        <Choice value={colourBy} options={COLOUR_OPTIONS} onChange={actions.setColourBy} />
      </label>
      {colourBy === 'community' && <CommunityKey />}
    </section>
  );
}
