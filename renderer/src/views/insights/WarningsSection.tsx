// Barriers the analysis found, each in words, with the stakeholders involved a click away.
import type { Insights, WarningKind } from '../../../../shared/analysis';
import { warningHighlight } from '../../state/insights/insights-highlight';
import { HighlightButton } from './HighlightButton';

const TITLES: Record<WarningKind, string> = {
  'conflict-among-members': 'Conflict among members',
  'professional-domination': 'Professionals dominate',
  'tokenism-risk': 'Tokenism risk',
  'no-path-to-services': 'Cut off from services',
  'no-community-voices': 'No community voices',
  'no-organizing-role': 'No one organizes',
  'members-off-committees': 'Most members on no committee',
  'funding-without-goal': 'Funding tied to no goal',
  'core-hangs-on-one-person': 'Hangs on one person',
};

export function WarningsSection({ insights }: { readonly insights: Insights }) {
  const { warnings } = insights;
  return (
    <section className="insight-section" aria-labelledby="insights-warnings">
      <h3 id="insights-warnings">Warnings</h3>
      {warnings.length === 0 ? (
        <p>No barriers found.</p>
      ) : (
        <ul className="warning-list">
          {warnings.map((w, i) => (
            <li key={`${w.kind}:${i}`} className="callout warn">
              <h4>
                <span aria-hidden="true">⚠ </span>
                {TITLES[w.kind]}
              </h4>
              <p>{w.message}</p>
              {w.stakeholders.length > 0 && (
                <HighlightButton highlight={warningHighlight(w)} label={`${w.stakeholders.length === 1 ? 'Show who is' : `Show the ${w.stakeholders.length}`} involved in: ${TITLES[w.kind]}`}>
                  Show {w.stakeholders.length === 1 ? 'who' : `the ${w.stakeholders.length} involved`}
                </HighlightButton>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
