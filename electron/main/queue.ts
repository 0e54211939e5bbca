// Work run one piece at a time: a map store's saves (one write of the file after another), and
// the backend's changes to the session (switching maps never interleaves with a save).

/** Runs `work` after everything queued before it has settled, whatever its outcome. */
export type Queue = <T>(work: () => Promise<T>) => Promise<T>;

export function createQueue(): Queue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    // The next piece waits for this one to settle, not to succeed.
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The same function, each call of it run through `queue`. */
export function queued<A, R>(queue: Queue, handler: (args: A) => Promise<R>): (args: A) => Promise<R> {
  return (args) => queue(() => handler(args));
}
