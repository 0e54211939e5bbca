// Brandes' searches shared out by a counter on shared memory: each thread claims the next chunk
// of sources until none are left. Claiming chunks (instead of a fixed slice per thread) lets a
// thread that started late, or shares its core with other programs, simply do less of the work.
import { createBrandesSearch, type AdjacencyArrays, type PartialSums, type SourcePlan } from '../../../shared/graph/betweenness-core';

export interface SharedWork {
  readonly graph: AdjacencyArrays;
  readonly plan: SourcePlan;
  readonly withCloseness: boolean;
  /** One Int32 on a SharedArrayBuffer: the index of the next unclaimed source in plan.sources. */
  readonly counter: Int32Array;
  readonly chunk: number;
}

export interface ThreadSums extends PartialSums {
  /** How many sources this thread searched (the bench and tests read it). */
  readonly searched: number;
}

/** Claims and searches chunks until none are left; run by every worker and the main thread. */
export function drainSharedWork(work: SharedWork): ThreadSums {
  const search = createBrandesSearch(work.graph, work.plan, work.withCloseness);
  const { sources } = work.plan;
  let searched = 0;
  for (;;) {
    const start = Atomics.add(work.counter, 0, work.chunk);
    if (start >= sources.length) return { ...search.sums, searched };
    const chunk = sources.subarray(start, Math.min(sources.length, start + work.chunk));
    search.run(chunk);
    searched += chunk.length;
  }
}
