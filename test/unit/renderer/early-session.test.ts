// The window asks for its session while it starts (early-session.ts); the store's start uses that
// answer once instead of asking again, reports its failure like any other, and asks afresh later.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { createFakeApi } from './fake-api';
import { smallMap } from './map-fixture';

describe('the session asked for at start', () => {
  it('is used by the first start only', async () => {
    const fake = createFakeApi(smallMap());
    let asked = 0;
    const api: typeof fake = {
      ...fake,
      startSession: (args) => {
        asked += 1;
        return fake.startSession(args);
      },
    };
    const early = fake.startSession({});
    const store = createAppStore(api, { earlySession: early });
    await store.actions.start();
    expect(asked).toBe(0);
    expect(store.getState().map?.stakeholders.length).toBe(smallMap().stakeholders.length);
    await store.actions.start();
    expect(asked).toBe(1);
  });

  it('reports a failed early answer as the start failing', async () => {
    const api = createFakeApi(smallMap());
    const early = Promise.reject(new Error('the disk was unplugged'));
    early.catch(() => undefined);
    const store = createAppStore(api, { earlySession: early });
    await store.actions.start();
    expect(store.getState().map).toBeNull();
    expect(store.getState().notices.map((n) => n.message).join(' ')).toMatch(/the disk was unplugged/);
  });
});
