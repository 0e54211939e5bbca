// yEd GraphML: names from y:NodeLabel, groups (nested graphs) read whole, a group as an
// organization with works-at ties, and every folded direction or parallel edge counted.
// yed-groups.graphml and yed-shapes.graphml are yEd/yFiles files from networkx's reader tests;
// their node and edge counts are also checked against networkx itself.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedGraphToStakeholders } from '../../../shared/exchange/graph-to-map';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import { MESSY_FIXTURES, messyBytes } from './fixture-paths';

function convert(name: string, groupsAsOrganizations?: boolean) {
  let n = 0;
  const graph = readGraphFile(messyBytes(name), name);
  const addition = importedGraphToStakeholders(graph, {
    now: '2026-01-05T10:00:00.000Z',
    newId: () => `id${++n}`,
    sourceLabel: name,
    ...(groupsAsOrganizations === undefined ? {} : { groupsAsOrganizations }),
  });
  const nameOf = (id: string) => addition.stakeholders.find((s) => s.id === id)?.name;
  return { graph, addition, nameOf };
}

function networkxCounts(name: string): { nodes: number; edges: number } {
  const script = 'import sys, json, networkx as nx\nG = nx.read_graphml(sys.argv[1])\nprint(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}))';
  return JSON.parse(execFileSync('python3', ['-c', script, path.join(MESSY_FIXTURES, name)], { encoding: 'utf8' })) as { nodes: number; edges: number };
}

describe('yEd files from networkx\'s reader tests', () => {
  it('names nodes from y:NodeLabel, not n0, n1 (the open group\'s label for a group)', () => {
    expect(convert('yed-shapes.graphml').graph.nodes.map((n) => n.label)).toEqual(['1', '2', '3']);
    const { graph } = convert('yed-groups.graphml');
    expect(graph.nodes.map((n) => n.label)).toEqual(['2', 'Group 3', 'Group 1', '1', '3', 'Group 2', '5', '6', '9']);
    expect(graph.warnings).toEqual([]);
  });

  it('keeps every node and link inside nested groups: 9 nodes and 4 links, as networkx reads them', () => {
    const { graph, addition } = convert('yed-groups.graphml', false);
    expect(networkxCounts('yed-groups.graphml')).toEqual({ nodes: 9, edges: 4 });
    expect(graph.nodes).toHaveLength(9);
    expect(graph.edges).toHaveLength(4);
    expect(addition.stakeholders).toHaveLength(9);
    expect(addition.ties).toHaveLength(4);
    expect(addition.stakeholders.every((s) => s.custom.CustomProperty === 'CustomPropertyValue')).toBe(true);
    expect(addition.warnings).toContain('yed-groups.graphml: 3 groups (holding 6 nodes) were imported as plain stakeholders, with no ties to the nodes in them');
  });

  it('makes each group an organization with works-at ties from the people in it (the default), and says so', () => {
    const { addition, nameOf } = convert('yed-groups.graphml');
    const orgs = addition.stakeholders.filter((s) => s.kind === 'organization').map((s) => s.name);
    expect(orgs).toEqual(['Group 3', 'Group 1', 'Group 2']);
    const worksAt = addition.ties.filter((t) => t.type === 'works-at').map((t) => `${nameOf(t.source)} -> ${nameOf(t.target)}`);
    expect(worksAt).toEqual(['1 -> Group 1', '3 -> Group 1', '5 -> Group 2', '6 -> Group 2']);
    expect(addition.ties).toHaveLength(8);
    expect(addition.warnings).toContain('yed-groups.graphml: 3 groups became organizations, with 4 works-at ties from the stakeholders in them (2 groups inside groups got no tie)');
  });
});

describe('a coalition drawn in yEd', () => {
  const { addition, nameOf } = convert('yed-coalition.graphml');
  const ties = addition.ties.map((t) => `${t.type}: ${nameOf(t.source)} -> ${nameOf(t.target)}`);

  it('reads names, tie types from edge labels, and the group as the organization people work at', () => {
    expect(addition.stakeholders.map((s) => [s.name, s.kind])).toEqual([
      ['Harbor House', 'organization'],
      ['Renée O\'Brien', 'person'],
      ['Sam Ortiz', 'person'],
      ['Councillor Obi', 'person'],
      ['Grace Chapel', 'person'],
    ]);
    expect(ties).toEqual([
      'knows: Renée O\'Brien -> Councillor Obi',
      'refers-to: Sam Ortiz -> Grace Chapel',
      'knows: Sam Ortiz -> Councillor Obi',
      'knows: Grace Chapel -> Councillor Obi',
      'works-at: Renée O\'Brien -> Harbor House',
      'works-at: Sam Ortiz -> Harbor House',
    ]);
  });

  it('counts the direction it drops, names the two-way pair apart from plain repeats, and keeps unknown labels visible', () => {
    expect(addition.warnings).toEqual(
      expect.arrayContaining([
        'yed-coalition.graphml: 3 directed edges became ties without a direction, because their tie type ("knows") has none',
        'yed-coalition.graphml: 1 two-way pairs of directed edges (a -> b and b -> a, same tie type) each became one tie; their weights were added',
        'yed-coalition.graphml: 1 parallel edges (same two nodes, same tie type) were merged into existing ties',
        'yed-coalition.graphml: edge attributes with no tie field were not kept: "label"',
      ]),
    );
  });
});
