// The core group: whom it spans, whether an anchor organization holds it, and who could join it,
// ranked, each with the reasons behind the score.
import { useState } from 'react';
import type { CoreCandidate, Insights } from '../../../../shared/analysis';
import { CATEGORIES, categoryInfo, type CategoryId } from '../../../../shared/categories';
import { candidateHighlight, coreGroupHighlight, namesFrom } from '../../state/insights/insights-highlight';
import { STAGE_LABELS } from '../labels';
import { HighlightButton } from './HighlightButton';

const FIRST_SHOWN = 5;

const categoryWords = (ids: readonly CategoryId[]) => ids.map((c) => categoryInfo(c).label.toLowerCase()).join(', ');

function Candidate({ candidate }: { readonly candidate: CoreCandidate }) {
  return (
    <li className="candidate">
      <div className="row-head">
        <HighlightButton highlight={candidateHighlight(candidate)}>{candidate.name}</HighlightButton>
        <span className="score" title="Score out of 100">
          score {Math.round(candidate.score)}
        </span>
      </div>
      <p className="hint">{STAGE_LABELS[candidate.stage]}</p>
      <ul className="reasons">
        {candidate.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </li>
  );
}

export function CoreSection({ insights }: { readonly insights: Insights }) {
  const [all, setAll] = useState(false);
  const { coreGroup, coreCandidates } = insights;
  const nameOf = namesFrom(insights);
  const shown = all ? coreCandidates : coreCandidates.slice(0, FIRST_SHOWN);
  return (
    <section className="insight-section" aria-labelledby="insights-core">
      <h3 id="insights-core">Core group</h3>
      {coreGroup.members.length === 0 ? (
        <p>No one is in the core group yet.</p>
      ) : (
        <p>
          <HighlightButton highlight={coreGroupHighlight(coreGroup)}>
            The core group of {coreGroup.members.length}
          </HighlightButton>{' '}
          spans {coreGroup.categories.length} of {CATEGORIES.length} categories
          {coreGroup.missingCategories.length > 0 ? `; not in it: ${categoryWords(coreGroup.missingCategories)}.` : '.'}
        </p>
      )}
      {coreGroup.anchor === null ? (
        <p className="callout warn">No anchor organization yet: no one holds the coalition together day to day.</p>
      ) : (
        <p>
          Anchor organization:{' '}
          <HighlightButton highlight={{ ids: [coreGroup.anchor], label: `${nameOf(coreGroup.anchor)}, the anchor organization` }}>
            {nameOf(coreGroup.anchor)}
          </HighlightButton>
        </p>
      )}
      <h4>Core-member candidates</h4>
      {coreCandidates.length === 0 ? (
        <p className="hint">No candidates: everyone who could join the core is in it already.</p>
      ) : (
        <ol className="candidate-list" aria-label="Core-member candidates">
          {shown.map((c) => (
            <Candidate key={c.id} candidate={c} />
          ))}
        </ol>
      )}
      {coreCandidates.length > FIRST_SHOWN && (
        <button type="button" className="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer candidates' : `Show all ${coreCandidates.length} candidates`}
        </button>
      )}
    </section>
  );
}
