// The printable one-page brief for the next meeting: who the coalition is, the map with its
// legend, coverage against the targets, service gaps and duplicates, the strongest core
// candidates, the warnings, and the date. It is analysed here with the export's own choice about
// confidential names (the window's analysis names everyone), so a printed brief redacts by default.
import { useMemo } from 'react';
import { analyzeMap, type Insights } from '../../../../shared/analysis';
import { withoutHiddenMentions } from '../../../../shared/exchange/export-policy';
import type { MapDocument } from '../../../../shared/model';
import { mapImageSvg } from '../../graph/map-image';

interface BriefProps {
  readonly map: MapDocument;
  readonly includeConfidential: boolean;
  readonly today: string;
}

const STATUS_WORDS = { missing: 'Missing', thin: 'Below target', ok: 'On target' } as const;
const pct = (share: number): string => `${Math.round(share * 100)}%`;

function Coverage({ insights }: { insights: Insights }) {
  return (
    <table className="brief-table">
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col">Members</th>
          <th scope="col">Target</th>
          <th scope="col">On the map</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {insights.coverage.map((row) => (
          <tr key={row.category} className={`coverage-${row.status}`}>
            <th scope="row">{row.label}</th>
            <td>
              {row.members} ({pct(row.memberShare)})
            </td>
            <td>
              at least {row.target.minMembers}, {pct(row.target.minShare)}
            </td>
            <td>{row.onMap}</td>
            <td>{STATUS_WORDS[row.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Services({ insights }: { insights: Insights }) {
  const gaps = insights.services.filter((s) => s.status === 'gap');
  const duplicated = insights.services.filter((s) => s.status === 'duplicated');
  if (gaps.length === 0 && duplicated.length === 0) return <p>Every wanted service has one provider on the map.</p>;
  return (
    <ul>
      {gaps.map((s) => (
        <li key={s.service}>
          <strong>Gap: {s.label}.</strong> {s.reason}
        </li>
      ))}
      {duplicated.map((s) => (
        <li key={s.service}>
          <strong>Duplicated: {s.label}</strong> ({s.providers.length} providers). {s.reason}
        </li>
      ))}
    </ul>
  );
}

export function BriefDocument({ map, includeConfidential, today }: BriefProps) {
  const insights = useMemo(() => analyzeMap(map, { includeConfidential }), [map, includeConfidential]);
  const imageUrl = useMemo(() => {
    const svg = mapImageSvg(map, { includeConfidential, today, width: 1400, height: 820 });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [map, includeConfidential, today]);
  // The mission and focus are the map's own words: a hidden person named there is replaced too.
  const { coalition } = useMemo(() => withoutHiddenMentions(map, { includeConfidential }), [map, includeConfidential]);
  const candidates = insights.coreCandidates.slice(0, 5);
  return (
    <article className="brief" aria-label="Coalition brief">
      <header className="brief-header">
        <h1>{coalition.name}</h1>
        <p className="brief-date">Brief of {today}</p>
      </header>
      {coalition.focusIssue !== '' && (
        <p>
          <strong>Focus:</strong> {coalition.focusIssue}
        </p>
      )}
      <p className="brief-mission">{coalition.mission === '' ? 'No mission statement written yet.' : coalition.mission}</p>
      <p className="brief-counts">
        {insights.summary.stakeholders} stakeholders, {insights.summary.ties} ties, {insights.summary.members} members ({insights.summary.core} in the core).
      </p>
      <img className="brief-map" src={imageUrl} alt={`Map of ${coalition.name} with its legend`} />
      <section>
        <h2>Coverage against targets</h2>
        <Coverage insights={insights} />
      </section>
      <section>
        <h2>Service gaps and duplicates</h2>
        <Services insights={insights} />
      </section>
      <section>
        <h2>Top core candidates</h2>
        {candidates.length === 0 ? (
          <p>No candidates yet: add members and their ties.</p>
        ) : (
          <ol>
            {candidates.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong> — {c.reasons.slice(0, 2).join('; ')}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h2>Warnings</h2>
        {insights.warnings.length === 0 ? (
          <p>No warnings.</p>
        ) : (
          <ul>
            {insights.warnings.map((w, i) => (
              <li key={`${w.kind}-${i}`}>{w.message}</li>
            ))}
          </ul>
        )}
      </section>
      <footer className="brief-footer">
        {includeConfidential ? 'Names confidential stakeholders: handle as confidential.' : 'Confidential stakeholders appear as numbered placeholders.'} Made with
        Coalition Mapper on {today}.
      </footer>
    </article>
  );
}
