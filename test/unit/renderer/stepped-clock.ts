// A window clock for tests of work that waits for frames and idle periods (after-first-paint-idle.ts,
// first-picture.ts): its frames and idle periods come only when the test says.
import type { PaintIdleClock } from '../../../renderer/src/state/sharing/after-first-paint-idle';

export function steppedClock() {
  const frames: (() => void)[] = [];
  const idles: { run: () => void; timeoutMs: number; cancelled: boolean }[] = [];
  const clock: PaintIdleClock = {
    afterNextFrame(run) {
      frames.push(run);
      return () => void frames.splice(frames.indexOf(run), 1);
    },
    whenIdle(run, timeoutMs) {
      const idle = { run, timeoutMs, cancelled: false };
      idles.push(idle);
      return () => (idle.cancelled = true);
    },
  };
  /** Runs every frame callback waiting now (those a callback asks for wait for the next frame). */
  const frame = () => frames.splice(0).forEach((run) => run());
  /** Runs every idle callback waiting now, except the cancelled ones. */
  const idle = () => idles.splice(0).forEach((i) => !i.cancelled && i.run());
  return { clock, frame, idle, idles };
}
