// Coverage per category: members against the target, everyone on the map, the status and the
// kind of gap in words. The bars repeat the figures for the eye; the text carries them all.
// Scoped to a committee, the same rows count its people; the heading names the group the shown
// result counted (not the one just chosen), so a result still on its way is never mislabelled.
import type { CommitteeCoverage, CoverageRow, Insights } from '../../../../shared/analysis';
import type { Committee } from '../../../../shared/model';
import { categoryHighlight, committeeCategoryHighlight } from '../../state/insights/insights-highlight';
import { useAppState } from '../../state/core/use-store';
import { CoverageScopeSelect } from './CoverageScopeSelect';
import { HighlightButton } from './HighlightButton';
import { StatusTag } from './StatusTag';
import { UncategorizedNote } from './UncategorizedNote';

const NO_COMMITTEES: readonly Committee[] = [];

/** How the rows name the group they count. */
interface Scope {
  readonly committee: (CommitteeCoverage & { readonly memberIds: readonly string[] }) | null;
  readonly one: string;
  readonly many: string;
}

function gapWords(gap: 'network' | 'recruitment', scope: Scope): string {
  if (gap === 'network') return 'Network gap: no one of this category is on the map yet.';
  return scope.committee ? `Missing on ${scope.committee.name}: they are on the map but none is on the committee.` : 'Recruitment gap: they are on the map but have not joined.';
}

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

function Row({ row, scale, insights, scope }: { readonly row: CoverageRow; readonly scale: number; readonly insights: Insights; readonly scope: Scope }) {
  const counted = scope.committee
    ? committeeCategoryHighlight(insights, { name: scope.committee.name, memberIds: scope.committee.memberIds }, row.category)
    : categoryHighlight(insights, row.category, 'members');
  return (
    <li className="coverage-row" data-category={row.category} data-status={row.status}>
      <div className="row-head">
        <h4>{row.label}</h4>
        <StatusTag status={row.status} />
      </div>
      <Bar row={row} scale={scale} />
      <p className="figures">
        {row.members} {row.members === 1 ? scope.one : scope.many} (at least {row.target.minMembers} wanted
        {row.target.minShare > 0 ? `, ${Math.round(row.target.minShare * 100)}% of ${scope.many}` : ''}) · {row.onMap} on the map
      </p>
      {row.gap && <p className="gap-words">{gapWords(row.gap, scope)}</p>}
      {row.status !== 'ok' && <p className="hint">{row.reason}</p>}
      <div className="row-actions">
        {/* The accessible name starts with the visible words, so speech control finds the button. */}
        <HighlightButton highlight={counted} label={`Show ${scope.committee ? 'them' : 'members'}: the ${scope.many} who are ${row.label}`}>
          Show {scope.committee ? 'them' : 'members'}
        </HighlightButton>
        <HighlightButton highlight={categoryHighlight(insights, row.category, 'map')} label={`Show everyone on the map who is ${row.label}`}>
          Show everyone on the map
        </HighlightButton>
      </div>
    </li>
  );
}

/** The headline: which categories need attention, so it is read before the rows. */
function Attention({ rows, scope }: { readonly rows: readonly CoverageRow[]; readonly scope: Scope }) {
  const short = rows.filter((r) => r.status !== 'ok');
  if (short.length === 0) return <p>Every category has the {scope.many} it needs.</p>;
  const committee = scope.committee;
  return (
    <ul className="attention">
      {short.map((r) => (
        <li key={r.category}>
          <strong>{r.label}</strong>: {r.status === 'missing' ? `no ${scope.many}` : `too few ${scope.many}`}
          {r.gap === 'network'
            ? ', and no one on the map yet (network gap)'
            : r.gap === 'recruitment'
              ? committee
                ? `, though ${r.onMap} on the map`
                : `, though ${r.onMap} on the map (recruitment gap)`
              : ''}
          .
        </li>
      ))}
    </ul>
  );
}

export function CoverageSection({ insights }: { readonly insights: Insights }) {
  const committees = useAppState((s) => s.map?.committees ?? NO_COMMITTEES);
  const scoped = insights.committeeCoverage;
  const memberIds = scoped ? (committees.find((c) => c.id === scoped.committeeId)?.memberIds ?? []) : [];
  const scope: Scope = scoped
    ? { committee: { ...scoped, memberIds }, one: 'person on the committee', many: 'people on the committee' }
    : { committee: null, one: 'member', many: 'members' };
  const rows = scoped ? scoped.coverage : insights.coverage;
  const scale = Math.max(1, ...rows.flatMap((r) => [r.onMap, r.members, r.target.minMembers]));
  return (
    <section className="insight-section" aria-labelledby="insights-coverage">
      <h3 id="insights-coverage">Coverage: {scoped ? `committee “${scoped.name}”` : 'whole coalition'}</h3>
      {committees.length > 0 && <CoverageScopeSelect committees={committees} />}
      {scoped?.purpose && <p className="hint">Purpose: {scoped.purpose}</p>}
      <Attention rows={rows} scope={scope} />
      {!scoped && <UncategorizedNote insights={insights} />}
      <p className="hint">
        Dark bar: {scope.many}. Light bar: everyone on the map. Line: the target.{' '}
        {scoped ? `${scoped.size} ${scoped.size === 1 ? scope.one : scope.many}, counted against the coalition's targets.` : `${insights.summary.members} members in all.`}
      </p>
      <ul className="coverage-list">
        {rows.map((row) => (
          <Row key={row.category} row={row} scale={scale} insights={insights} scope={scope} />
        ))}
      </ul>
    </section>
  );
}
