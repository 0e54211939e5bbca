// The auto-lock timer with fake time: activity pushes the deadline back, idle time locks once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../renderer/src/state/safety/security-idle';

describe('idle timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks once after the chosen minutes without activity', () => {
    const onIdle = vi.fn();
    createIdleTimer(15, onIdle);
    vi.advanceTimersByTime(15 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('activity restarts the countdown', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(5, onIdle);
    vi.advanceTimersByTime(4 * 60_000);
    timer.activity();
    vi.advanceTimersByTime(4 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('0 minutes turns it off, a new time re-arms it, and stop ends it for good', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(0, onIdle);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    timer.setMinutes(1);
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);

    const stopped = vi.fn();
    const other = createIdleTimer(1, stopped);
    other.stop();
    other.activity();
    vi.advanceTimersByTime(10 * 60_000);
    expect(stopped).not.toHaveBeenCalled();
  });
});
