// A GEXF hierarchy (nodes nested in a node, or pointing at it with `pid`) keeps every node, and
// its parent becomes an organization like a yEd group; networkx counts the same nodes.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedGraphToStakeholders } from '../../../shared/exchange/graph-to-map';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import { MESSY_FIXTURES, messyBytes } from './fixture-paths';

describe('a Gephi hierarchy', () => {
  const graph = readGraphFile(messyBytes('gephi-hierarchy.gexf'), 'hierarchy.gexf');

  it('reads the nested nodes and the pid member, as networkx does', () => {
    const script = 'import sys, networkx as nx\nprint(nx.read_gexf(sys.argv[1]).number_of_nodes())';
    const networkx = Number(execFileSync('python3', ['-c', script, path.join(MESSY_FIXTURES, 'gephi-hierarchy.gexf')], { encoding: 'utf8' }));
    expect(graph.nodes).toHaveLength(networkx);
    expect(graph.nodes.map((n) => n.label)).toEqual(['Harbor House', "Renée O'Brien", 'Sam Ortiz', 'Councillor Obi', 'Dana K.']);
    expect(graph.groups).toEqual([{ id: 'harbor', members: ['renee', 'sam', 'dana'] }]);
    expect(graph.warnings).toEqual([]);
  });

  it('makes the parent an organization the three work at', () => {
    let n = 0;
    const addition = importedGraphToStakeholders(graph, { now: '2026-01-05T10:00:00.000Z', newId: () => `h${++n}`, sourceLabel: 'hierarchy.gexf' });
    const nameOf = (id: string) => addition.stakeholders.find((s) => s.id === id)?.name;
    expect(addition.stakeholders.find((s) => s.name === 'Harbor House')?.kind).toBe('organization');
    expect(addition.ties.filter((t) => t.type === 'works-at').map((t) => nameOf(t.source))).toEqual(["Renée O'Brien", 'Sam Ortiz', 'Dana K.']);
    expect(addition.ties).toHaveLength(5);
  });
});
