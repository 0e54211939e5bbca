// Services the coalition wants, each with its providers on the map (members marked), its status,
// and any providers who overlap without working together.
import type { Insights, ServiceRow } from '../../../../shared/analysis';
import { namesFrom, serviceHighlight, uncoordinatedHighlight, type NameOf } from '../../state/insights/insights-highlight';
import { HighlightButton } from './HighlightButton';
import { ShowMoreButton, useShownCount } from './ShowMore';
import { StatusTag } from './StatusTag';

const PROVIDERS_STEP = 12;
const PAIRS_STEP = 25;

function Providers({ row, nameOf }: { readonly row: ServiceRow; readonly nameOf: NameOf }) {
  const { shown, more } = useShownCount(PROVIDERS_STEP);
  if (row.providers.length === 0) return <span className="muted">No one on the map</span>;
  const members = new Set(row.memberProviders);
  return (
    <>
      <ul className="plain-list provider-list">
        {row.providers.slice(0, shown).map((id) => (
          <li key={id}>
            <HighlightButton highlight={{ ids: [id], label: `${nameOf(id)}, a provider of ${row.label.toLowerCase()}` }}>{nameOf(id)}</HighlightButton>
            <span className="muted">{members.has(id) ? 'Member' : 'Not a member'}</span>
          </li>
        ))}
      </ul>
      <ShowMoreButton shown={shown} total={row.providers.length} step={PROVIDERS_STEP} what="providers" more={more} />
    </>
  );
}

/** The first `count` uncoordinated pairs, service by service, without listing them all. */
function firstPairs(rows: readonly ServiceRow[], count: number): { row: ServiceRow; pair: readonly [string, string] }[] {
  const taken: { row: ServiceRow; pair: readonly [string, string] }[] = [];
  for (const row of rows) {
    for (const pair of row.uncoordinatedPairs) {
      if (taken.length >= count) return taken;
      taken.push({ row, pair });
    }
  }
  return taken;
}

function Uncoordinated({ rows, nameOf }: { readonly rows: readonly ServiceRow[]; readonly nameOf: NameOf }) {
  const { shown, more } = useShownCount(PAIRS_STEP);
  const total = rows.reduce((sum, row) => sum + row.uncoordinatedPairCount, 0);
  // The analysis keeps a page of pairs per service (PAIR_LIMIT in the worker); more than it kept cannot show.
  const listed = rows.reduce((sum, row) => sum + row.uncoordinatedPairs.length, 0);
  if (total === 0) return <p className="hint">No overlapping providers are working apart.</p>;
  const pairs = firstPairs(rows, shown);
  return (
    <div className="callout warn">
      <h4>Overlapping, not working together</h4>
      {total > PAIRS_STEP && <p className="hint">{total.toLocaleString('en')} pairs of providers in all.</p>}
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
      <ShowMoreButton shown={shown} total={total} available={listed} step={PAIRS_STEP} what="pairs" more={more} />
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
