import { describe, expect, it } from 'vitest';
import { parseGexf } from '../../../shared/exchange/gexf';
import { parseGraphml } from '../../../shared/exchange/graphml';
import { ImportError } from '../../../shared/exchange/import-error';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import { fixtureBytes, interopBytes, rawCounts } from './fixture-paths';

describe('real files written by other tools', () => {
  it.each([
    ['arctic.gexf', true],
    ['les_miserables.gexf', true],
    ['celegans.gexf', false],
    ['miserables.graphml', false],
  ])('%s imports every node and edge the file holds', (name, directed) => {
    const graph = readGraphFile(interopBytes(name), name);
    const raw = rawCounts(name);
    expect(graph.nodes).toHaveLength(raw.nodes);
    expect(graph.edges).toHaveLength(raw.edges);
    expect(graph.directed).toBe(directed);
    expect(graph.warnings).toEqual([]);
  });

  it('reads Gephi attributes by declaration id (old `id` form) and by `for`, and keeps ids as strings', () => {
    const arctic = readGraphFile(interopBytes('arctic.gexf'), 'arctic.gexf');
    expect(arctic.nodes[1]).toEqual({
      id: '1',
      label: 'New York',
      attributes: new Map([['nodedef', 'n1'], ['label', 'New York'], ['occurrences', '143']]),
    });
    const lesMis = readGraphFile(interopBytes('les_miserables.gexf'), 'les_miserables.gexf');
    expect(lesMis.nodes[0]?.id).toBe('0.0');
    expect(lesMis.nodes[0]?.attributes.get('Authority')).toBe('0.01880342');
    expect(lesMis.edges[1]).toMatchObject({ source: '2.0', target: '0.0', weight: 8 });
    expect(lesMis.edges[0]?.weight).toBeUndefined();
  });

  it('takes GraphML labels from the key named label and edge weights from the weight key', () => {
    const graph = readGraphFile(interopBytes('miserables.graphml'), 'miserables.graphml');
    const valjean = graph.nodes.find((n) => n.label === 'Valjean');
    expect(valjean?.id).toBe('11');
    expect(valjean?.attributes.get('Modularity Class')).toBe('1');
    expect(graph.edges[1]).toMatchObject({ source: '2', target: '0', weight: 8 });
    expect(graph.edges[1]?.attributes.has('weight')).toBe(false);
  });
});

describe('odd but legal files', () => {
  it('decodes entity and character references in labels, applies defaults, ignores viz', () => {
    const graph = readGraphFile(fixtureBytes('coalition-fields.gexf'), 'coalition-fields.gexf');
    expect(graph.nodes.map((n) => n.label)).toEqual(['Harbor House & Shelter', 'Rosa Chávez', 'Councillor Obi']);
    expect(graph.nodes[1]?.attributes.get('Stage')).toBe('to contact');
    expect(graph.nodes[0]?.attributes.get('Stage')).toBe('member');
    expect([...(graph.nodes[0]?.attributes.keys() ?? [])]).not.toContain('color');
    expect(graph.edges).toHaveLength(5);
  });

  it('reads Cytoscape/yEd GraphML: name key, skipped graphics, key defaults, per-edge direction, bad weight', () => {
    const graph = readGraphFile(fixtureBytes('mixed-direction.graphml'), 'mixed-direction.graphml');
    expect(graph.directed).toBe(false);
    expect(graph.nodes.map((n) => [n.id, n.label, n.attributes.get('sector')])).toEqual([
      ['n0', 'Pastor Lee', 'faith'],
      ['n1', 'Food Bank', 'nonprofit'],
      ['n2', 'n2', 'faith'],
    ]);
    expect(graph.edges.map((e) => [e.directed, e.weight])).toEqual([[true, 0.5], [true, 0.25], [undefined, undefined]]);
    expect(graph.warnings).toEqual([
      'mixed-direction.graphml, edge #3 (id "e2"): weight "not-a-number" is not a number; weight left out',
      'mixed-direction.graphml: 1 nodes have no label (no "label" or "name" key, no yEd label); their ids were used as names',
    ]);
  });

  it('decodes a file in the encoding its XML declaration names, and UTF-16 with a BOM', () => {
    expect(readGraphFile(fixtureBytes('windows-1252-declared.gexf'), 'w.gexf').nodes[0]?.label).toBe('José');
    expect(readGraphFile(fixtureBytes('utf16le-bom.graphml'), 'u.graphml').nodes[0]?.label).toBe('Zoë');
  });

  it('refuses undeclared non-UTF-8 bytes and names the likely encoding and line', () => {
    expect(() => readGraphFile(fixtureBytes('latin1-undeclared.gexf'), 'latin1.gexf')).toThrow(
      /^latin1\.gexf, line 3: the file is not UTF-8 \(byte 0xE9 at offset \d+\); it is probably Windows-1252/,
    );
  });
});

describe('broken graphs', () => {
  it('refuses duplicate node ids, naming both nodes', () => {
    expect(() => readGraphFile(fixtureBytes('duplicate-ids.gexf'), 'duplicate-ids.gexf')).toThrow(
      new ImportError('duplicate-ids.gexf', 'node #3 (id "a")', 'duplicate node id; node #1 already has it'),
    );
  });

  it('skips edges to missing nodes with a warning naming the edge; keeps self-loops for the next step', () => {
    const graph = readGraphFile(fixtureBytes('missing-endpoints.graphml'), 'missing-endpoints.graphml');
    expect(graph.nodes.map((n) => n.label)).toEqual(['Ana', 'Ben']);
    expect(graph.edges.map((e) => e.id)).toEqual(['e0', 'e2']);
    expect(graph.warnings).toEqual([
      'missing-endpoints.graphml, edge #2 (id "e1"): refers to node "ghost", which is not in the file; edge skipped',
    ]);
  });

  it('keeps __proto__/constructor/prototype attribute names as plain Map keys and reports them', () => {
    const gexf = readGraphFile(fixtureBytes('proto-attributes.gexf'), 'proto-attributes.gexf');
    const attributes = gexf.nodes[0]?.attributes;
    expect(attributes?.get('__proto__')).toBe('{"polluted":true}');
    expect(attributes?.get('constructor')).toBe('polluted');
    expect(gexf.warnings).toHaveLength(3);
    expect(gexf.warnings[0]).toBe(
      'proto-attributes.gexf, node attribute "0": title "__proto__" is a reserved name; kept apart, never used as an object key',
    );
    const graphml = readGraphFile(fixtureBytes('proto-keys.graphml'), 'proto-keys.graphml');
    expect(graphml.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor']);
    expect(graphml.edges[0]?.attributes.get('constructor')).toBe('polluted');
    expect(graphml.warnings.filter((w) => w.includes('reserved name'))).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('refuses files that are not the format they claim', () => {
    expect(() => parseGexf('<graphml/>', 'x.gexf')).toThrow('x.gexf: not a GEXF file: the root element is not <gexf>');
    expect(() => parseGraphml('<graphml><key id="a"/></graphml>', 'y.graphml')).toThrow('y.graphml, <graphml>: the file has no <graph> element');
    expect(() => readGraphFile(new Uint8Array(), 'z.csv')).toThrow('z.csv: not a graph file: expected a .gexf or .graphml name');
  });
});

describe('labels', () => {
  it('falls back to a declared label attribute, then to the id', () => {
    const text = `<gexf><graph><attributes class="node"><attribute id="0" title="label"/></attributes><nodes>
      <node id="a"><attvalues><attvalue for="0" value="Ana"/></attvalues></node><node id="b"/></nodes></graph></gexf>`;
    expect(parseGexf(text, 'l.gexf').nodes.map((n) => n.label)).toEqual(['Ana', 'b']);
  });
});
