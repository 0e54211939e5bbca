// GEXF and GraphML exports read back with the app's own graph readers: same nodes, names,
// categories, tie types and directions; hostile names escaped. (networkx and igraph read the same
// files in export-networkx.test.ts.)
import { describe, expect, it } from 'vitest';
import { importedGraphToStakeholders } from '../../../shared/exchange/graph-to-map';
import { exportMap, type ExportFormat } from '../../../shared/exchange/export-map';
import { escapeXmlAttribute, escapeXmlText } from '../../../shared/exchange/xml-escape';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import type { MapDocument } from '../../../shared/model';
import { DIRECTED_TIE_TYPES } from '../../../shared/schema';
import { sampleMap, textOf, TODAY } from './export-fixtures';

const GRAPH_FORMATS = ['gexf', 'graphml'] as const;
const OPTIONS = { includeConfidential: true, includeSensitive: false, today: TODAY };

function exported(map: MapDocument, format: ExportFormat, includeConfidential = true) {
  return exportMap(map, { ...OPTIONS, includeConfidential, format }).bytes;
}

function hostileMap(): MapDocument {
  const map = sampleMap();
  const names: Record<string, string> = {
    's-01': 'Tom "Tommy" O\'Neil <script>&amp; co',
    's-02': 'Bell\u0007 and\u0000 Tab\tName',
    's-03': 'Line one\nline two',
    's-04': ']]> & <![CDATA[ x',
  };
  return { ...map, stakeholders: map.stakeholders.map((s) => (names[s.id] ? { ...s, name: names[s.id]! } : s)) };
}

describe.each(GRAPH_FORMATS)('%s export', (format) => {
  const map = sampleMap();
  const file = `coalition.${format}`;
  const graph = readGraphFile(exported(map, format), file);

  it('reads back with every stakeholder and tie, in order, by name', () => {
    expect(graph.warnings).toEqual([]);
    expect(graph.nodes.map((n) => [n.id, n.label])).toEqual(map.stakeholders.map((s) => [s.id, s.name]));
    expect(graph.edges.map((e) => [e.source, e.target])).toEqual(map.ties.map((t) => [t.source, t.target]));
  });

  it('is a directed graph whose `directed` flag is true on exactly the directed tie types', () => {
    expect(graph.directed).toBe(true);
    expect(graph.edges.map((e) => e.attributes.get('directed'))).toEqual(map.ties.map((t) => String(DIRECTED_TIE_TYPES.includes(t.type))));
  });

  it('carries categories, kind, stage, influence, tie type and weight into stakeholders and ties', () => {
    let n = 0;
    const back = importedGraphToStakeholders(graph, { now: '2025-06-02T00:00:00.000Z', newId: () => `n-${++n}`, sourceLabel: file });
    expect(back.stakeholders.map((s) => [s.name, s.kind, s.categories, s.stage, s.influence, s.confidential])).toEqual(
      map.stakeholders.map((s) => [s.name, s.kind, s.categories, s.stage, s.influence, s.confidential]),
    );
    expect(back.ties.map((t) => [t.type, t.source, t.target, t.strength, t.trust])).toEqual(
      map.ties.map((t) => [t.type, `n-${1 + map.stakeholders.findIndex((s) => s.id === t.source)}`, `n-${1 + map.stakeholders.findIndex((s) => s.id === t.target)}`, t.strength, t.trust]),
    );
    // Nothing folded, nothing left over: the file says exactly what the map holds.
    expect(back.warnings).toEqual([]);
    expect(graph.edges.map((e) => e.weight)).toEqual(map.ties.map((t) => t.strength));
  });

  it('declares the figures as typed attributes with numeric values', () => {
    const node = graph.nodes[0]!;
    for (const name of ['degree', 'coreNumber', 'community']) expect(node.attributes.get(name)).toMatch(/^\d+$/);
    for (const name of ['betweenness', 'closeness', 'pagerank']) expect(Number(node.attributes.get(name))).toBeGreaterThan(0);
    const text = textOf(exported(map, format));
    expect(text).toMatch(format === 'gexf' ? /<attribute id="pagerank" title="pagerank" type="double"\/>/ : /attr.name="pagerank" attr.type="double"/);
  });

  it('escapes quotes, angle brackets and ampersands and drops control characters in names', () => {
    const hostile = hostileMap();
    const back = readGraphFile(exported(hostile, format), file);
    const labels = back.nodes.slice(0, 4).map((n) => n.label);
    expect(labels).toEqual(['Tom "Tommy" O\'Neil <script>&amp; co', 'Bell and Tab\tName', 'Line one\nline two', ']]> & <![CDATA[ x']);
  });

  it('shows hidden stakeholders under their placeholder, and ties reach them by the placeholder id', () => {
    const redacted = readGraphFile(exported(map, format, false), file);
    const hidden = redacted.nodes.filter((node) => node.label.startsWith('Confidential stakeholder'));
    expect(hidden.map((node) => node.id)).toEqual(['confidential-1', 'confidential-2', 'confidential-3']);
    expect(redacted.edges.some((e) => e.source === 'confidential-1' && e.target === 'confidential-2')).toBe(true);
    expect(hidden.every((node) => node.attributes.get('confidential') === 'yes')).toBe(true);
  });
});

describe('XML escaping', () => {
  it('escapes markup in text and attributes and strips characters XML cannot carry', () => {
    expect(escapeXmlText('a<b>&c\r')).toBe('a&lt;b&gt;&amp;c&#13;');
    expect(escapeXmlAttribute('"x" \'y\'\t\n')).toBe('&quot;x&quot; &apos;y&apos;&#9;&#10;');
    expect(escapeXmlText('\u0000\u0001\u001f\uFFFE ok \uD83D\uDE00 \uD800')).toBe(' ok \uD83D\uDE00 ');
  });
});
