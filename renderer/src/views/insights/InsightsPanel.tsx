// The insights tab: what the coalition is missing and who can help, from the newest analysis.
// While a newer analysis runs, the older answer stays visible but is marked and greyed as such.
import { useDeferredValue, useMemo } from 'react';
import type { AnalysisView } from '../../state/insights/insights-track';
import { AnalysisStatus } from './AnalysisStatus';
import { CoreSection } from './CoreSection';
import { CoverageSection } from './CoverageSection';
import { RecruitmentSection } from './RecruitmentSection';
import { ServicesSection } from './ServicesSection';
import { useAnalysisView } from './use-insights';
import { VoiceSection } from './VoiceSection';
import { WarningsSection } from './WarningsSection';
import './insights.css';

export function InsightsPanel() {
  const view = useAnalysisView();
  // The sections follow in a deferred render, which React splits between them: on a big map an
  // answer's sections cost the window's thread tens of ms, which would otherwise ride in one task
  // with the answer's arrival. The status line above them changes at once.
  const shown = useDeferredValue(view);
  const body = useMemo(() => <InsightsBody view={shown} />, [shown]);
  return (
    <section className="side-panel insights-panel" aria-labelledby="insights-heading">
      <div className="panel-head">
        <h2 id="insights-heading">Insights</h2>
      </div>
      <AnalysisStatus view={view} />
      {body}
    </section>
  );
}

function InsightsBody({ view }: { readonly view: AnalysisView }) {
  const insights = view.status === 'current' || view.status === 'updating' ? view.insights : null;
  if (!insights) return null;
  return (
    <div className={view.status === 'updating' ? 'insights-body stale' : 'insights-body'} aria-busy={view.status === 'updating'}>
      <CoverageSection insights={insights} />
      <VoiceSection insights={insights} />
      <ServicesSection insights={insights} />
      <CoreSection insights={insights} />
      <RecruitmentSection insights={insights} />
      <WarningsSection insights={insights} />
    </div>
  );
}
