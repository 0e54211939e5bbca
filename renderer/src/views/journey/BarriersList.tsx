// Common barriers with their remedies; the ones this map shows signs of come first, with the
// warnings behind them.
import type { Insights } from '../../../../shared/analysis';
import { describeBarriers, type BarrierReport } from '../../../../shared/journey/barriers';

function rank(b: BarrierReport): number {
  return b.signalled ? 0 : b.detectable ? 1 : 2;
}

export function BarriersList({ insights }: { readonly insights: Insights | null }) {
  if (!insights) return <p role="status">The analysis is still running; the barriers appear when it is done.</p>;
  const barriers = [...describeBarriers(insights)].sort((a, b) => rank(a) - rank(b));
  return (
    <ul className="journey-barriers">
      {barriers.map((b) => (
        <li key={b.id} className={b.signalled ? 'signalled' : undefined}>
          <h3>
            {b.title}
            <span className="journey-tag">{b.signalled ? 'Signs on this map' : b.detectable ? 'No sign on the map' : 'Not visible on a map: your call'}</span>
          </h3>
          {b.warnings.map((w, i) => (
            <p key={i} className="journey-warning">
              {w.message}
            </p>
          ))}
          <ul>
            {b.remedies.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
