// Voice balance among members, professionals against community voices, and the tokenism check:
// are directly-affected members out on the edge of the network?
import type { Insights } from '../../../../shared/analysis';
import { categoryHighlight } from '../../state/insights/insights-highlight';
import { HighlightButton } from './HighlightButton';
import { livedExperienceText } from '../../../../shared/analysis/lived-experience';

const pct = (share: number) => `${Math.round(share * 100)}%`;
const figure = (value: number | null, digits: number) => (value === null ? 'none' : value.toFixed(digits));

export function VoiceSection({ insights }: { readonly insights: Insights }) {
  const { voice } = insights;
  const tokenism = insights.warnings.find((w) => w.kind === 'tokenism-risk');
  return (
    <section className="insight-section" aria-labelledby="insights-voice">
      <h3 id="insights-voice">Voice balance</h3>
      {voice.members === 0 ? (
        <p>No members yet, so there is no balance to weigh.</p>
      ) : (
        <>
          <div className="voice-bar" aria-hidden="true">
            <span className="voice-professional" style={{ width: pct(Math.min(1, voice.professionalShare)) }} />
            <span className="voice-community" style={{ width: pct(Math.min(1, voice.communityShare)) }} />
          </div>
          <dl className="voice-figures">
            <dt>
              <span className="swatch voice-professional" aria-hidden="true" /> Professionals
            </dt>
            <dd>
              {voice.professionals} of {voice.members} members ({pct(voice.professionalShare)})
            </dd>
            <dt>
              <span className="swatch voice-community" aria-hidden="true" /> Community voices
            </dt>
            <dd>
              {voice.community} of {voice.members} members ({pct(voice.communityShare)})
            </dd>
            <dt>Members with lived experience</dt>
            <dd>{livedExperienceText(voice.livedExperience)}</dd>
            <dt>Ties per directly-affected member</dt>
            <dd>
              {figure(voice.directlyAffectedMeanDegree, 1)} on average, against {figure(voice.otherMembersMeanDegree, 1)} for the other members
            </dd>
          </dl>
          <p>{voice.reason}</p>
          <p className="hint">{voice.countingRule}</p>
        </>
      )}
      {voice.tokenismRisk && (
        <div className="callout warn" role="note">
          <p>
            <strong>Tokenism risk.</strong> {tokenism?.message ?? 'Directly-affected members sit on the edge of the network.'}
          </p>
          <HighlightButton highlight={categoryHighlight(insights, 'directly-affected', 'members')}>Show the directly-affected members</HighlightButton>
        </div>
      )}
    </section>
  );
}
