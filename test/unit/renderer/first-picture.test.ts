// Work a big map's first picture does not need (the search suggestions, the list behind the map)
// starts once the picture is on the screen: two frames (drawn, then committed) and an idle moment
// after them, never earlier, and never once cancelled.
import { describe, expect, it } from 'vitest';
import { IDLE_WAIT_MS, type PaintIdleClock } from '../../../renderer/src/state/sharing/after-first-paint-idle';
import { afterFirstPicture, afterPictureShown } from '../../../renderer/src/views/first-picture';

/** A clock whose frames and idle periods come when the test says. */
function steppedClock() {
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
  const frame = () => frames.splice(0).forEach((run) => run());
  const idle = () => idles.splice(0).forEach((i) => !i.cancelled && i.run());
  return { clock, frame, idle, idles };
}

describe('afterFirstPicture', () => {
  it('waits for two frames, then for an idle moment (bounded), not for one frame and an idle moment', () => {
    const { clock, frame, idle, idles } = steppedClock();
    const started: string[] = [];
    afterFirstPicture(() => started.push('suggestions'), clock);
    idle();
    frame();
    idle();
    expect(started).toEqual([]);
    frame();
    expect(started).toEqual([]);
    expect(idles.map((i) => i.timeoutMs)).toEqual([IDLE_WAIT_MS]);
    idle();
    expect(started).toEqual(['suggestions']);
    frame();
    idle();
    expect(started).toEqual(['suggestions']);
  });

  it('starts nothing once cancelled, between the frames or while waiting for the idle moment', () => {
    const started: string[] = [];
    const early = steppedClock();
    const cancelEarly = afterFirstPicture(() => started.push('early'), early.clock);
    early.frame();
    cancelEarly();
    early.frame();
    early.idle();
    const late = steppedClock();
    const cancelLate = afterFirstPicture(() => started.push('late'), late.clock);
    late.frame();
    late.frame();
    cancelLate();
    late.idle();
    expect(started).toEqual([]);
  });

  it('hands a new map to the analysis after two frames, with no idle wait, and not once cancelled', () => {
    const { clock, frame, idles } = steppedClock();
    const started: string[] = [];
    afterPictureShown(() => started.push('analysis'), clock.afterNextFrame);
    frame();
    expect(started).toEqual([]);
    frame();
    expect(started).toEqual(['analysis']);
    expect(idles).toEqual([]);
    const cancel = afterPictureShown(() => started.push('cancelled'), clock.afterNextFrame);
    frame();
    cancel();
    frame();
    expect(started).toEqual(['analysis']);
  });
});
