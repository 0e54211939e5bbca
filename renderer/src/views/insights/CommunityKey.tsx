// The colour key for communities: each group in words (size and best-connected member) beside its
// swatch, so the grouping never lives in colour alone.
import { useMemo } from 'react';
import type { StakeholderFigures } from '../../../../shared/analysis';
import { communityColour } from '../../graph/community-colours';
import { communityHighlight } from '../../state/insights/insights-highlight';
import { useAppState } from '../../state/core/use-store';
import { HighlightButton } from './HighlightButton';
import { plural } from '../../../../shared/analysis/context';

/** Groups listed by name; the rest are counted, so a big map's key stays short. */
const GROUPS_LISTED = 12;

interface Group {
  readonly community: number;
  readonly size: number;
  readonly hub: StakeholderFigures;
}

function groupsOf(stakeholders: readonly StakeholderFigures[]): Group[] {
  const groups = new Map<number, { size: number; hub: StakeholderFigures }>();
  for (const s of stakeholders) {
    const g = groups.get(s.community);
    if (!g) groups.set(s.community, { size: 1, hub: s });
    else {
      g.size += 1;
      if (s.degree > g.hub.degree) g.hub = s;
    }
  }
  // Biggest first: on a large map the many small groups matter least.
  return [...groups].map(([community, g]) => ({ community, ...g })).sort((a, b) => b.size - a.size || a.community - b.community);
}

export function CommunityKey() {
  const result = useAppState((s) => s.insights.analysis.result);
  const groups = useMemo(() => (result ? groupsOf(result.insights.stakeholders) : []), [result]);
  if (!result) return <p className="hint">The groups appear when the analysis finishes.</p>;
  const insights = result.insights;
  return (
    <div className="community-key">
      <h3>Communities</h3>
      <p className="hint">Groups that are more tied among themselves than to the rest. Click one to highlight it.</p>
      <ul>
        {groups.slice(0, GROUPS_LISTED).map((g) => (
          <li key={g.community}>
            <span className="swatch" style={{ background: communityColour(g.community) }} aria-hidden="true" />
            <HighlightButton highlight={communityHighlight(insights, g.community)} label={`Group ${g.community + 1}: ${plural(g.size, 'stakeholder')} around ${g.hub.name}`}>
              Group {g.community + 1}
            </HighlightButton>{' '}
            <span className="muted">
              {plural(g.size, 'stakeholder')}, around {g.hub.name}
            </span>
          </li>
        ))}
      </ul>
      {groups.length > GROUPS_LISTED && <p className="hint">And {groups.length - GROUPS_LISTED} smaller groups.</p>}
    </div>
  );
}
