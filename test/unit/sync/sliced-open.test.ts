// Opening a big sync history (1.5 s of CPU at 20,000 stakeholders) goes in slices (sync/slices.ts):
// between the changes it opens and applies, the event loop runs, so the main process answers saves
// and the window meanwhile. Shown by the order of events, not by time: with a slice of 0 ms, a
// chain of event-loop turns logs itself between the first and the last change opened and applied,
// and the history opens to the very same shared map.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../shared/model';
import type { Change } from '../../../shared/sync/change';
import { sampleCoalition } from '../../../shared/sample';
import type { Sealer } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { useTempDirs } from '../store/helpers/temp-dir';
import { coalition, HEADER } from './helpers/organizers';

const tempDir = useTempDirs();

/** Logs `turn` on every turn of the event loop until stopped. */
function watchTurns(log: string[]): () => void {
  let running = true;
  const turn = () => {
    if (!running) return;
    log.push('turn');
    setImmediate(turn);
  };
  setImmediate(turn);
  return () => {
    running = false;
  };
}

/** The same change, logging `apply` when the replica first reads its operations (to apply them). */
function loggingApply(change: Change, log: string[]): Change {
  let read = false;
  return Object.defineProperty({ ...change }, 'ops', {
    enumerable: true,
    get: () => {
      if (!read) log.push('apply');
      read = true;
      return change.ops;
    },
  });
}

describe('opening a sync history in slices', () => {
  it('lets the event loop run between the changes it opens and applies, and opens to the same map', async () => {
    const dir = await tempDir();
    const shared = coalition(dir);
    const ana = await shared.organizer('Ana', 'actor-ana');
    const start = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
    await ana.share(start);
    let map = ana.map(HEADER);
    for (let i = 0; i < 12; i += 1) {
      const next = { ...map, stakeholders: (map.stakeholders as Stakeholder[]).map((s, k) => (k === i % 3 ? { ...s, notes: `edit ${i}` } : s)) };
      await ana.record(map, next);
      map = next;
    }

    const log: string[] = [];
    const watching: Sealer = { ...shared.sealer, open: (sealed) => (log.push('open'), loggingApply(shared.sealer.open(sealed), log)) };
    const stop = watchTurns(log);
    const again = await SyncPeer.open({ actor: 'actor-ana', name: 'Ana', sealer: watching, relay: shared.relay, stateFile: join(dir, 'Ana.sync.json'), sliceMs: 0 });
    stop();

    const turnsBetween = (what: string) => {
      const at = log.flatMap((e, i) => (e === what ? [i] : []));
      return { count: at.length, turns: log.slice(at[0], at[at.length - 1]).filter((e) => e === 'turn').length };
    };
    // Turns between the first change opened and the last, and between the first applied and the
    // last: neither went in one stretch (12 pauses between 13 changes each).
    for (const what of ['open', 'apply']) {
      const { count, turns } = turnsBetween(what);
      expect(count).toBe(13);
      expect(turns).toBeGreaterThanOrEqual(12);
    }
    expect(again.map(HEADER)).toEqual(ana.map(HEADER));
    expect(again.status()).toEqual(ana.status());
  });
});
