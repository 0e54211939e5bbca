// Services the coalition wants, each with its providers on the map (members marked), its status,
// and any providers who overlap without working together.
import type { Insights, ServiceRow } from '../../../../shared/analysis';
import { namesFrom, serviceHighlight, uncoordinatedHighlight, type NameOf } from '../../state/insights-highlight';
import { HighlightButton } from './HighlightButton';
import { StatusTag } from './StatusTag';

function Providers({ row, nameOf }: { readonly row: ServiceRow; readonly nameOf: NameOf }) {
  if (row.providers.length === 0) return <span className="muted">No one on the map</span>;
  return (
    <ul className="plain-list provider-list">
      {row.providers.map((id) => (
        <li key={id}>
          <HighlightButton highlight={{ ids: [id], label: `${nameOf(id)}, a provider of ${row.label.toLowerCase()}` }}>{nameOf(id)}</HighlightButton>
          <span className="muted">{row.memberProviders.includes(id) ? 'Member' : 'Not a member'}</span>
        </li>
      ))}
    </ul>
  );
}

function Uncoordinated({ rows, nameOf }: { readonly rows: readonly ServiceRow[]; readonly nameOf: NameOf }) {
  const pairs = rows.flatMap((row) => row.uncoordinatedPairs.map((pair) => ({ row, pair })));
  if (pairs.length === 0) return <p className="hint">No overlapping providers are working apart.</p>;
  return (
    <div className="callout warn">
      <h4>Overlapping, not working together</h4>
      <ul className="plain-list">
        {pairs.map(({ row, pair }) => (
          <li key={`${row.service}:${pair.join(':')}`}>
            <HighlightButton highlight={uncoordinatedHighlight(row, pair, nameOf)}>
              {nameOf(pair[0])} and {nameOf(pair[1])}
            </HighlightButton>{' '}
            both offer {row.label.toLowerCase()} in overlapping areas, with no partnership or referral tie.
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ServicesSection({ insights }: { readonly insights: Insights }) {
  const nameOf = namesFrom(insights);
  const rows = insights.services;
  return (
    <section className="insight-section" aria-labelledby="insights-services">
      <h3 id="insights-services">Services</h3>
      {rows.length === 0 ? (
        <p>The coalition lists no services it wants covered. Add them in the coalition profile.</p>
      ) : (
        <>
          <table className="service-table" aria-labelledby="insights-services">
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Providers</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.service} className={`service-${row.status}`}>
                  <th scope="row">
                    {row.providers.length > 0 ? (
                      <HighlightButton highlight={serviceHighlight(row)} label={`Show the providers of ${row.label}`}>
                        {row.label}
                      </HighlightButton>
                    ) : (
                      row.label
                    )}
                  </th>
                  <td>
                    <Providers row={row} nameOf={nameOf} />
                  </td>
                  <td>
                    <StatusTag status={row.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Uncoordinated rows={rows} nameOf={nameOf} />
        </>
      )}
    </section>
  );
}
