// Files written by networkx 3.6 (test/fixtures/exchange/networkx-written.*) from one small
// multigraph with map-like attributes: both formats must give the same stakeholders and ties.
import { describe, expect, it } from 'vitest';
import { importedGraphToStakeholders } from '../../../shared/exchange/graph-to-map';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import { fixtureBytes } from './fixture-paths';

describe.each(['networkx-written.gexf', 'networkx-written.graphml'])('%s', (name) => {
  let n = 0;
  const result = importedGraphToStakeholders(readGraphFile(fixtureBytes(name), name), {
    now: '2026-01-05T10:00:00.000Z',
    newId: () => `id${++n}`,
    sourceLabel: name,
  });
  const nameOf = (id: string) => result.stakeholders.find((s) => s.id === id)?.name;

  it('maps typed attributes (long, boolean, list) to fields', () => {
    expect(result.stakeholders.map((s) => [s.name, s.kind, s.categories, s.influence, s.confidential, s.consentUntil, s.tags])).toEqual([
      ['Eastside Clinic', 'organization', ['service-provider'], 3, false, null, []],
      ['Dana K.', 'person', ['directly-affected', 'interested-public'], 2, true, '2026-12-31', []],
      ['Rev. Mills', 'person', ['influential'], null, false, null, ['faith', 'elder']],
    ]);
  });

  it('reads the tie type networkx wrote, merges the two-way knows edges and skips the self-loop', () => {
    expect(result.ties.map((t) => [t.type, nameOf(t.source), nameOf(t.target), t.weight])).toEqual([
      ['works-at', 'Dana K.', 'Eastside Clinic', 1.5],
      ['knows', expect.any(String), expect.any(String), 2.5],
    ]);
    expect(result.warnings.some((w) => w.includes('both ends are the same'))).toBe(true);
  });
});
