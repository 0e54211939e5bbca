// When the window first has a moment to spare after drawing: the next frame, then the first idle
// period after it (at most IDLE_WAIT_MS later). Work the window does not need for its first
// picture, but that takes a core for seconds elsewhere (loading a shared map's history in the main
// process), starts then, so it does not compete with the map's first paint and the window's first
// answers to the user.
import { afterNextFrame, type AfterNextFrame } from '../insights/insights-runner';

/** The longest wait for an idle period, so the work starts even in a window that is never idle. */
export const IDLE_WAIT_MS = 1_000;

/** The window's clocks this needs; tests pass their own. */
export interface PaintIdleClock {
  readonly afterNextFrame: AfterNextFrame;
  /** Runs `run` in the window's next idle period, or after `timeoutMs` at the latest; returns what cancels it. */
  whenIdle(run: () => void, timeoutMs: number): () => void;
}

const windowIdle = (run: () => void, timeoutMs: number): (() => void) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(() => run(), { timeout: timeoutMs });
  return () => cancelIdleCallback(idle);
};

const WINDOW_CLOCK: PaintIdleClock = { afterNextFrame, whenIdle: windowIdle };

/** Runs `run` at the window's first idle moment after its next frame; returns what cancels it. */
export function afterFirstPaintIdle(run: () => void, clock: PaintIdleClock = WINDOW_CLOCK): () => void {
  let cancelIdle = (): void => {};
  const cancelFrame = clock.afterNextFrame(() => {
    cancelIdle = clock.whenIdle(run, IDLE_WAIT_MS);
  });
  return () => {
    cancelFrame();
    cancelIdle();
  };
}
