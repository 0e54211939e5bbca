// The GEXF and GraphML exports opened by networkx 3 (python3 must have it: this test fails, never
// skips, without it) and the GraphML by igraph too (python-igraph, which .ci/run installs). The map mixes
// directed ties (works-at, refers-to, funds) with undirected ones, and has two ties of different
// types between one pair; every tie must arrive once, from its source to its target, with its flag.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportMap } from '../../../shared/exchange/export-map';
import type { MapDocument } from '../../../shared/model';
import { DIRECTED_TIE_TYPES } from '../../../shared/schema';
import { sampleMap, TODAY } from './export-fixtures';

const folder = mkdtempSync(path.join(tmpdir(), 'export-networkx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The sample map with a refers-to and a knows tie added beside an existing works-at tie. */
function mixedMap(): MapDocument {
  const map = sampleMap();
  const worksAt = map.ties.find((t) => t.type === 'works-at');
  if (!worksAt) throw new Error('fixture: no works-at tie');
  const extra = [
    { ...worksAt, id: 't-back', type: 'refers-to' as const, source: worksAt.target, target: worksAt.source },
    { ...worksAt, id: 't-knows', type: 'knows' as const },
  ];
  return { ...map, ties: [...map.ties, ...extra] };
}

const READ = `
import json, sys, networkx as nx
path = sys.argv[1]
G = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
edges = sorted([u, v, d['type'], d['directed'], d['strength']] for u, v, d in G.edges(data=True))
print(json.dumps({'directed': G.is_directed(), 'nodes': G.number_of_nodes(), 'edges': edges,
                  'label': G.nodes['s-01'].get('label')}))
`;

const IGRAPH = `
import json, sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
ids = g.vs['id']
print(json.dumps({'directed': g.is_directed(), 'edges': sorted([ids[e.source], ids[e.target], e['type'], e['directed']] for e in g.es)}))
`;

function pythonWithIgraph(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import igraph'], { stdio: 'ignore' });
      return python;
    } catch {
      // this python has no igraph; try the next
    }
  }
  return null;
}

const map = mixedMap();
const expectedEdges = map.ties
  .map((t) => [t.source, t.target, t.type, DIRECTED_TIE_TYPES.includes(t.type), t.strength] as const)
  .map((e) => [...e])
  .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function written(format: 'gexf' | 'graphml', includeConfidential: boolean): string {
  const file = path.join(folder, `map-${includeConfidential ? 'named' : 'default'}.${format}`);
  writeFileSync(file, exportMap(map, { format, includeConfidential, includeSensitive: false, today: TODAY }).bytes);
  return file;
}

describe.each(['gexf', 'graphml'] as const)('networkx reads the %s export', (format) => {
  it('as written: a directed graph with every tie once, source to target, type and direction flag kept', () => {
    const read = JSON.parse(execFileSync('python3', ['-c', READ, written(format, true)], { encoding: 'utf8' })) as {
      directed: boolean; nodes: number; edges: unknown[][]; label: string;
    };
    expect(read.directed).toBe(true);
    expect(read.nodes).toBe(map.stakeholders.length);
    expect(read.label).toBe(map.stakeholders[0]?.name);
    const sort = (edges: unknown[][]) => [...edges].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sort(read.edges)).toEqual(expectedEdges);
  });

  it('in the default export too, where confidential people are placeholders', () => {
    const read = JSON.parse(execFileSync('python3', ['-c', READ, written(format, false)], { encoding: 'utf8' })) as { edges: unknown[][] };
    expect(read.edges).toHaveLength(map.ties.length);
  });
});

describe('igraph reads the GraphML export', () => {
  const python = pythonWithIgraph();
  it('without losing a direction (python-igraph is needed: .ci/run installs Debian\'s python3-igraph)', () => {
    if (python === null) throw new Error('no python3 here has python-igraph: apt-get install python3-igraph');
    const read = JSON.parse(execFileSync(python ?? 'python3', ['-c', IGRAPH, written('graphml', true)], { encoding: 'utf8' })) as {
      directed: boolean; edges: unknown[][];
    };
    expect(read.directed).toBe(true);
    expect(read.edges).toEqual(expectedEdges.map(([s, t, type, directed]) => [s, t, type, directed]));
  });
});
