// The insights tab: what the coalition is missing and who can help, from the newest analysis.
// While a newer analysis runs, the older answer stays visible but is marked and greyed as such.
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
  const insights = view.status === 'current' || view.status === 'updating' ? view.insights : null;
  return (
    <section className="side-panel insights-panel" aria-labelledby="insights-heading">
      <div className="panel-head">
        <h2 id="insights-heading">Insights</h2>
      </div>
      <AnalysisStatus view={view} />
      {insights && (
        <div className={view.status === 'updating' ? 'insights-body stale' : 'insights-body'} aria-busy={view.status === 'updating'}>
          <CoverageSection insights={insights} />
          <VoiceSection insights={insights} />
          <ServicesSection insights={insights} />
          <CoreSection insights={insights} />
          <RecruitmentSection insights={insights} />
          <WarningsSection insights={insights} />
        </div>
      )}
    </section>
  );
}
