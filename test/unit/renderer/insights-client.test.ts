// The worker client with an in-process stand-in for the Worker that runs the real analysis: one
// run at a time, newer requests end older ones, a broken worker is reported in words and replaced.
import { describe, expect, it } from 'vitest';
import { analyzeMap, type Insights } from '../../../shared/analysis';
import { packInsights, transferablesOf } from '../../../shared/analysis/figure-columns';
import {
  AnalysisSupersededError,
  createAnalysisClient,
  type AnalysisReply,
  type AnalysisRequest,
  type WorkerLike,
} from '../../../renderer/src/workers/analysis-client';
import { smallMap } from './map-fixture';

class InProcessWorker implements WorkerLike {
  terminated = false;
  readonly posted: AnalysisRequest[] = [];
  private readonly onMessage: ((event: MessageEvent<AnalysisReply>) => void)[] = [];
  private readonly onError: ((event: ErrorEvent) => void)[] = [];

  addEventListener(type: 'message' | 'error', listener: ((event: MessageEvent<AnalysisReply>) => void) | ((event: ErrorEvent) => void)): void {
    if (type === 'message') this.onMessage.push(listener as (event: MessageEvent<AnalysisReply>) => void);
    else this.onError.push(listener as (event: ErrorEvent) => void);
  }

  postMessage(message: AnalysisRequest): void {
    this.posted.push(structuredClone(message));
  }

  /** Answers the oldest posted request as the real worker would. */
  answer(reply?: AnalysisReply): void {
    const request = this.posted.shift();
    if (!request) throw new Error('nothing was posted');
    this.deliver(reply ?? { seq: request.seq, insights: packInsights(analyzeMap(request.map)) });
  }

  /** Passes the reply through a structured clone that moves its buffers, as postMessage does. */
  deliver(reply: AnalysisReply): void {
    const data = structuredClone(reply, { transfer: 'insights' in reply ? transferablesOf(reply.insights) : [] });
    for (const l of this.onMessage) l({ data } as MessageEvent<AnalysisReply>);
  }

  crash(message: string): void {
    for (const l of this.onError) l({ message } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Lets the tasks that hand an answer over run (analysis-client.ts: two hops). */
async function handedOver(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

function setup() {
  const workers: InProcessWorker[] = [];
  const client = createAnalysisClient(() => {
    const w = new InProcessWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('analysis client', () => {
  it('sends a plain map and resolves with the worker’s insights', async () => {
    const { client, workers } = setup();
    const map = smallMap();
    const running = client.analyze(1, map);
    workers[0]?.answer();
    const insights = await running;
    expect(insights.summary.stakeholders).toBe(map.stakeholders.length);
    expect(insights).toEqual(analyzeMap(map));
  });

  it('starts its worker when warmed, before any map, and analyses with that same worker', async () => {
    const { client, workers } = setup();
    client.warm();
    client.warm();
    expect(workers).toHaveLength(1);
    const running = client.analyze(1, smallMap());
    expect(workers).toHaveLength(1);
    workers[0]?.answer();
    expect((await running).summary.stakeholders).toBe(4);
  });

  it('ends a run still in progress when a newer one is asked for', async () => {
    const { client, workers } = setup();
    const first = client.analyze(1, smallMap());
    const second = client.analyze(2, smallMap());
    await expect(first).rejects.toBeInstanceOf(AnalysisSupersededError);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    workers[1]?.answer();
    expect((await second).summary.stakeholders).toBe(4);
  });

  it('hands a big map’s first answer over in later tasks, before the exact one', async () => {
    const { client, workers } = setup();
    const map = smallMap();
    const heard: string[] = [];
    const firsts: Insights[] = [];
    const running = client.analyze(3, map, null, (first) => {
      firsts.push(first);
      heard.push('first');
    });
    void running.then(() => heard.push('exact'));
    const worker = workers[0];
    if (!worker) throw new Error('no worker');
    const estimate = { samples: 2, stakeholders: 4, epsilon: 0.5, confidence: 0.9, boundMethod: 'Hoeffding', closenessSearches: 4 };
    worker.deliver({ seq: 2, insights: packInsights({ ...analyzeMap(map), estimate }), first: true });
    worker.deliver({ seq: 3, insights: packInsights({ ...analyzeMap(map), estimate }), first: true });
    worker.answer();
    // Not in the task that received them (its microtasks included): the store update and render
    // come in tasks of their own.
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
    expect(heard).toEqual([]);
    const exact = await running;
    await handedOver();
    expect(firsts).toEqual([{ ...analyzeMap(map), estimate }]);
    expect(exact).toEqual(analyzeMap(map));
    expect(heard).toEqual(['first', 'exact']);
  });

  it('records the worker’s own time for each answer, for the bench', async () => {
    const { client, workers } = setup();
    const map = smallMap();
    const running = client.analyze(7, map, null, () => undefined);
    workers[0]?.deliver({ seq: 7, insights: packInsights(analyzeMap(map)), first: true, elapsedMs: 1_234 });
    workers[0]?.deliver({ seq: 7, insights: packInsights(analyzeMap(map)), elapsedMs: 5_678 });
    await running;
    const detail = (name: string) => (performance.getEntriesByName(name).at(-1) as PerformanceMeasure | undefined)?.detail as unknown;
    expect(detail('analysis:first answer in the worker')).toEqual({ elapsedMs: 1_234 });
    expect(detail('analysis:answer in the worker')).toEqual({ elapsedMs: 5_678 });
  });

  it('ignores an answer for another request and passes an analysis error on in words', async () => {
    const { client, workers } = setup();
    const running = client.analyze(5, smallMap());
    const worker = workers[0];
    if (!worker) throw new Error('no worker');
    worker.deliver({ seq: 4, error: 'not this one' });
    worker.answer({ seq: 5, error: 'a stakeholder has no id' });
    await expect(running).rejects.toThrow('The analysis stopped with an error: a stakeholder has no id');
  });

  it('reports a crashed worker plainly and starts a new one next time', async () => {
    const { client, workers } = setup();
    const running = client.analyze(1, smallMap());
    workers[0]?.crash('out of memory');
    await expect(running).rejects.toThrow('The analysis worker stopped unexpectedly (out of memory). It will start again after your next change.');
    expect(workers[0]?.terminated).toBe(true);
    const again = client.analyze(2, smallMap());
    expect(workers).toHaveLength(2);
    workers[1]?.answer();
    expect((await again).summary.members).toBe(2);
    client.dispose();
    expect(workers[1]?.terminated).toBe(true);
  });

  it('says so when no worker can be started', async () => {
    const client = createAnalysisClient(() => {
      throw new Error('Worker is not defined');
    });
    await expect(client.analyze(1, smallMap())).rejects.toThrow('The analysis could not start in the background: Worker is not defined');
  });
});
