// Reopening a shared map: its sync history (seconds of CPU at 20,000 stakeholders) loads in slices
// and outside the backend's queue, at the main thread's own priority (never lowered: on Linux and
// macOS it could not be raised again): a save made meanwhile is answered before the load ends and
// reaches the shared map, in order with the edits after it (sharing-follow.ts, sync/slices.ts).
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapSession } from '../../../electron/main/backend/map-session';
import { openPeer } from '../../../electron/main/backend/sharing-copy';
import { OpenSharedMap } from '../../../electron/main/backend/sharing-follow';
import { createQueue } from '../../../electron/main/queue';
import { readSharingFileIfShared } from '../../../electron/main/sync/sharing-file';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { MAP_FORMAT, MAP_VERSION } from '../../../shared/schema';
import { useBackends } from '../backend/use-backends';

const backends = useBackends();

/** A map shared by Ana in an earlier session, opened again as after a restart (its sync not loaded yet). */
async function reopenedSharedMap(): Promise<{ session: MapSession; path: string }> {
  const relay = join(await backends.tempDir(), 'relay');
  const ana = await backends.start();
  const first = await ana.api.startSession({});
  if (first.status !== 'opened') throw new Error('no map');
  await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
  await ana.api.close();
  const session = await MapSession.start(ana.dataDir, () => new Date());
  const opened = await session.open(first.file.path, []);
  expect(opened.status).toBe('opened');
  return { session, path: first.file.path };
}

/** The map with the first open (shared) person renamed. */
function renamed(map: MapDocument, name: string): MapDocument {
  const id = map.stakeholders.find((s) => s.confidential === false)!.id;
  return { ...map, stakeholders: map.stakeholders.map((s) => (s.id === id ? { ...s, name } : s)) };
}

/** That person's name in the shared map as this device's sync file holds it (read afresh). */
async function sharedName(path: string, map: MapDocument): Promise<string> {
  const id = map.stakeholders.find((s) => s.confidential === false)!.id;
  const peer = await openPeer(path, (await readSharingFileIfShared(path, null))!);
  return (peer.map({ format: MAP_FORMAT, version: MAP_VERSION }).stakeholders as Stakeholder[]).find((s) => s.id === id)!.name;
}

describe('loading a shared map in the background', () => {
  it('opens the sync history without ever lowering the thread’s priority, and reports the shared map', async () => {
    const { session } = await reopenedSharedMap();
    const before = getPriority();
    const seen: number[] = [];
    let loading = true;
    // The load runs in slices: between them the event loop turns, and the priority is read each time.
    const watch = (): void => {
      seen.push(getPriority());
      if (loading) setImmediate(watch);
    };
    try {
      setImmediate(watch);
      const status = await new OpenSharedMap(session, createQueue()).status();
      loading = false;
      expect(status.state).not.toBe('not-shared');
      expect(status.you).toBe('Ana');
      expect(seen.length).toBeGreaterThan(1);
      expect(new Set([...seen, getPriority()])).toEqual(new Set([before]));
    } finally {
      await session.close();
    }
  });

  it('answers a save while the history loads, and that edit reaches the shared map before the next one', async () => {
    const { session, path } = await reopenedSharedMap();
    const inOrder = createQueue();
    const events: string[] = [];
    let saved!: () => void;
    const saveDone = new Promise<void>((resolve) => (saved = resolve));
    // The load is held until the save made meanwhile is answered: loading inside the backend's
    // queue (as before) would make that save wait for the load, and neither would ever finish.
    const heldUntilSaved = <T>(work: () => Promise<T>): Promise<T> => saveDone.then(work);
    const open = new OpenSharedMap(session, inOrder, null, heldUntilSaved);
    try {
      const status = open.status().then((s) => (events.push('loaded'), s));
      const store = session.requireOpen();
      await inOrder(() => store.save(renamed(store.map, 'Renamed while loading')));
      open.noteSaved();
      events.push('saved');
      saved();
      expect((await status).you).toBe('Ana');
      expect(events).toEqual(['saved', 'loaded']);

      // The edit saved during the load was handed to the shared map once it had loaded, with no later save.
      await (await inOrder(() => open.current()))!.idle();
      expect(await sharedName(path, store.map)).toBe('Renamed while loading');
      // A later edit comes after it: the shared map ends with the later one.
      await inOrder(() => store.save(renamed(store.map, 'Renamed after')));
      open.noteSaved();
      await (await inOrder(() => open.current()))!.idle();
      expect(await sharedName(path, store.map)).toBe('Renamed after');
    } finally {
      await open.stop();
      await session.close();
    }
  });
});
