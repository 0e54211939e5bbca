// Coverage per category: members against the target, everyone on the map, the status and the
// kind of gap in words. The bars repeat the figures for the eye; the text carries them all.
import type { CoverageRow, Insights } from '../../../../shared/analysis';
import { categoryHighlight } from '../../state/insights-highlight';
import { HighlightButton } from './HighlightButton';
import { StatusTag } from './StatusTag';

const GAP_WORDS = {
  network: 'Network gap: no one of this category is on the map yet.',
  recruitment: 'Recruitment gap: they are on the map but have not joined.',
} as const;

function percent(part: number, whole: number): string {
  return `${whole > 0 ? Math.min(100, (part / whole) * 100) : 0}%`;
}

function Bar({ row, scale }: { readonly row: CoverageRow; readonly scale: number }) {
  return (
    <div className="coverage-bar" aria-hidden="true">
      <span className="bar-on-map" style={{ width: percent(row.onMap, scale) }} />
      <span className={`bar-members status-${row.status}`} style={{ width: percent(row.members, scale) }} />
      <span className="bar-target" style={{ left: percent(row.target.minMembers, scale) }} />
    </div>
  );
}

function Row({ row, scale, insights }: { readonly row: CoverageRow; readonly scale: number; readonly insights: Insights }) {
  return (
    <li className="coverage-row" data-category={row.category}>
      <div className="row-head">
        <h4>{row.label}</h4>
        <StatusTag status={row.status} />
      </div>
      <Bar row={row} scale={scale} />
      <p className="figures">
        {row.members} {row.members === 1 ? 'member' : 'members'} (at least {row.target.minMembers} wanted
        {row.target.minShare > 0 ? `, ${Math.round(row.target.minShare * 100)}% of members` : ''}) · {row.onMap} on the map
      </p>
      {row.gap && <p className="gap-words">{GAP_WORDS[row.gap]}</p>}
      {row.status !== 'ok' && <p className="hint">{row.reason}</p>}
      <div className="row-actions">
        <HighlightButton highlight={categoryHighlight(insights, row.category, 'members')} label={`Show the members who are ${row.label}`}>
          Show members
        </HighlightButton>
        <HighlightButton highlight={categoryHighlight(insights, row.category, 'map')} label={`Show everyone on the map who is ${row.label}`}>
          Show everyone on the map
        </HighlightButton>
      </div>
    </li>
  );
}

/** The headline: which categories need attention, so it is read before the rows. */
function Attention({ rows }: { readonly rows: readonly CoverageRow[] }) {
  const short = rows.filter((r) => r.status !== 'ok');
  if (short.length === 0) return <p>Every category has the members it needs.</p>;
  return (
    <ul className="attention">
      {short.map((r) => (
        <li key={r.category}>
          <strong>{r.label}</strong>: {r.status === 'missing' ? 'no members' : 'too few members'}
          {r.gap === 'network' ? ', and no one on the map yet (network gap)' : r.gap === 'recruitment' ? `, though ${r.onMap} on the map (recruitment gap)` : ''}.
        </li>
      ))}
    </ul>
  );
}

export function CoverageSection({ insights }: { readonly insights: Insights }) {
  const scale = Math.max(1, ...insights.coverage.flatMap((r) => [r.onMap, r.members, r.target.minMembers]));
  return (
    <section className="insight-section" aria-labelledby="insights-coverage">
      <h3 id="insights-coverage">Coverage</h3>
      <Attention rows={insights.coverage} />
      <p className="hint">
        Dark bar: members. Light bar: everyone on the map. Line: the target. {insights.summary.members} members in all.
      </p>
      <ul className="coverage-list">
        {insights.coverage.map((row) => (
          <Row key={row.category} row={row} scale={scale} insights={insights} />
        ))}
      </ul>
    </section>
  );
}
