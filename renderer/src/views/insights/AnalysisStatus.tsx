// One line on the analysis: running, updating after an edit, failed (in plain words), or current.
import type { AnalysisView } from '../../state/insights-track';

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
      const { summary } = view.insights;
      return (
        <p role="status" className="analysis-status">
          Up to date: {summary.stakeholders} stakeholders, {summary.ties} ties, {summary.members} members,{' '}
          {summary.components === 1 ? 'all in one connected network' : `in ${summary.components} separate parts`}.
        </p>
      );
    }
  }
}
