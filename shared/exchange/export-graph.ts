// The map as a graph for Gephi, networkx and igraph: nodes with their categories and figures as
// typed attributes, edges with tie type, strength, weight and a `directed` flag. Built once from
// the redacted map, so GEXF and GraphML carry exactly the same fields and neither can carry more.
// The graph is written as a directed graph with one edge per tie, from the tie's source to its
// target; `directed` is false on ties that have no direction (knows, partners-with, conflict).
// networkx refuses a graph that mixes directed and undirected edges, and igraph would make every
// edge undirected; a directed graph with the flag keeps all of it (README, "Files").
import { DIRECTED_TIE_TYPES } from '../schema';
import type { ExportSource } from './export-source';

export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';

export interface GraphAttribute {
  readonly name: string;
  readonly type: AttributeType;
}

export type AttributeValue = string | number | boolean | null;

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  /** Values in the order of NODE_ATTRIBUTES; null means "not set" and is not written. */
  readonly values: readonly AttributeValue[];
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  /** The tie's own imported weight, else its strength: what Gephi sizes edges by. */
  readonly weight: number;
  readonly values: readonly AttributeValue[];
}

export interface ExportGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const NODE_ATTRIBUTES: readonly GraphAttribute[] = [
  { name: 'kind', type: 'string' },
  { name: 'categories', type: 'string' },
  { name: 'stage', type: 'string' },
  { name: 'influence', type: 'integer' },
  { name: 'confidential', type: 'string' },
  { name: 'degree', type: 'integer' },
  { name: 'betweenness', type: 'double' },
  { name: 'closeness', type: 'double' },
  { name: 'pagerank', type: 'double' },
  { name: 'coreNumber', type: 'integer' },
  { name: 'community', type: 'integer' },
];

export const EDGE_ATTRIBUTES: readonly GraphAttribute[] = [
  { name: 'type', type: 'string' },
  { name: 'strength', type: 'integer' },
  { name: 'trust', type: 'integer' },
  { name: 'directed', type: 'boolean' },
];

export function buildExportGraph(source: ExportSource): ExportGraph {
  const nodes = source.redacted.stakeholders.map((s): GraphNode => {
    const f = source.figures.get(s.id);
    if (!f) throw new Error(`export: no figures for stakeholder "${s.id}"`);
    return {
      id: s.id,
      label: s.name,
      values: [
        s.kind,
        s.categories.join(';'),
        s.stage,
        s.influence,
        s.confidential ? 'yes' : 'no',
        f.degree,
        f.betweenness,
        f.closeness,
        f.pagerank,
        f.coreNumber,
        f.community,
      ],
    };
  });
  const edges = source.redacted.ties.map(
    (t): GraphEdge => ({
      id: t.id,
      source: t.source,
      target: t.target,
      directed: DIRECTED_TIE_TYPES.includes(t.type),
      weight: t.weight ?? t.strength,
      values: [t.type, t.strength, t.trust, DIRECTED_TIE_TYPES.includes(t.type)],
    }),
  );
  return { nodes, edges };
}

/** An attribute value as XML text: integers plainly, doubles in full precision, booleans as true/false. */
export function attributeText(value: string | number | boolean): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new Error(`export: ${value} cannot be written to a graph file`);
  return String(value);
}
