// The bench's in-process comparison: graphology-metrics and graphology-communities-louvain (the
// independent oracle of test/unit/analysis/graphology-oracle.test.ts) computing degree, betweenness,
// closeness, pagerank and communities on the same tie graph the analysis uses.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { buildTieGraph } from '../../shared/analysis/structure';
import type { MapDocument } from '../../shared/model';

function graphologyGraph(map: MapDocument): Graph {
  const ties = buildTieGraph(map);
  const graph = new Graph({ type: 'undirected' });
  for (let v = 0; v < ties.order; v += 1) graph.addNode(String(v));
  for (let v = 0; v < ties.order; v += 1) {
    for (let k = ties.offsets[v]!; k < ties.offsets[v + 1]!; k += 1) {
      const w = ties.neighbours[k]!;
      if (v < w) graph.addEdge(String(v), String(w));
    }
  }
  return graph;
}

/** Milliseconds graphology takes for the same figures (graph built outside the timing), one run. */
export function timeGraphology(map: MapDocument): number {
  const graph = graphologyGraph(map);
  const started = performance.now();
  degreeCentrality(graph);
  betweenness(graph, { normalized: true });
  closeness(graph, { wassermanFaust: true });
  pagerank(graph, { alpha: 0.85, getEdgeWeight: null });
  louvain.detailed(graph);
  return performance.now() - started;
}
