// Common barriers with their remedies; the ones this map shows signs of come first, with the
// warnings behind them.
import type { Insights } from '../../../../shared/analysis';
import { describeBarriers, type BarrierReport } from '../../../../shared/journey/barriers';
import { namesFrom, practiceSignals } from '../../../../shared/journey/practice-signals';
import type { MapDocument } from '../../../../shared/model';

function rank(b: BarrierReport): number {
  return b.signalled ? 0 : b.detectable ? 1 : 2;
}

interface Props {
  readonly map: MapDocument;
  readonly insights: Insights | null;
  readonly now: string;
}

export function BarriersList({ map, insights, now }: Props) {
  if (!insights) return <p role="status">The analysis is still running; the barriers appear when it is done.</p>;
  // The journey's own signals (tasks, meetings, orientation) join the analysis warnings.
  const barriers = [...describeBarriers(insights, practiceSignals(map, now, namesFrom(insights)))].sort((a, b) => rank(a) - rank(b));
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
