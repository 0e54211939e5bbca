// The shared map's sync history loads at a lower scheduling priority (background-priority.ts), so the
// window's thread gets a core first; the work's result and errors are untouched, and a priority that
// may not go back up (Linux and macOS without the privilege) never fails the work.
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_STEP, inBackground, type PriorityPort } from '../../../electron/main/backend/background-priority';

/** A port over the real OS call that refuses to raise the priority again, as an ordinary Linux user is refused. */
function unprivileged(): PriorityPort & { readonly seen: number[] } {
  let now = 0;
  const seen: number[] = [];
  return {
    seen,
    get: () => now,
    set: (p) => {
      if (p < now) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      now = p;
      seen.push(p);
    },
  };
}

describe('work run in the background', () => {
  it('runs at a lower priority of this very process and comes back after, with the work’s result', async () => {
    const before = getPriority();
    let during = Number.NaN;
    const result = await inBackground(async () => {
      during = getPriority();
      return 'loaded';
    });
    expect(result).toBe('loaded');
    expect(during).toBe(Math.min(19, before + BACKGROUND_STEP));
    // Root may go back up (as here in CI); an ordinary user may not, which the next test covers.
    if (process.getuid?.() === 0) expect(getPriority()).toBe(before);
  });

  it('passes the work’s error on and goes back up even then', async () => {
    const before = getPriority();
    await expect(inBackground(async () => Promise.reject(new Error('sync file damaged')))).rejects.toThrow('sync file damaged');
    if (process.getuid?.() === 0) expect(getPriority()).toBe(before);
  });

  it('still runs the work when the priority may not go back up, and stays lowered', async () => {
    const port = unprivileged();
    await expect(inBackground(async () => 42, port)).resolves.toBe(42);
    expect(port.seen).toEqual([BACKGROUND_STEP]);
    expect(port.get()).toBe(BACKGROUND_STEP);
  });

  it('still runs the work when the priority cannot be read or changed at all', async () => {
    const broken: PriorityPort = {
      get: () => {
        throw new Error('ENOSYS');
      },
      set: () => {
        throw new Error('ENOSYS');
      },
    };
    await expect(inBackground(async () => 'done', broken)).resolves.toBe('done');
  });
});
