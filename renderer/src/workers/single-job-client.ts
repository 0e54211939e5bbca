// The window's side of a worker that does one job at a time (the analysis, an import, the layout).
// The worker starts on first use; each job is numbered, and only replies carrying the current
// job's number are heard, so a late answer to a replaced job is dropped. A newer job replaces the
// one in progress (its promise rejects); a worker that errors outside a message is not trusted
// again: the job in progress rejects and the next one starts a new worker.

/** What a client needs of a Worker; tests pass an in-process stand-in. */
export interface JobWorker<Request, Reply> {
  postMessage(message: Request): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Reply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** What one reply means for its job: news on the way (the job goes on), its result, or its failure. */
export type JobOutcome<Result, Interim> = { readonly interim: Interim } | { readonly result: Result } | { readonly error: Error };

export interface SingleJobSpec<Request, Reply, Result, Interim> {
  readonly startWorker: () => JobWorker<Request, Reply>;
  /** The job number a reply carries. */
  jobOf(reply: Reply): number;
  /** Reads a reply of the current job. */
  read(reply: Reply): JobOutcome<Result, Interim>;
  /**
   * True: a newer job also ends the worker (the old job's work would be wasted, and a new worker
   * starts at once). False: the worker finishes the old job and its answer is dropped.
   */
  readonly endWorkerOnNewJob: boolean;
  /** The error a job replaced by a newer one rejects with. */
  superseded(job: number): Error;
  /** The error when the worker cannot be started; `reason` is the system's message. */
  cannotStart(reason: string): Error;
  /** The error when the worker stopped unexpectedly; `detail` is " (the worker's message)" or "". */
  crashed(detail: string): Error;
}

export interface SingleJobClient<Request, Result, Interim> {
  /** Posts `message` as job `job`, replacing any job in progress; `onInterim` hears that job's news only. */
  run(job: number, message: Request, onInterim?: (interim: Interim) => void): Promise<Result>;
  /** Starts the worker now (a failure to start is told by the next run). */
  warm(): void;
  /** Ends the worker, and the job in progress with the error `reason` makes for it; the next run starts a new worker. */
  stop(reason: (job: number) => Error): void;
}

interface Job<Result, Interim> {
  readonly job: number;
  readonly onInterim: ((interim: Interim) => void) | undefined;
  resolve(result: Result): void;
  reject(error: Error): void;
}

export function createSingleJobClient<Request, Reply, Result, Interim = never>(
  spec: SingleJobSpec<Request, Reply, Result, Interim>,
): SingleJobClient<Request, Result, Interim> {
  let worker: JobWorker<Request, Reply> | null = null;
  let current: Job<Result, Interim> | null = null;

  const endWorker = (): void => {
    worker?.terminate();
    worker = null;
  };
  const takeJob = (): Job<Result, Interim> | null => {
    const job = current;
    current = null;
    return job;
  };

  const heard = (reply: Reply): void => {
    if (!current || spec.jobOf(reply) !== current.job) return;
    const outcome = spec.read(reply);
    if ('interim' in outcome) {
      current.onInterim?.(outcome.interim);
      return;
    }
    const job = takeJob();
    if ('result' in outcome) job?.resolve(outcome.result);
    else job?.reject(outcome.error);
  };

  const crashed = (event: ErrorEvent): void => {
    endWorker();
    takeJob()?.reject(spec.crashed(event.message ? ` (${event.message})` : ''));
  };

  const start = (): JobWorker<Request, Reply> => {
    const created = spec.startWorker();
    created.addEventListener('message', (event) => heard(event.data));
    created.addEventListener('error', crashed);
    return created;
  };

  return {
    run(job, message, onInterim) {
      const replaced = takeJob();
      if (replaced) {
        replaced.reject(spec.superseded(replaced.job));
        if (spec.endWorkerOnNewJob) endWorker();
      }
      return new Promise<Result>((resolve, reject) => {
        try {
          worker ??= start();
        } catch (error) {
          reject(spec.cannotStart(error instanceof Error ? error.message : String(error)));
          return;
        }
        current = { job, onInterim, resolve, reject };
        worker.postMessage(message);
      });
    },
    warm() {
      try {
        worker ??= start();
      } catch {
        // The next run reports it in words.
      }
    },
    stop(reason) {
      endWorker();
      const job = takeJob();
      job?.reject(reason(job.job));
    },
  };
}
