// Work a big map's first picture does not need (the search suggestions, the list behind the map)
// starts once the picture is on the screen: two frames (drawn, then committed) and an idle moment
// after them, never earlier, and never once cancelled.
import { describe, expect, it } from 'vitest';
import { IDLE_WAIT_MS } from '../../../renderer/src/state/sharing/after-first-paint-idle';
import { steppedClock } from './stepped-clock';
import { afterFirstPicture, afterPictureShown } from '../../../renderer/src/views/first-picture';

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
