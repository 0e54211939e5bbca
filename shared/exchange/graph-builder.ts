// Shared by the GEXF and GraphML readers: collects nodes and edges, refuses duplicate node ids
// (edges could not tell which node they mean) and skips, with a warning, edges whose ends are missing.
import { ImportError, WarningLog } from './import-error';
import type { ImportedEdge, ImportedGraph, ImportedGroup, ImportedNode } from './imported-graph';

/** "node #3 (id "a")": 1-based position in the file, as people count. */
export function describeElement(tag: string, position: number, id: string | undefined): string {
  return id === undefined ? `${tag} #${position}` : `${tag} #${position} (id "${id}")`;
}

export class GraphBuilder {
  readonly warnings = new WarningLog();
  private readonly nodes: ImportedNode[] = [];
  private readonly positions = new Map<string, number>();
  private readonly pending: { edge: ImportedEdge; position: number }[] = [];
  private readonly groups: ImportedGroup[] = [];

  constructor(private readonly file: string) {}

  get nodeCount(): number {
    return this.nodes.length;
  }

  addNode(id: string | undefined, label: string | undefined, attributes: ReadonlyMap<string, string>): void {
    const position = this.nodes.length + 1;
    if (id === undefined || id.trim() === '') throw new ImportError(this.file, describeElement('node', position, undefined), 'the node has no id');
    const first = this.positions.get(id);
    if (first !== undefined) {
      throw new ImportError(this.file, describeElement('node', position, id), `duplicate node id; node #${first} already has it`);
    }
    this.positions.set(id, position);
    const name = label !== undefined && label.trim() !== '' ? label : id;
    this.nodes.push({ id, label: name, attributes });
  }

  /** A node that holds a nested graph (a yEd group, a GraphML subgraph), with the ids of the nodes directly in it. */
  addGroup(id: string, members: readonly string[]): void {
    this.groups.push({ id, members });
  }

  /** Edges are checked in build(), because GraphML may list an edge before its nodes. */
  addEdge(edge: Omit<ImportedEdge, 'source' | 'target'> & { source?: string; target?: string }): void {
    const position = this.pending.length + 1;
    const { source, target } = edge;
    if (source === undefined || target === undefined) {
      this.warnings.add('edge without ends', `${this.file}, ${describeElement('edge', position, edge.id)}: no source or target; edge skipped`);
      return;
    }
    this.pending.push({ edge: { ...edge, source, target }, position });
  }

  build(directed: boolean): ImportedGraph {
    const edges: ImportedEdge[] = [];
    for (const { edge, position } of this.pending) {
      const missing = [edge.source, edge.target].filter((end) => !this.positions.has(end));
      if (missing.length > 0) {
        const which = [...new Set(missing)].map((m) => `"${m}"`).join(' and ');
        this.warnings.add(
          'edge to missing node',
          `${this.file}, ${describeElement('edge', position, edge.id)}: refers to node ${which}, which is not in the file; edge skipped`,
        );
        continue;
      }
      edges.push(edge);
    }
    return { directed, nodes: this.nodes, edges, warnings: this.warnings.list(), ...(this.groups.length > 0 ? { groups: this.groups } : {}) };
  }
}

/** A finite number from an attribute, or undefined with a warning naming the element. */
export function parseWeight(raw: string | undefined, where: string, warnings: WarningLog): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (Number.isFinite(value)) return value;
  warnings.add('bad weight', `${where}: weight "${raw.slice(0, 40)}" is not a number; weight left out`);
  return undefined;
}
