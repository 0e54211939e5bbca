// The window's side of the import worker. One request is awaited at a time: a newer request
// makes the older one's answer stale (it is dropped when it arrives), and Cancel ends the worker
// itself, so even a parse stuck deep in a huge file stops at once. Nothing here touches the map.
import type { ImportReply, ImportRequest } from './import-protocol';

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export type ImportAnswer = Exclude<ImportReply, { type: 'progress' } | { type: 'failed' }>;
type RequestBody = ImportRequest extends infer R ? (R extends ImportRequest ? Omit<R, 'seq'> : never) : never;

/** The file could not be read or converted; `stage: 'decode'` means another encoding may help. */
export class ImportFailedError extends Error {
  constructor(message: string, readonly stage: 'decode' | 'parse' | 'worker') {
    super(message);
    this.name = 'ImportFailedError';
  }
}

/** The request was cancelled by the user or replaced by a newer one; nothing needs to be shown. */
export class ImportStoppedError extends Error {
  constructor(readonly why: 'cancelled' | 'superseded') {
    super(why === 'cancelled' ? 'the import was cancelled' : 'a newer request replaced this one');
    this.name = 'ImportStoppedError';
  }
}

export interface ImportClient {
  /** Sends a request; `onProgress` hears the worker's progress lines for this request only. */
  request(body: RequestBody, onProgress?: (message: string) => void): Promise<ImportAnswer>;
  /** Ends the worker and whatever it was doing; the next request starts a new one. */
  cancel(): void;
}

interface Pending {
  readonly seq: number;
  readonly onProgress: (message: string) => void;
  resolve(answer: ImportAnswer): void;
  reject(error: Error): void;
}

function moduleWorker(): ImportWorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

export function createImportClient(startWorker: () => ImportWorkerLike = moduleWorker): ImportClient {
  let worker: ImportWorkerLike | null = null;
  let pending: Pending | null = null;
  let seq = 0;

  const settle = (reply: ImportReply): void => {
    if (!pending || reply.seq !== pending.seq) return;
    if (reply.type === 'progress') {
      pending.onProgress(reply.message);
      return;
    }
    const done = pending;
    pending = null;
    if (reply.type === 'failed') done.reject(new ImportFailedError(reply.message, reply.stage));
    else done.resolve(reply);
  };

  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };

  const crashed = (event: ErrorEvent): void => {
    stop();
    const done = pending;
    pending = null;
    const detail = event.message ? ` (${event.message})` : '';
    done?.reject(new ImportFailedError(`The import stopped unexpectedly${detail}. Nothing was changed; try again.`, 'worker'));
  };

  const start = (): ImportWorkerLike => {
    const created = startWorker();
    created.addEventListener('message', (event) => settle(event.data));
    created.addEventListener('error', crashed);
    return created;
  };

  return {
    request(body, onProgress = () => undefined) {
      pending?.reject(new ImportStoppedError('superseded'));
      pending = null;
      seq += 1;
      const current = seq;
      return new Promise<ImportAnswer>((resolve, reject) => {
        try {
          worker ??= start();
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          reject(new ImportFailedError(`The import could not start in the background: ${reason}`, 'worker'));
          return;
        }
        pending = { seq: current, onProgress, resolve, reject };
        worker.postMessage({ ...body, seq: current } as ImportRequest);
      });
    },
    cancel() {
      stop();
      const done = pending;
      pending = null;
      done?.reject(new ImportStoppedError('cancelled'));
    },
  };
}
