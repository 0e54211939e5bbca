// Says what is highlighted, offers each highlighted stakeholder's details, and clears the highlight.
// It sits above both tabs, so the highlight can always be seen and ended.
import { useMemo } from 'react';
import { highlightedOnMap } from '../../state/insights/insights-highlight';
import { useActions, useAppState } from '../../state/core/use-store';

const NAMES_SHOWN = 8;

export function HighlightBar() {
  const highlight = useAppState((s) => s.insights.highlight);
  const map = useAppState((s) => s.map);
  const actions = useActions();
  const people = useMemo(() => {
    const lit = highlightedOnMap(highlight, map);
    return lit && map ? map.stakeholders.filter((s) => lit.has(s.id)) : [];
  }, [highlight, map]);
  if (!highlight) return null;
  const shown = highlight.ids.flatMap((id) => people.filter((p) => p.id === id)).slice(0, NAMES_SHOWN);
  return (
    <section className="highlight-bar" aria-label="Highlight">
      <div className="highlight-head">
        <p>
          <strong>Highlighted:</strong> {highlight.label}
        </p>
        <button type="button" className="small" onClick={actions.clearHighlight}>
          Clear highlight
        </button>
      </div>
      {people.length === 0 ? (
        <p className="hint">None of them is on the map any more.</p>
      ) : (
        <ul className="highlight-names" aria-label="Highlighted stakeholders">
          {shown.map((s) => (
            <li key={s.id}>
              <button type="button" className="link" onClick={() => actions.select(s.id, true)} aria-label={`Open the details of ${s.name}`}>
                {s.name}
              </button>
            </li>
          ))}
          {people.length > shown.length && <li className="hint">and {people.length - shown.length} more</li>}
        </ul>
      )}
    </section>
  );
}
