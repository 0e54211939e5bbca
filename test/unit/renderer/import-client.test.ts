// The window's side of the import worker, with an in-process stand-in that runs the real worker
// code but delivers its replies only when the test says so: progress reaches only the request it
// belongs to, a newer request makes the older answer stale, Cancel ends the worker, and a crash or
// a refusal comes back as an error with its stage.
import { describe, expect, it } from 'vitest';
import {
  createImportClient,
  ImportFailedError,
  ImportStoppedError,
  type ImportWorkerLike,
} from '../../../renderer/src/workers/import-client';
import { createImportCore } from '../../../renderer/src/workers/import-core';
import type { ImportReply, ImportRequest, ImportTarget } from '../../../renderer/src/workers/import-protocol';

const target: ImportTarget = { now: '2025-03-01T10:00:00.000Z', serviceCatalog: [], existingStakeholders: [] };
const sheet = (text: string) => ({ type: 'read' as const, purpose: 'import' as const, fileName: 'people.csv', base64: Buffer.from(text).toString('base64'), target });

class HeldWorker implements ImportWorkerLike {
  terminated = false;
  /** Replies the real worker code produced, waiting to be delivered. */
  readonly outbox: ImportReply[] = [];
  private readonly core = createImportCore((reply) => this.outbox.push(structuredClone(reply)));
  private readonly onMessage: ((event: MessageEvent<ImportReply>) => void)[] = [];
  private readonly onError: ((event: ErrorEvent) => void)[] = [];

  addEventListener(type: 'message' | 'error', listener: ((event: MessageEvent<ImportReply>) => void) | ((event: ErrorEvent) => void)): void {
    if (type === 'message') this.onMessage.push(listener as (event: MessageEvent<ImportReply>) => void);
    else this.onError.push(listener as (event: ErrorEvent) => void);
  }

  postMessage(message: ImportRequest): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.core.handle(structuredClone(message));
  }

  /** Delivers every waiting reply, in order (replies to older requests included). */
  flush(): void {
    for (const data of this.outbox.splice(0)) for (const l of this.onMessage) l({ data } as MessageEvent<ImportReply>);
  }

  crash(message: string): void {
    for (const l of this.onError) l({ message } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function setup() {
  const workers: HeldWorker[] = [];
  const client = createImportClient(() => {
    const worker = new HeldWorker();
    workers.push(worker);
    return worker;
  });
  const latest = () => {
    const worker = workers.at(-1);
    if (!worker) throw new Error('no worker started');
    return worker;
  };
  return { client, workers, latest };
}

describe('the import client', () => {
  it('hands progress to the request, then its answer; the worker stays for the next step', async () => {
    const { client, workers, latest } = setup();
    const progress: string[] = [];
    const reading = client.request(sheet('Name\nAmara\n'), (m) => progress.push(m));
    latest().flush();
    const answer = await reading;
    expect(answer.type).toBe('csv');
    expect(progress[0]).toMatch(/^Reading people\.csv/);
    const converting = client.request({ type: 'convert', choices: ['name'], target });
    latest().flush();
    expect((await converting).type).toBe('addition');
    expect(workers).toHaveLength(1);
  });

  it('drops the stale answer of a request a newer one replaced, progress included', async () => {
    const { client, latest } = setup();
    const heardByOld: string[] = [];
    const old = client.request(sheet('Name\nFirst\n'), (m) => heardByOld.push(m));
    const newer = client.request(sheet('Name\nSecond\nThird\n'));
    await expect(old).rejects.toEqual(new ImportStoppedError('superseded'));
    // Both answers arrive now, the old one first; only the newer one counts.
    latest().flush();
    const answer = await newer;
    expect(answer.type === 'csv' && answer.preview.rowCount).toBe(2);
    expect(heardByOld).toEqual([]);
  });

  it('cancels by ending the worker: the request stops at once and the next one starts a new worker', async () => {
    const { client, workers, latest } = setup();
    const reading = client.request(sheet('Name\nAmara\n'));
    client.cancel();
    await expect(reading).rejects.toBeInstanceOf(ImportStoppedError);
    expect(workers[0]?.terminated).toBe(true);
    // A late answer from the ended worker changes nothing.
    workers[0]?.flush();
    const again = client.request(sheet('Name\nAmara\n'));
    expect(workers).toHaveLength(2);
    latest().flush();
    expect((await again).type).toBe('csv');
  });

  it('passes a refusal on with its stage, so the window knows when an encoding may help', async () => {
    const { client, latest } = setup();
    const latin1 = { ...sheet(''), base64: Buffer.from('Name\nJosé\n', 'latin1').toString('base64') };
    const refused = client.request(latin1);
    latest().flush();
    const error = await refused.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFailedError);
    expect(error).toMatchObject({ stage: 'decode', message: expect.stringMatching(/not UTF-8/) });
    const broken = client.request(sheet('Name,Name\na,b\n'));
    latest().flush();
    await expect(broken).rejects.toMatchObject({ stage: 'parse', message: expect.stringMatching(/^people\.csv, column 2: the header "Name" repeats column 1/) });
  });

  it('reports a crashed worker in words and replaces it', async () => {
    const { client, workers, latest } = setup();
    const reading = client.request(sheet('Name\nAmara\n'));
    latest().crash('out of memory');
    await expect(reading).rejects.toMatchObject({ stage: 'worker', message: 'The import stopped unexpectedly (out of memory). Nothing was changed; try again.' });
    expect(workers[0]?.terminated).toBe(true);
    const again = client.request(sheet('Name\nAmara\n'));
    latest().flush();
    await expect(again).resolves.toMatchObject({ type: 'csv' });
    expect(workers).toHaveLength(2);
  });

  it('says so when the worker cannot start', async () => {
    const client = createImportClient(() => {
      throw new Error('workers are blocked');
    });
    await expect(client.request(sheet('Name\nA\n'))).rejects.toMatchObject({ stage: 'worker', message: 'The import could not start in the background: workers are blocked' });
  });
});
