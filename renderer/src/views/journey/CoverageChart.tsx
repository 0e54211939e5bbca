// Members per category across the snapshots: a small line chart, and the same numbers as a table
// for screen readers and anyone who prefers figures.
import type { Snapshot } from '../../../../shared/model';
import { chartGeometry, coverageOverTime } from '../../state/journey/journey-chart';

export function CoverageChart({ snapshots }: { readonly snapshots: readonly Snapshot[] }) {
  const series = coverageOverTime(snapshots);
  const g = chartGeometry(series);
  return (
    <figure className="journey-chart">
      <svg width={g.width} height={g.height} viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label="Coverage over time: members per category at each snapshot (the table below has the same numbers)">
        {g.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} stroke="#e4e7eb" />
            <text x={g.plot.left - 6} y={t.y + 4} textAnchor="end" fontSize="11" fill="#52606d">
              {t.value}
            </text>
          </g>
        ))}
        {g.xLabels.map((l, i) => (
          <text key={i} x={l.x} y={g.height - 8} textAnchor={l.anchor} fontSize="11" fill="#52606d">
            {l.text.length > 24 ? `${l.text.slice(0, 23)}…` : l.text}
          </text>
        ))}
        {g.lines.map((line) => (
          <g key={line.category}>
            <polyline points={line.points} fill="none" stroke={line.colour} strokeWidth="2.5" />
            {line.dots.map((d, i) => (
              <circle key={i} cx={d.x} cy={d.y} r="3.5" fill={line.colour} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <table className="journey-chart-table">
          <caption>Members per category at each snapshot</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {series.columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr key={row.category}>
                <th scope="row">
                  <span className="journey-swatch" style={{ background: row.colour }} aria-hidden="true" /> {row.label}
                </th>
                {row.counts.map((n, i) => (
                  <td key={i}>{n}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
