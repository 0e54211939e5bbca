// The analysis graph, built once per analysis: an undirected simple graph in compressed sparse
// rows (one typed array of neighbours plus offsets), so every figure walks flat memory instead
// of hash maps. Node i is ids[i]; the neighbours of i are neighbours[offsets[i] .. offsets[i+1]).

export interface CompactGraph {
  /** Number of nodes. */
  readonly order: number;
  /** Number of distinct undirected edges after parallel edges collapsed. */
  readonly size: number;
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Per neighbour slot: the strongest strength among the parallel edges collapsed into it. */
  readonly strength: Uint8Array;
}

export interface EdgeInput {
  readonly source: string;
  readonly target: string;
  /** Optional 1-255; kept as the maximum over parallel edges. */
  readonly strength?: number;
}

/**
 * Builds the simple graph: self-loops dropped, directions ignored, parallel edges collapsed.
 * An edge naming an id that is not a node is a caller bug, so it throws saying which.
 */
export function buildCompactGraph(ids: readonly string[], edges: readonly EdgeInput[]): CompactGraph {
  const order = ids.length;
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (indexOf.has(id)) throw new Error(`analysis graph: duplicate node id "${id}"`);
    indexOf.set(id, i);
  });

  // One entry per distinct pair (low index first), remembering the strongest strength.
  const pairStrength = new Map<number, number>();
  for (const edge of edges) {
    const a = indexOf.get(edge.source);
    const b = indexOf.get(edge.target);
    if (a === undefined) throw new Error(`analysis graph: edge refers to unknown node "${edge.source}"`);
    if (b === undefined) throw new Error(`analysis graph: edge refers to unknown node "${edge.target}"`);
    if (a === b) continue;
    const key = a < b ? a * order + b : b * order + a;
    const strength = edge.strength ?? 1;
    const known = pairStrength.get(key);
    if (known === undefined || strength > known) pairStrength.set(key, strength);
  }

  const degree = new Int32Array(order);
  for (const key of pairStrength.keys()) {
    degree[Math.floor(key / order)]! += 1;
    degree[key % order]! += 1;
  }
  const offsets = new Int32Array(order + 1);
  for (let i = 0; i < order; i += 1) offsets[i + 1] = offsets[i]! + degree[i]!;
  const cursor = offsets.slice(0, order);
  const neighbours = new Int32Array(offsets[order]!);
  const strength = new Uint8Array(offsets[order]!);
  for (const [key, s] of pairStrength) {
    const a = Math.floor(key / order);
    const b = key % order;
    neighbours[cursor[a]!] = b;
    strength[cursor[a]!++] = s;
    neighbours[cursor[b]!] = a;
    strength[cursor[b]!++] = s;
  }
  return { order, size: pairStrength.size, ids, indexOf, offsets, neighbours, strength };
}

export function degreeOf(graph: CompactGraph, node: number): number {
  return graph.offsets[node + 1]! - graph.offsets[node]!;
}
