// GraphML as networkx, Gephi, Cytoscape, yEd and graphology write it: <key> declarations (with
// defaults), `edgedefault`, per-edge `directed`, a label taken from a key named label or name.
// Graphics payloads (yFiles), ports, hyperedges and nested graphs are skipped.
import { GraphBuilder, describeElement, parseWeight } from './graph-builder';
import { ImportError, type WarningLog } from './import-error';
import { DEFAULT_IMPORT_LIMITS, isReservedName, type ImportLimits, type ImportedGraph } from './imported-graph';
import { attr, children, hasChildElements, parseXml, textOf, type XmlElement } from './xml-read';

interface KeyDeclaration {
  readonly name: string;
  readonly appliesTo: string;
  readonly defaultValue: string | undefined;
}

function readKeys(root: XmlElement, file: string, warnings: WarningLog): Map<string, KeyDeclaration> {
  const keys = new Map<string, KeyDeclaration>();
  for (const key of children(root, 'key')) {
    const id = attr(key, 'id');
    if (id === undefined) continue;
    const name = attr(key, 'attr.name') ?? id;
    if (isReservedName(name)) {
      warnings.add('reserved name', `${file}, <key id="${id}">: attribute name "${name}" is a reserved name; kept apart, never used as an object key`);
    }
    const defaultEl = children(key, 'default')[0];
    keys.set(id, { name, appliesTo: attr(key, 'for') ?? 'all', defaultValue: defaultEl ? textOf(defaultEl) : undefined });
  }
  return keys;
}

function readData(el: XmlElement, kind: 'node' | 'edge', keys: Map<string, KeyDeclaration>, where: string, warnings: WarningLog): Map<string, string> {
  const values = new Map<string, string>();
  for (const data of children(el, 'data')) {
    const keyId = attr(data, 'key');
    if (keyId === undefined) continue;
    const text = textOf(data);
    // Structured payloads (yFiles shapes, Cytoscape graphics) are drawing data, not attributes.
    if (text === undefined && hasChildElements(data)) continue;
    const declaration = keys.get(keyId);
    if (!declaration) warnings.add('undeclared key', `${where}: <data key="${keyId}"> has no <key> declaration; kept under that name`);
    values.set(declaration?.name ?? keyId, text ?? '');
  }
  for (const k of keys.values()) {
    if ((k.appliesTo === kind || k.appliesTo === 'all') && k.defaultValue !== undefined && !values.has(k.name)) values.set(k.name, k.defaultValue);
  }
  return values;
}

/** The attribute that names nodes: "label" first, then "name", matched case-insensitively. */
function labelAttribute(keys: Map<string, KeyDeclaration>): string | undefined {
  const nodeKeys = [...keys.values()].filter((k) => k.appliesTo === 'node' || k.appliesTo === 'all');
  for (const wanted of ['label', 'name']) {
    const found = nodeKeys.find((k) => k.name.trim().toLowerCase() === wanted);
    if (found) return found.name;
  }
  return undefined;
}

function takeWeight(attributes: Map<string, string>, where: string, warnings: WarningLog): number | undefined {
  const name = [...attributes.keys()].find((k) => k.trim().toLowerCase() === 'weight');
  if (name === undefined) return undefined;
  const raw = attributes.get(name);
  attributes.delete(name);
  return parseWeight(raw, where, warnings);
}

function parseDirected(raw: string | undefined): boolean | undefined {
  if (raw === undefined) return undefined;
  return raw.trim().toLowerCase() === 'true';
}

export function parseGraphml(text: string, file: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ImportedGraph {
  const root = children(parseXml(text, file, limits), 'graphml')[0];
  if (!root) throw new ImportError(file, null, 'not a GraphML file: the root element is not <graphml>');
  const graphs = children(root, 'graph');
  const graph = graphs[0];
  if (!graph) throw new ImportError(file, '<graphml>', 'the file has no <graph> element');
  const builder = new GraphBuilder(file);
  const warnings = builder.warnings;
  if (graphs.length > 1) warnings.add('extra graph', `${file}: ${graphs.length} <graph> elements; only the first is read`);
  const keys = readKeys(root, file, warnings);
  const labelName = labelAttribute(keys);
  // networkx reads a missing edgedefault as directed, which is also GraphML's schema default.
  const directed = (attr(graph, 'edgedefault') ?? 'directed').trim().toLowerCase() === 'directed';

  for (const node of children(graph, 'node')) {
    const id = attr(node, 'id');
    const where = `${file}, ${describeElement('node', builder.nodeCount + 1, id)}`;
    if (children(node, 'graph').length > 0) warnings.add('nested graph', `${where}: a nested graph inside the node is not imported`);
    const attributes = readData(node, 'node', keys, where, warnings);
    builder.addNode(id, labelName === undefined ? undefined : attributes.get(labelName), attributes);
  }
  let position = 0;
  for (const edge of children(graph, 'edge')) {
    const id = attr(edge, 'id');
    const where = `${file}, ${describeElement('edge', ++position, id)}`;
    const attributes = readData(edge, 'edge', keys, where, warnings);
    builder.addEdge({
      ...(id === undefined ? {} : { id }),
      source: attr(edge, 'source'),
      target: attr(edge, 'target'),
      directed: parseDirected(attr(edge, 'directed')),
      weight: takeWeight(attributes, where, warnings),
      attributes,
    });
  }
  const hyperedges = children(graph, 'hyperedge').length;
  if (hyperedges > 0) warnings.add('hyperedge', `${file}: ${hyperedges} <hyperedge> elements are not imported (a tie joins two stakeholders)`);
  return builder.build(directed);
}
