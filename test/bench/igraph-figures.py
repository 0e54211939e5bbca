"""The igraph side of `npm run bench`: the same figures the app's analysis computes, on the same
graph (an edge list), in one Python process. Prints one JSON line with the time of each figure.
Needs python3-igraph (apt-get install python3-igraph); the bench checks for it before calling."""
import json
import sys
import time

import igraph


def main(path, order):
    started = time.perf_counter()
    with open(path, encoding="utf-8") as handle:
        edges = [tuple(int(x) for x in line.split()) for line in handle if line.strip()]
    graph = igraph.Graph(n=order, edges=edges, directed=False)
    graph.simplify()
    times = {"load": time.perf_counter() - started}

    def timed(name, run):
        start = time.perf_counter()
        run()
        times[name] = time.perf_counter() - start

    timed("betweenness", lambda: graph.betweenness(directed=False))
    timed("closeness", lambda: graph.closeness(normalized=True))
    timed("pagerank", lambda: graph.pagerank(damping=0.85))
    timed("coreness", lambda: graph.coreness())
    timed("louvain", lambda: graph.community_multilevel())
    timed("articulation", lambda: graph.articulation_points())
    timed("bridges", lambda: graph.bridges())
    times["total"] = time.perf_counter() - started
    print(json.dumps(times))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
