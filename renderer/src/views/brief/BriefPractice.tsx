// The brief's practice part: the goals of the action plan with their status and outcome, and the
// latest evaluation by members beside the round before (counts and averages only, never names).
import { latestEvaluationSentences } from '../../../../shared/journey/evaluation';
import { GOAL_STATUS_LABELS } from '../../../../shared/journey/goals';
import type { MapDocument } from '../../../../shared/model';

export function BriefPractice({ map }: { readonly map: MapDocument }) {
  const { goals } = map.coalition;
  return (
    <>
      <section aria-label="Goals">
        <h2>Goals</h2>
        {goals.length === 0 ? (
          <p>No goals written down yet.</p>
        ) : (
          <ul className="brief-goals">
            {goals.map((g) => (
              <li key={g.id}>
                <strong>{GOAL_STATUS_LABELS[g.status]}:</strong> {g.title}
                {g.outcome.trim() !== '' && ` — ${g.outcome.trim()}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Latest evaluation">
        <h2>Latest evaluation by members</h2>
        {latestEvaluationSentences(map).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
    </>
  );
}
