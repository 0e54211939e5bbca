// Whom to recruit for each missing or thin category, and the warm way in: the member who can
// introduce them and the chain of people between.
import { useState } from 'react';
import type { CoverageRow, Insights, RecruitmentSuggestion } from '../../../../shared/analysis';
import { namesFrom, recruitmentHighlight, type NameOf } from '../../state/insights/insights-highlight';
import { HighlightButton } from './HighlightButton';
import { StatusTag } from './StatusTag';

const FIRST_SHOWN = 3;

function distanceWords(distance: number): string {
  return distance === 1 ? 'knows them directly' : `${distance} steps away`;
}

function Suggestion({ suggestion, nameOf }: { readonly suggestion: RecruitmentSuggestion; readonly nameOf: NameOf }) {
  const { introducer, path, distance } = suggestion;
  return (
    <li className="suggestion">
      <HighlightButton highlight={recruitmentHighlight(suggestion, nameOf)} label={`Show the way to ${suggestion.name}`}>
        {suggestion.name}
      </HighlightButton>
      {introducer === null || distance === null ? (
        <p className="path">No member can reach them through the map yet.</p>
      ) : (
        <p className="path">
          Introducer: <strong>{nameOf(introducer)}</strong>, {distanceWords(distance)}.
          {path.length > 2 && <> Path: {path.map(nameOf).join(' → ')}.</>}
        </p>
      )}
      <p className="hint">{suggestion.reason}</p>
    </li>
  );
}

function CategoryGroup(props: { readonly row: CoverageRow; readonly suggestions: readonly RecruitmentSuggestion[]; readonly nameOf: NameOf }) {
  const { row, suggestions, nameOf } = props;
  const [all, setAll] = useState(false);
  const shown = all ? suggestions : suggestions.slice(0, FIRST_SHOWN);
  return (
    <li className="recruit-group">
      <div className="row-head">
        <h4>{row.label}</h4>
        <StatusTag status={row.status} />
      </div>
      {suggestions.length === 0 ? (
        <p className="hint">
          {row.onMap === 0 ? 'No one of this category is on the map yet: add people you could ask.' : 'Everyone of this category on the map has joined or declined.'}
        </p>
      ) : (
        <ol className="suggestion-list" aria-label={`Suggestions for ${row.label}`}>
          {shown.map((s) => (
            <Suggestion key={s.id} suggestion={s} nameOf={nameOf} />
          ))}
        </ol>
      )}
      {suggestions.length > FIRST_SHOWN && (
        <button type="button" className="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${suggestions.length}`}
        </button>
      )}
    </li>
  );
}

export function RecruitmentSection({ insights }: { readonly insights: Insights }) {
  const nameOf = namesFrom(insights);
  const wanted = insights.coverage.filter((row) => row.status !== 'ok');
  return (
    <section className="insight-section" aria-labelledby="insights-recruitment">
      <h3 id="insights-recruitment">Recruitment</h3>
      {wanted.length === 0 ? (
        <p>Every category has the members it needs; no one to suggest.</p>
      ) : (
        <ul className="plain-list">
          {wanted.map((row) => (
            <CategoryGroup
              key={row.category}
              row={row}
              nameOf={nameOf}
              suggestions={insights.recruitment.filter((s) => s.category === row.category)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
