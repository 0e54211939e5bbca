// The analysis worker's split of Brandes' searches over helper workers, with in-process stand-ins
// for the helpers that run the real kernel on a structured clone of what they are sent: the sums
// equal one thread's, every helper is ended, and a helper that fails or cannot start leaves its
// slice to the analysis worker itself.
import { describe, expect, it } from 'vitest';
import { brandesPartialSums, addPartialSums } from '../../../shared/analysis/betweenness-core';
import { exactSourcePlan } from '../../../shared/analysis/betweenness';
import { buildTieGraph } from '../../../shared/analysis/structure';
import type { SliceReply, SliceRequest } from '../../../renderer/src/workers/brandes-slice-protocol';
import { MIN_SOURCES_PER_THREAD, searchesOnEveryCore, type SliceWorker } from '../../../renderer/src/workers/searches-on-every-core';
import { generateMap } from '../../bench/generate-map';

class InProcessHelper implements SliceWorker {
  onmessage: ((event: MessageEvent<SliceReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  searched = 0;
  constructor(private readonly failWith: string | null) {}

  postMessage(message: SliceRequest): void {
    const request = structuredClone(message);
    setTimeout(() => {
      if (this.failWith) {
        this.onerror?.({ message: this.failWith, preventDefault() {} } as ErrorEvent);
        return;
      }
      this.searched = request.sources.length;
      const sums = brandesPartialSums(request.graph, request.plan, request.sources, request.withCloseness);
      this.onmessage?.({ data: { sums } } as MessageEvent<SliceReply>);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('searches on every core', () => {
  const graph = buildTieGraph(generateMap(3_000, 4));
  const plan = exactSourcePlan(graph);

  it('shares the sources out and adds up to one thread’s sums', async () => {
    const helpers: InProcessHelper[] = [];
    const run = searchesOnEveryCore(4, () => {
      const helper = new InProcessHelper(null);
      helpers.push(helper);
      return helper;
    });
    const parts = await run(graph, plan, true);
    expect(parts).toHaveLength(4);
    expect(helpers).toHaveLength(3);
    expect(helpers.every((h) => h.terminated && h.searched > 0)).toBe(true);
    const together = addPartialSums(graph.order, parts);
    const alone = brandesPartialSums(graph, plan, plan.sources, true);
    alone.betweenness.forEach((b, v) => expect(Math.abs(together.betweenness[v]! - b)).toBeLessThan(1e-9 * Math.max(1, b)));
    alone.closeness.forEach((c, v) => expect(Math.abs(together.closeness[v]! - c)).toBeLessThan(1e-12));
  });

  it('starts no helper when the sources are too few to be worth one', async () => {
    let started = 0;
    const run = searchesOnEveryCore(8, () => {
      started += 1;
      return new InProcessHelper(null);
    });
    const few = { ...plan, sources: plan.sources.subarray(0, MIN_SOURCES_PER_THREAD + 10) };
    expect(await run(graph, few, false)).toHaveLength(1);
    expect(started).toBe(0);
  });

  it('searches a failed helper’s slice itself, with the same sums, and ends every helper', async () => {
    const helpers: InProcessHelper[] = [];
    const run = searchesOnEveryCore(3, () => {
      const helper = new InProcessHelper(helpers.length === 1 ? 'out of memory' : null);
      helpers.push(helper);
      return helper;
    });
    const together = addPartialSums(graph.order, await run(graph, plan, true));
    const alone = brandesPartialSums(graph, plan, plan.sources, true);
    alone.betweenness.forEach((b, v) => expect(Math.abs(together.betweenness[v]! - b)).toBeLessThan(1e-9 * Math.max(1, b)));
    expect(helpers.every((h) => h.terminated)).toBe(true);
    expect(helpers[1]?.searched).toBe(0);
  });

  it('searches every slice itself where no helper can start', async () => {
    const run = searchesOnEveryCore(4, () => {
      throw new Error('Worker is not defined');
    });
    const parts = await run(graph, plan, false);
    expect(parts).toHaveLength(4);
    const together = addPartialSums(graph.order, parts);
    const alone = brandesPartialSums(graph, plan, plan.sources, false);
    alone.betweenness.forEach((b, v) => expect(Math.abs(together.betweenness[v]! - b)).toBeLessThan(1e-9 * Math.max(1, b)));
  });
});
