// What the export will hold and what it leaves out, or why it cannot be made.
import type { ExportPlan } from './export-plan';

export function ExportPlanSummary({ plan }: { readonly plan: ExportPlan | string }) {
  return (
    <section className="export-left-out" aria-label="What this export holds and leaves out">
      {typeof plan === 'string' ? (
        <p role="alert">{plan}</p>
      ) : (
        <>
          <p>
            <strong>Will be saved:</strong> {plan.contents}.
          </p>
          <ul>
            {plan.leftOut.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
