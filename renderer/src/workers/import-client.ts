// The window's side of the import worker. One request is awaited at a time: a newer request
// makes the older one's answer stale (it is dropped when it arrives), and Cancel ends the worker
// itself, so even a parse stuck deep in a huge file stops at once. Nothing here touches the map.
import type { ImportReply, ImportRequest } from './import-protocol';
import { createSingleJobClient, type JobOutcome, type JobWorker } from './single-job-client';

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export type ImportWorkerLike = JobWorker<ImportRequest, ImportReply>;

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

function moduleWorker(): ImportWorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/** Reads one reply of the current request: progress lines are news, an answer or a failure ends it. */
function readReply(reply: ImportReply): JobOutcome<ImportAnswer, string> {
  if (reply.type === 'progress') return { interim: reply.message };
  if (reply.type === 'failed') return { error: new ImportFailedError(reply.message, reply.stage) };
  return { result: reply };
}

export function createImportClient(startWorker: () => ImportWorkerLike = moduleWorker): ImportClient {
  const requests = createSingleJobClient<ImportRequest, ImportReply, ImportAnswer, string>({
    startWorker,
    jobOf: (reply) => reply.seq,
    read: readReply,
    // The worker finishes a replaced request (it may be deep in a parse); its answer is dropped.
    endWorkerOnNewJob: false,
    superseded: () => new ImportStoppedError('superseded'),
    cannotStart: (reason) => new ImportFailedError(`The import could not start in the background: ${reason}`, 'worker'),
    crashed: (detail) => new ImportFailedError(`The import stopped unexpectedly${detail}. Nothing was changed; try again.`, 'worker'),
  });
  let seq = 0;
  return {
    request(body, onProgress = () => undefined) {
      seq += 1;
      return requests.run(seq, { ...body, seq } as ImportRequest, onProgress);
    },
    cancel: () => requests.stop(() => new ImportStoppedError('cancelled')),
  };
}
