// The neutral shape every graph format is read into, before it becomes stakeholders and ties.
// Attribute values are kept as strings in Maps: names such as "__proto__" are ordinary keys there.

export interface ImportedNode {
  readonly id: string;
  /** The file's label for the node; the id when the file gives none. */
  readonly label: string;
  readonly attributes: ReadonlyMap<string, string>;
}

export interface ImportedEdge {
  readonly id?: string;
  readonly source: string;
  readonly target: string;
  /** Set when the edge itself says whether it is directed (GEXF `type`, GraphML `directed`). */
  readonly directed?: boolean;
  readonly weight?: number;
  readonly attributes: ReadonlyMap<string, string>;
  /** Inferred by the import (a sheet's organization cell), not stated: the same tie stated in the file replaces it. */
  readonly implied?: boolean;
}

/** A node that holds other nodes: a yEd group or folder, a GraphML subgraph. */
export interface ImportedGroup {
  readonly id: string;
  /** Ids of the nodes directly inside it (nested groups among them). */
  readonly members: readonly string[];
}

export interface ImportedGraph {
  readonly directed: boolean;
  readonly nodes: readonly ImportedNode[];
  readonly edges: readonly ImportedEdge[];
  readonly warnings: readonly string[];
  /** Present when the file nests nodes inside nodes; the group nodes are in `nodes` too. */
  readonly groups?: readonly ImportedGroup[];
}

export interface ImportLimits {
  readonly maxBytes: number;
  readonly maxNodes: number;
  readonly maxEdges: number;
  /** Longest attribute value or text run, in characters. */
  readonly maxValueLength: number;
  readonly maxDepth: number;
}

/** Generous for real coalition maps and Gephi samples, small enough that parsing stays quick. */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxNodes: 100_000,
  maxEdges: 500_000,
  maxValueLength: 100_000,
  maxDepth: 64,
};

const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Names that would reach an object's prototype if used as a plain-object key. */
export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name.trim().toLowerCase());
}
