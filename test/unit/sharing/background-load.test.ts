// Reopening a shared map: its sync history (seconds of CPU at 20,000 stakeholders) loads through
// inBackground, at a lower priority than the window's thread, and the status it gives is the
// shared map's, exactly as before (background-priority.ts).
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_STEP, inBackground } from '../../../electron/main/backend/background-priority';
import { MapSession } from '../../../electron/main/backend/map-session';
import { OpenSharedMap } from '../../../electron/main/backend/sharing-follow';
import { createQueue } from '../../../electron/main/queue';
import { useBackends } from '../backend/use-backends';

const backends = useBackends();

describe('loading a shared map in the background', () => {
  it('opens the sync history at the lower priority and reports the shared map', async () => {
    const relay = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    const first = await ana.api.startSession({});
    if (first.status !== 'opened') throw new Error('no map');
    await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    await ana.api.close();

    const session = await MapSession.start(ana.dataDir, () => new Date());
    const opened = await session.open(first.file.path, []);
    expect(opened.status).toBe('opened');
    const before = getPriority();
    const seen: number[] = [];
    const watched = <T>(work: () => Promise<T>): Promise<T> =>
      inBackground(async () => {
        seen.push(getPriority());
        return work();
      });
    try {
      const status = await new OpenSharedMap(session, createQueue(), null, watched).status();
      expect(status.state).not.toBe('not-shared');
      expect(status.you).toBe('Ana');
      expect(seen).toEqual([Math.min(19, before + BACKGROUND_STEP)]);
    } finally {
      await session.close();
    }
  });
});
