// The first sharing status of a newly opened map starts loading its history in the main process;
// it is asked once the window has drawn its next frame and then has an idle moment (or after
// IDLE_WAIT_MS), never before, and not at all once cancelled (the map was closed meanwhile).
import { describe, expect, it } from 'vitest';
import { afterFirstPaintIdle, IDLE_WAIT_MS } from '../../../renderer/src/state/sharing/after-first-paint-idle';
import { steppedClock } from './stepped-clock';

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
