// The analysis worker's split of Brandes' searches over helper workers, with in-process stand-ins
// for the helpers that run the real kernel on a structured clone of what they are sent: the sums
// equal one thread's; helpers are started ahead, get a slice only once they said they are ready,
// and are kept for the next run; one that fails, never gets ready or cannot start leaves its slice
// to the analysis worker itself.
import { describe, expect, it } from 'vitest';
import { brandesPartialSums, addPartialSums, type PartialSums } from '../../../shared/graph/betweenness-core';
import { exactSourcePlan } from '../../../shared/graph/betweenness';
import { buildTieGraph } from '../../../shared/analysis/structure';
import type { SliceReply, SliceRequest } from '../../../renderer/src/workers/brandes-slice-protocol';
import { MIN_SOURCES_PER_THREAD, searchesOnEveryCore, searchThreadsFor, type SliceWorker } from '../../../renderer/src/workers/searches-on-every-core';
import { generateMap } from '../../bench/generate-map';

type Behaviour = 'works' | 'fails' | 'never ready';

class InProcessHelper implements SliceWorker {
  onmessage: ((event: MessageEvent<SliceReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  searched = 0;
  slices = 0;
  constructor(private readonly behaviour: Behaviour) {
    // Like a real worker, it says it is ready once its script has run.
    if (behaviour !== 'never ready') setTimeout(() => this.onmessage?.({ data: { ready: true } } as MessageEvent<SliceReply>), 0);
  }

  postMessage(message: SliceRequest): void {
    const request = structuredClone(message);
    setTimeout(() => {
      if (this.behaviour === 'fails') {
        this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
        return;
      }
      this.searched += request.sources.length;
      this.slices += 1;
      const sums = brandesPartialSums(request.graph, request.plan, request.sources, request.withCloseness);
      this.onmessage?.({ data: { sums } } as MessageEvent<SliceReply>);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function starter(behaviours: (index: number) => Behaviour = () => 'works') {
  const helpers: InProcessHelper[] = [];
  const start = () => {
    const helper = new InProcessHelper(behaviours(helpers.length));
    helpers.push(helper);
    return helper;
  };
  return { helpers, start };
}

describe('searches on every core', () => {
  const graph = buildTieGraph(generateMap(3_000, 4));
  const plan = exactSourcePlan(graph);
  const alone = brandesPartialSums(graph, plan, plan.sources, true);
  const expectSameSums = (parts: PartialSums[]) => {
    const together = addPartialSums(graph.order, parts);
    alone.betweenness.forEach((b, v) => expect(Math.abs(together.betweenness[v]! - b)).toBeLessThan(1e-9 * Math.max(1, b)));
    alone.closeness.forEach((c, v) => expect(Math.abs(together.closeness[v]! - c)).toBeLessThan(1e-12));
  };

  it('shares the sources out, adds up to one thread’s sums, and keeps the helpers for the next run', async () => {
    const { helpers, start } = starter();
    const searches = searchesOnEveryCore(4, start);
    const parts = await searches.run(graph, plan, true);
    expect(parts).toHaveLength(4);
    expectSameSums(parts);
    expect(helpers).toHaveLength(3);
    expect(helpers.every((h) => !h.terminated && h.slices === 1)).toBe(true);
    expectSameSums(await searches.run(graph, plan, true));
    expect(helpers).toHaveLength(3);
    expect(helpers.every((h) => h.slices === 2)).toBe(true);
  });

  it('starts the helpers ahead when warmed, and the first run uses those', async () => {
    const { helpers, start } = starter();
    const searches = searchesOnEveryCore(3, start);
    searches.warm();
    expect(helpers).toHaveLength(2);
    await searches.run(graph, plan, false);
    expect(helpers).toHaveLength(2);
    expect(helpers.every((h) => h.slices === 1)).toBe(true);
  });

  it('starts no helper when the sources are too few to be worth one', async () => {
    const { helpers, start } = starter();
    const few = { ...plan, sources: plan.sources.subarray(0, MIN_SOURCES_PER_THREAD + 10) };
    expect(await searchesOnEveryCore(8, start).run(graph, few, false)).toHaveLength(1);
    expect(helpers).toHaveLength(0);
  });

  it('searches a failed helper’s slice itself, ends that helper and starts a new one next time', async () => {
    const { helpers, start } = starter((i) => (i === 1 ? 'fails' : 'works'));
    const searches = searchesOnEveryCore(3, start);
    expectSameSums(await searches.run(graph, plan, true));
    expect(helpers[1]?.terminated).toBe(true);
    expect(helpers[1]?.searched).toBe(0);
    expectSameSums(await searches.run(graph, plan, true));
    expect(helpers).toHaveLength(3);
    expect(helpers[2]?.slices).toBe(1);
  });

  it('does not wait for ever on a helper that never gets ready', async () => {
    const { helpers, start } = starter(() => 'never ready');
    const parts = await searchesOnEveryCore(2, start, 30).run(graph, plan, true);
    expectSameSums(parts);
    expect(helpers[0]?.terminated).toBe(true);
    expect(helpers[0]?.searched).toBe(0);
  });

  it('searches every slice itself where no helper can start', async () => {
    const searches = searchesOnEveryCore(4, () => {
      throw new Error('Worker is not defined');
    });
    searches.warm();
    const parts = await searches.run(graph, plan, true);
    expect(parts).toHaveLength(4);
    expectSameSums(parts);
  });

  it('leaves one core to the window: every other core searches, and one thread always does', () => {
    expect(searchThreadsFor(8)).toBe(7);
    expect(searchThreadsFor(2)).toBe(1);
    expect(searchThreadsFor(1)).toBe(1);
    expect(searchThreadsFor(0)).toBe(1);
    expect(searchThreadsFor(undefined)).toBe(1);
    expect(searchThreadsFor(Number.NaN)).toBe(1);
  });
});
