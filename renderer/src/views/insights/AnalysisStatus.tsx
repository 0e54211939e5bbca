// One line on the analysis: running, updating after an edit, failed (in plain words), current,
// or (on a big map) a first answer whose betweenness and closeness are estimates, with the sample
// size and the error bound, while the exact figures are worked out in the background.
import type { FigureEstimate } from '../../../../shared/analysis/types';
import type { AnalysisView } from '../../state/insights/insights-track';
import { plural } from '../../../../shared/analysis/context';

const count = (n: number) => n.toLocaleString('en');

function EstimateStatus({ estimate }: { readonly estimate: FigureEstimate }) {
  const percent = Math.round(estimate.confidence * 100);
  return (
    <p role="status" className="analysis-status busy" data-estimate={estimate.samples}>
      First answer for this big map: betweenness is estimated from {count(estimate.samples)} of {count(estimate.stakeholders)}{' '}
      stakeholders, and each figure is within ±{estimate.epsilon.toFixed(3)} of the exact one with {percent}% confidence ({estimate.boundMethod}). Closeness is estimated from {count(estimate.closenessSearches)} searches. The exact figures are
      being worked out on every core and will replace these.
    </p>
  );
}

export function AnalysisStatus({ view }: { readonly view: AnalysisView }) {
  switch (view.status) {
    case 'idle':
      return <p role="status">Open a map to see what it is missing.</p>;
    case 'waiting':
      return (
        <p role="status" className="analysis-status busy">
          Analysing the map…
        </p>
      );
    case 'updating':
      return (
        <p role="status" className="analysis-status busy">
          Updating… What shows below is from before your latest change.
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="analysis-status failed">
          The analysis could not run: {view.message} It will try again after your next change.
        </p>
      );
    case 'current': {
      const { summary, estimate } = view.insights;
      if (estimate) return <EstimateStatus estimate={estimate} />;
      return (
        <p role="status" className="analysis-status">
          Up to date: {plural(summary.stakeholders, 'stakeholder')}, {plural(summary.ties, 'tie')}, {plural(summary.members, 'member')},{' '}
          {summary.components === 1 ? 'all in one connected network' : `in ${summary.components} separate parts`}.
        </p>
      );
    }
  }
}
