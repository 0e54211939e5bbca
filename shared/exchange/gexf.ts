// GEXF 1.1-1.3 (Gephi, networkx, graphology) and Gephi's older gephi.org/gexf dialect.
// Reads nodes (hierarchies too: nested <nodes> or `pid`, reported as groups), edges, declared
// attributes with defaults, weights and edge direction; viz:* elements, spells and dynamics are
// ignored, and nothing is ever fetched.
import { GraphBuilder, describeElement, parseWeight } from './graph-builder';
import { ImportError, type WarningLog } from './import-error';
import { DEFAULT_IMPORT_LIMITS, isReservedName, type ImportLimits, type ImportedGraph } from './imported-graph';
import { attr, children, parseXml, textOf, type XmlElement } from './xml-read';

interface AttributeDeclaration {
  readonly id: string;
  readonly title: string;
  readonly defaultValue: string | undefined;
}

interface Declarations {
  readonly byId: Map<string, AttributeDeclaration>;
  readonly byTitle: Map<string, AttributeDeclaration>;
}

function readDeclarations(graph: XmlElement, cls: 'node' | 'edge', file: string, warnings: WarningLog): Declarations {
  const byId = new Map<string, AttributeDeclaration>();
  const byTitle = new Map<string, AttributeDeclaration>();
  for (const block of children(graph, 'attributes')) {
    if ((attr(block, 'class') ?? 'node') !== cls) continue;
    for (const a of children(block, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const title = attr(a, 'title') ?? id;
      const defaultValue = textOf(children(a, 'default')[0] ?? {});
      if (isReservedName(title)) {
        warnings.add('reserved name', `${file}, ${cls} attribute "${id}": title "${title}" is a reserved name; kept apart, never used as an object key`);
      }
      const declaration = { id, title, defaultValue };
      byId.set(id, declaration);
      byTitle.set(title, declaration);
    }
  }
  return { byId, byTitle };
}

function readAttvalues(el: XmlElement, declarations: Declarations, where: string, warnings: WarningLog): Map<string, string> {
  const values = new Map<string, string>();
  for (const block of children(el, 'attvalues')) {
    for (const v of children(block, 'attvalue')) {
      // GEXF 1.1+ says `for`; Gephi's older files say `id`.
      const key = attr(v, 'for') ?? attr(v, 'id');
      const value = attr(v, 'value');
      if (key === undefined || value === undefined) continue;
      const declaration = declarations.byId.get(key) ?? declarations.byTitle.get(key);
      if (!declaration) warnings.add('undeclared attribute', `${where}: attvalue for "${key}" has no <attribute> declaration; kept under that name`);
      values.set(declaration?.title ?? key, value);
    }
  }
  for (const d of declarations.byId.values()) {
    if (d.defaultValue !== undefined && !values.has(d.title)) values.set(d.title, d.defaultValue);
  }
  return values;
}

/** GEXF's edge `type` is a direction; networkx also writes a user's `type` attribute there. */
function edgeDirection(raw: string | undefined): boolean | undefined {
  const type = raw?.trim().toLowerCase();
  if (type === 'directed') return true;
  if (type === 'undirected' || type === 'mutual') return false;
  return undefined;
}

export function parseGexf(text: string, file: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ImportedGraph {
  const root = children(parseXml(text, file, limits), 'gexf')[0];
  if (!root) throw new ImportError(file, null, 'not a GEXF file: the root element is not <gexf>');
  const graphs = children(root, 'graph');
  const graph = graphs[0];
  if (!graph) throw new ImportError(file, '<gexf>', 'the file has no <graph> element');
  const builder = new GraphBuilder(file);
  const warnings = builder.warnings;
  if (graphs.length > 1) warnings.add('extra graph', `${file}: ${graphs.length} <graph> elements; only the first is read`);

  // The GEXF schema's default edge type is undirected.
  const directed = (attr(graph, 'defaultedgetype') ?? 'undirected').trim().toLowerCase() === 'directed';
  const nodeDeclarations = readDeclarations(graph, 'node', file, warnings);
  const edgeDeclarations = readDeclarations(graph, 'edge', file, warnings);

  const byParent = new Map<string, string[]>();
  const readNodes = (holder: XmlElement): string[] => {
    const ids: string[] = [];
    for (const block of children(holder, 'nodes')) {
      for (const node of children(block, 'node')) {
        const id = attr(node, 'id');
        const where = `${file}, ${describeElement('node', builder.nodeCount + 1, id)}`;
        const attributes = readAttvalues(node, nodeDeclarations, where, warnings);
        // Some writers leave the label attribute out and declare a "label" or "name" attribute instead.
        builder.addNode(id, attr(node, 'label') ?? attributes.get('label') ?? attributes.get('name'), attributes);
        if (id === undefined) continue;
        ids.push(id);
        // A hierarchy: nodes nested inside the node, or nodes naming it as their `pid`.
        const pid = attr(node, 'pid');
        if (pid !== undefined) byParent.set(pid, [...(byParent.get(pid) ?? []), id]);
        const inner = readNodes(node);
        if (inner.length > 0) byParent.set(id, [...(byParent.get(id) ?? []), ...inner]);
      }
    }
    return ids;
  };
  readNodes(graph);
  for (const [id, members] of byParent) builder.addGroup(id, members);
  let position = 0;
  for (const block of children(graph, 'edges')) {
    for (const edge of children(block, 'edge')) {
      const id = attr(edge, 'id');
      const where = `${file}, ${describeElement('edge', ++position, id)}`;
      const attributes = readAttvalues(edge, edgeDeclarations, where, warnings);
      const label = attr(edge, 'label');
      if (label !== undefined && !attributes.has('label')) attributes.set('label', label);
      const kind = attr(edge, 'kind');
      if (kind !== undefined && !attributes.has('kind')) attributes.set('kind', kind);
      const type = attr(edge, 'type');
      const directedEdge = edgeDirection(type);
      // Not a direction: keep it as the edge's type attribute (a tie type such as "works-at").
      if (type !== undefined && directedEdge === undefined && !attributes.has('type')) attributes.set('type', type);
      builder.addEdge({
        ...(id === undefined ? {} : { id }),
        source: attr(edge, 'source'),
        target: attr(edge, 'target'),
        directed: directedEdge,
        weight: parseWeight(attr(edge, 'weight'), where, warnings),
        attributes,
      });
    }
  }
  return builder.build(directed);
}
