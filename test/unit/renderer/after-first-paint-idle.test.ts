// The first sharing status of a newly opened map starts loading its history in the main process;
// it is asked once the window has drawn its next frame and then has an idle moment (or after
// IDLE_WAIT_MS), never before, and not at all once cancelled (the map was closed meanwhile).
import { describe, expect, it } from 'vitest';
import { afterFirstPaintIdle, IDLE_WAIT_MS, type PaintIdleClock } from '../../../renderer/src/state/sharing/after-first-paint-idle';

/** A clock whose frames and idle periods come when the test says. */
function steppedClock() {
  const frames: (() => void)[] = [];
  const idles: { run: () => void; timeoutMs: number; cancelled: boolean }[] = [];
  const clock: PaintIdleClock = {
    afterNextFrame(run) {
      frames.push(run);
      return () => frames.splice(frames.indexOf(run), 1);
    },
    whenIdle(run, timeoutMs) {
      const idle = { run, timeoutMs, cancelled: false };
      idles.push(idle);
      return () => (idle.cancelled = true);
    },
  };
  const frame = () => frames.splice(0).forEach((run) => run());
  const idle = () => idles.splice(0).forEach((i) => !i.cancelled && i.run());
  return { clock, frame, idle, idles };
}

describe('afterFirstPaintIdle', () => {
  it('waits for the next frame, then for an idle moment, with a bound on that wait', () => {
    const { clock, frame, idle, idles } = steppedClock();
    const asked: string[] = [];
    afterFirstPaintIdle(() => asked.push('status'), clock);
    idle();
    expect(asked).toEqual([]);
    frame();
    expect(asked).toEqual([]);
    expect(idles.map((i) => i.timeoutMs)).toEqual([IDLE_WAIT_MS]);
    idle();
    expect(asked).toEqual(['status']);
  });

  it('asks nothing once cancelled, before the frame or while waiting for the idle moment', () => {
    const early = steppedClock();
    const asked: string[] = [];
    afterFirstPaintIdle(() => asked.push('early'), early.clock)();
    early.frame();
    early.idle();
    const late = steppedClock();
    const cancel = afterFirstPaintIdle(() => asked.push('late'), late.clock);
    late.frame();
    cancel();
    late.idle();
    expect(asked).toEqual([]);
  });
});
