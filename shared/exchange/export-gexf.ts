// GEXF 1.3 for Gephi and networkx: a directed graph, one edge per tie from its source to its
// target, with a boolean `directed` attribute that is false on ties without a direction (see
// export-graph.ts for why the edges carry no per-edge type).
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeValue, type ExportGraph, type GraphAttribute } from './export-graph';
import { escapeXmlAttribute as a, escapeXmlText } from './xml-escape';

function declarations(cls: 'node' | 'edge', attributes: readonly GraphAttribute[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...attributes.map((attr) => `      <attribute id="${a(attr.name)}" title="${a(attr.name)}" type="${attr.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues(attributes: readonly GraphAttribute[], values: readonly AttributeValue[], indent: string): string[] {
  const set = attributes.flatMap((attr, i) => {
    const value = values[i];
    return value === null || value === undefined ? [] : [`${indent}  <attvalue for="${a(attr.name)}" value="${a(attributeText(value))}"/>`];
  });
  return set.length === 0 ? [] : [`${indent}<attvalues>`, ...set, `${indent}</attvalues>`];
}

export function writeGexf(graph: ExportGraph, title: string, date: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${a(date)}">`,
    '    <creator>Coalition Mapper</creator>',
    `    <description>${escapeXmlText(title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    lines.push(`      <node id="${a(node.id)}" label="${a(node.label)}">`, ...attvalues(NODE_ATTRIBUTES, node.values, '        '), '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    lines.push(
      `      <edge id="${a(edge.id)}" source="${a(edge.source)}" target="${a(edge.target)}" weight="${attributeText(edge.weight)}">`,
      ...attvalues(EDGE_ATTRIBUTES, edge.values, '        '),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
