// GraphML for Gephi, yEd, Cytoscape, networkx and igraph: typed <key> declarations, a "label" key
// for names, "weight" for edge weight, a directed graph with one edge per tie and a boolean
// `directed` key that is false on ties without a direction (see export-graph.ts).
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType, type AttributeValue, type ExportGraph, type GraphAttribute } from './export-graph';
import { escapeXmlAttribute as a, escapeXmlText as t } from './xml-escape';

/** GraphML's attr.type names: "int" rather than GEXF's "integer". */
const GRAPHML_TYPE: Record<AttributeType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' };

const keyId = (cls: 'node' | 'edge', name: string): string => `${cls === 'node' ? 'n' : 'e'}_${name}`;

function keys(cls: 'node' | 'edge', attributes: readonly GraphAttribute[]): string[] {
  return attributes.map(
    (attr) => `  <key id="${a(keyId(cls, attr.name))}" for="${cls}" attr.name="${a(attr.name)}" attr.type="${GRAPHML_TYPE[attr.type]}"/>`,
  );
}

function data(cls: 'node' | 'edge', attributes: readonly GraphAttribute[], values: readonly AttributeValue[]): string[] {
  return attributes.flatMap((attr, i) => {
    const value = values[i];
    return value === null || value === undefined ? [] : [`      <data key="${a(keyId(cls, attr.name))}">${t(attributeText(value))}</data>`];
  });
}

export function writeGraphml(graph: ExportGraph, title: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <key id="n_label" for="node" attr.name="label" attr.type="string"/>`,
    ...keys('node', NODE_ATTRIBUTES),
    `  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>`,
    ...keys('edge', EDGE_ATTRIBUTES),
    // The title goes in <desc>: a graph id is a token to most readers, not free text.
    '  <graph id="G" edgedefault="directed">',
    `    <desc>${t(title)}</desc>`,
  ];
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${a(node.id)}">`,
      `      <data key="n_label">${t(node.label)}</data>`,
      ...data('node', NODE_ATTRIBUTES, node.values),
      '    </node>',
    );
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${a(edge.id)}" source="${a(edge.source)}" target="${a(edge.target)}">`,
      `      <data key="e_weight">${attributeText(edge.weight)}</data>`,
      ...data('edge', EDGE_ATTRIBUTES, edge.values),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
