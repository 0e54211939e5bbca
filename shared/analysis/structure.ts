// The structure figures of a map, computed once per analysis and shared by every answer.
// The graph holds every stakeholder and every tie except conflicts: a conflict is not a channel
// through which people reach each other, so it must not make anyone look central.
import type { AnalysisMap } from './analysis-map';
import { shortestPathFigures, type ShortestPathFigures } from '../graph/betweenness';
import { degreeCentralization, degrees, density } from '../graph/cohesion';
import { louvainCommunities } from './communities';
import { buildCompactGraph, type CompactGraph } from '../graph/compact-graph';
import { connectedComponents } from '../graph/components';
import { coreNumbers } from '../graph/core-number';
import { cutPoints } from '../graph/cut-points';
import { pageRank } from '../graph/pagerank';

export interface StructureFigures {
  readonly graph: CompactGraph;
  readonly degree: Int32Array;
  readonly betweenness: Float64Array;
  readonly closeness: Float64Array;
  readonly pagerank: Float64Array;
  readonly coreNumber: Int32Array;
  readonly community: Int32Array;
  readonly communityCount: number;
  readonly modularity: number;
  readonly component: Int32Array;
  readonly componentCount: number;
  readonly componentSizes: readonly number[];
  readonly density: number;
  readonly degreeCentralization: number;
  readonly isArticulation: Uint8Array;
  readonly bridges: readonly (readonly [number, number])[];
}

export interface StructureOptions {
  /** Seed for Louvain's random visiting order. */
  readonly seed?: number;
  /** Called with each figure's name and its time in milliseconds (the bench uses it). */
  readonly onTiming?: (figure: string, milliseconds: number) => void;
  /** A clock; performance.now exists both in Node and in a Web Worker. */
  readonly now?: () => number;
  /** The tie graph and its betweenness/closeness, already computed (the CLI does it in parallel). */
  readonly precomputed?: { readonly graph: CompactGraph; readonly shortestPaths: ShortestPathFigures };
}

/** The undirected simple graph of all non-conflict ties, with each pair's strongest strength. */
export function buildTieGraph(map: AnalysisMap): CompactGraph {
  const edges = map.ties
    .filter((t) => t.type !== 'conflict')
    .map((t) => ({ source: t.source, target: t.target, strength: t.strength }));
  return buildCompactGraph(
    map.stakeholders.map((s) => s.id),
    edges,
  );
}

export function computeStructure(map: AnalysisMap, options: StructureOptions = {}): StructureFigures {
  const now = options.now ?? (() => performance.now());
  function timed<T>(figure: string, run: () => T): T {
    const started = now();
    const value = run();
    options.onTiming?.(figure, now() - started);
    return value;
  }
  const graph = options.precomputed?.graph ?? timed('graph', () => buildTieGraph(map));
  if (graph.order !== map.stakeholders.length) throw new Error('analysis: the precomputed graph is not this map\'s');
  const degree = timed('degree', () => degrees(graph));
  // Betweenness and closeness share one breadth-first search per source.
  const { betweenness, closeness } = options.precomputed?.shortestPaths ?? timed('betweenness+closeness', () => shortestPathFigures(graph));
  const pagerank = timed('pagerank', () => pageRank(graph));
  const coreNumber = timed('coreNumber', () => coreNumbers(graph));
  const communities = timed('communities', () => louvainCommunities(graph, options.seed ?? 1));
  const components = timed('components', () => connectedComponents(graph));
  const cuts = timed('cutPoints', () => cutPoints(graph));
  return {
    graph,
    degree,
    betweenness,
    closeness,
    pagerank,
    coreNumber,
    community: communities.communityOf,
    communityCount: communities.count,
    modularity: communities.modularity,
    component: components.componentOf,
    componentCount: components.count,
    componentSizes: components.sizes,
    density: density(graph),
    degreeCentralization: degreeCentralization(degree),
    isArticulation: cuts.isArticulation,
    bridges: cuts.bridges,
  };
}
