// The auto-lock timer as plain logic: any activity pushes the deadline back; once the deadline
// passes without activity, `onIdle` runs once. Timers are injected, so tests drive it with fake time.
export interface IdleTimer {
  /** The user did something (a key, the mouse, a touch). */
  activity(): void;
  /** Changes the idle time; 0 (or less) stops the timer. */
  setMinutes(minutes: number): void;
  stop(): void;
}

export interface IdleClock {
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

const realClock: IdleClock = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createIdleTimer(minutes: number, onIdle: () => void, clock: IdleClock = realClock): IdleTimer {
  let handle: unknown = null;
  let current = minutes;
  let stopped = false;
  const clear = (): void => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
  };
  const arm = (): void => {
    clear();
    if (stopped || !(current > 0)) return;
    handle = clock.setTimeout(() => {
      handle = null;
      stopped = true;
      onIdle();
    }, current * 60_000);
  };
  arm();
  return {
    activity: arm,
    setMinutes: (next) => {
      current = next;
      arm();
    },
    stop: () => {
      stopped = true;
      clear();
    },
  };
}
