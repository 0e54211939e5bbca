// GraphML as networkx, Gephi, Cytoscape, yEd and graphology write it: <key> declarations (with
// defaults), `edgedefault`, per-edge `directed`, a label taken from a key named label or name,
// else from yEd's own label. Nested graphs (yEd groups, GraphML subgraphs) are read whole, and
// each node that holds one is reported as a group with its members. Ports and hyperedges are skipped.
import { GraphBuilder, describeElement, parseWeight } from './graph-builder';
import { readTieType } from './field-values';
import { yedEdgeDrawnDirected, yedEdgeLabel, yedNodeLabel } from './graphml-yed';
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

interface DataValues {
  readonly values: Map<string, string>;
  /** Structured payloads (yFiles shapes, Cytoscape graphics): drawing data, read only for labels. */
  readonly graphics: XmlElement[];
}

function readData(el: XmlElement, kind: 'node' | 'edge', keys: Map<string, KeyDeclaration>, where: string, warnings: WarningLog): DataValues {
  const values = new Map<string, string>();
  const graphics: XmlElement[] = [];
  for (const data of children(el, 'data')) {
    const keyId = attr(data, 'key');
    if (keyId === undefined) continue;
    const text = textOf(data);
    if (text === undefined && hasChildElements(data)) {
      graphics.push(data);
      continue;
    }
    const declaration = keys.get(keyId);
    if (!declaration) warnings.add('undeclared key', `${where}: <data key="${keyId}"> has no <key> declaration; kept under that name`);
    values.set(declaration?.name ?? keyId, text ?? '');
  }
  for (const k of keys.values()) {
    if ((k.appliesTo === kind || k.appliesTo === 'all') && k.defaultValue !== undefined && !values.has(k.name)) values.set(k.name, k.defaultValue);
  }
  return { values, graphics };
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

const isDirectedDefault = (graph: XmlElement, fallback: boolean): boolean => {
  const value = attr(graph, 'edgedefault')?.trim().toLowerCase();
  return value === undefined ? fallback : value === 'directed';
};

/** Reads one <graph> and, through its group nodes, every graph nested inside it. */
class GraphmlWalker {
  private edgePosition = 0;
  unlabeled = 0;
  hyperedges = 0;

  constructor(
    readonly builder: GraphBuilder,
    private readonly file: string,
    private readonly keys: Map<string, KeyDeclaration>,
    private readonly topDirected: boolean,
  ) {
    this.labelName = labelAttribute(keys);
  }

  private readonly labelName: string | undefined;

  walk(graph: XmlElement, directed: boolean): string[] {
    const { builder, file, keys } = this;
    const warnings = builder.warnings;
    const memberIds: string[] = [];
    for (const node of children(graph, 'node')) {
      const id = attr(node, 'id');
      const where = `${file}, ${describeElement('node', builder.nodeCount + 1, id)}`;
      const { values, graphics } = readData(node, 'node', keys, where, warnings);
      const label = (this.labelName === undefined ? undefined : values.get(this.labelName)) ?? graphics.map(yedNodeLabel).find((l) => l !== undefined);
      if (label === undefined || label.trim() === '') this.unlabeled++;
      builder.addNode(id, label, values);
      if (id !== undefined) memberIds.push(id);
      // A yEd group or folder, or a GraphML subgraph: its nodes and edges are the map's too.
      for (const inner of children(node, 'graph')) {
        const members = this.walk(inner, isDirectedDefault(inner, directed));
        if (id !== undefined) builder.addGroup(id, members);
      }
    }
    for (const edge of children(graph, 'edge')) this.edge(edge, directed);
    this.hyperedges += children(graph, 'hyperedge').length;
    return memberIds;
  }

  private edge(edge: XmlElement, directed: boolean): void {
    const id = attr(edge, 'id');
    const where = `${this.file}, ${describeElement('edge', ++this.edgePosition, id)}`;
    const { values, graphics } = readData(edge, 'edge', this.keys, where, this.builder.warnings);
    const label = graphics.map(yedEdgeLabel).find((l) => l !== undefined);
    const hasType = [...values.keys()].some((k) => k.trim().toLowerCase() === 'type');
    if (label !== undefined && !hasType) values.set(readTieType(label) ? 'type' : 'label', label);
    const drawn = graphics.map(yedEdgeDrawnDirected).find((d) => d !== undefined);
    const own = parseDirected(attr(edge, 'directed')) ?? drawn;
    this.builder.addEdge({
      ...(id === undefined ? {} : { id }),
      source: attr(edge, 'source'),
      target: attr(edge, 'target'),
      // A nested graph may say otherwise than the top one; the edge's own word wins.
      directed: own ?? (directed === this.topDirected ? undefined : directed),
      weight: takeWeight(values, where, this.builder.warnings),
      attributes: values,
    });
  }
}

export function parseGraphml(text: string, file: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ImportedGraph {
  const root = children(parseXml(text, file, limits), 'graphml')[0];
  if (!root) throw new ImportError(file, null, 'not a GraphML file: the root element is not <graphml>');
  const graphs = children(root, 'graph');
  const graph = graphs[0];
  if (!graph) throw new ImportError(file, '<graphml>', 'the file has no <graph> element');
  // networkx reads a missing edgedefault as directed, which is also GraphML's schema default.
  const directed = isDirectedDefault(graph, true);
  const builder = new GraphBuilder(file);
  const warnings = builder.warnings;
  const walker = new GraphmlWalker(builder, file, readKeys(root, file, warnings), directed);
  if (graphs.length > 1) warnings.add('extra graph', `${file}: ${graphs.length} <graph> elements; only the first is read`);
  walker.walk(graph, directed);
  if (walker.unlabeled > 0) {
    warnings.add('no label', `${file}: ${walker.unlabeled} nodes have no label (no "label" or "name" key, no yEd label); their ids were used as names`);
  }
  if (walker.hyperedges > 0) {
    warnings.add('hyperedge', `${file}: ${walker.hyperedges} <hyperedge> elements are not imported (a tie joins two stakeholders)`);
  }
  return builder.build(directed);
}
