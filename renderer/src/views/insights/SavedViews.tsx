// Saved views: name the current look (colour, size, show-only and the layout choice) and keep it
// in the map file; each saved view is listed with Apply and Delete. Saving and deleting are map
// edits (one undo step each); applying changes only the look.
import { useState, type FormEvent } from 'react';
import { deleteView, saveView, type SavedView } from '../../../../shared/views';
import { useActions, useAppState } from '../../state/core/use-store';

/** One empty list for every map without views: a new one on each read would re-render forever. */
const NO_VIEWS: readonly SavedView[] = [];

export function SavedViews() {
  const views = useAppState((s) => s.map?.views ?? NO_VIEWS);
  const insights = useAppState((s) => s.insights);
  const actions = useActions();
  const [name, setName] = useState('');

  const save = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const view: SavedView = { name: trimmed, colourBy: insights.colourBy, sizeBy: insights.sizeBy, filter: insights.lookFilter, layout: insights.layout };
    void actions.editJourney(`the saved view "${trimmed}"`, (map) => saveView(map, view)).then((done) => {
      if (done) setName('');
    });
  };
  return (
    <section className="saved-views" aria-labelledby="saved-views-heading">
      <h3 id="saved-views-heading">Saved views</h3>
      <form onSubmit={save} className="saved-view-form">
        <label className="field">
          <span>Name this view</span>
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          Save view
        </button>
      </form>
      {views.length === 0 ? (
        <p className="hint">No saved views yet. A view keeps the colour, size, show-only choice and layout.</p>
      ) : (
        <ul>
          {views.map((v) => (
            <li key={v.name}>
              <span className="saved-view-name">{v.name}</span>{' '}
              <button type="button" onClick={() => actions.applyView(v)} aria-label={`Apply view ${v.name}`}>
                Apply
              </button>{' '}
              <button type="button" onClick={() => void actions.editJourney(`the deletion of view "${v.name}"`, (map) => deleteView(map, v.name))} aria-label={`Delete view ${v.name}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
