// The sharing channels: share the open map, invite, join, the status the window always shows, and
// taking or settling the others' changes. The sync of the open shared map runs here in the main
// process on a timer, off the window's path; saves go through the map handlers exactly as before
// and are handed to the sync only after they landed (an edit is saved locally first).
import type { CoalitionBackend, OpenedMap } from '../../../shared/ipc';
import { describeSchemaError, mapDocumentSchema } from '../../../shared/schema';
import type { SharingStatus } from '../../../shared/sharing/sharing-contract';
import type { MapStore } from '../store';
import { queued } from '../queue';
import type { HandlerContext } from './context';
import { readSharingFileIfShared, writeSharingFile } from '../sync/sharing-file';
import { SharedMapSync } from './sharing-engine';
import { inviteFor, joinShared, prepareShare } from './sharing-start';
import { writeFailure } from './write-failure';

type SharingHandlers = Pick<
  CoalitionBackend,
  'sharingStatus' | 'shareMap' | 'inviteOrganizer' | 'joinSharedMap' | 'takeSharedChanges' | 'settleSharedConflict' | 'syncSharedNow' | 'saveMap' | 'saveMapPatch' | 'setPassphrase'
> & { stopSharing(): Promise<void> };

const NOT_SHARED: SharingStatus = { state: 'not-shared', waiting: 0, refused: 0, reason: null, relay: null, you: null, members: [], conflicts: [], incoming: 0, lastSyncAt: null };
const TICK_MS = 1_000;

/**
 * `saves` are the map handlers' saves, wrapped so each landed save reaches the sync, and the
 * passphrase change, wrapped so the map's sharing settings are written again under the new one.
 */
export function createSharingHandlers({ session, inOrder }: HandlerContext, saves: Pick<CoalitionBackend, 'saveMap' | 'saveMapPatch' | 'setPassphrase'>): SharingHandlers {
  let engine: SharedMapSync | null = null;
  let engineCodec: unknown = null;
  let paused: string | null = null;
  let timer: NodeJS.Timeout | null = null;

  /** The open map's sync: opened, switched or dropped to follow the open map (run in the queue). */
  async function current(): Promise<SharedMapSync | null> {
    const store = session.store;
    if (engine !== null && engine.mapPath === store?.path) {
      if (session.codec !== engineCodec) {
        // A passphrase was set, changed or removed: the key is written again under the new one.
        await writeSharingFile(engine.mapPath, engine.config, session.codec);
        engineCodec = session.codec;
      }
      return engine;
    }
    engine = null;
    paused = null;
    if (store === null) return null;
    try {
      const config = await readSharingFileIfShared(store.path, session.codec);
      if (config === null) return null;
      engine = await SharedMapSync.open(store.path, config, store.map);
      engineCodec = session.codec;
    } catch (error) {
      paused = error instanceof Error ? error.message : String(error);
    }
    return engine;
  }

  function startLoop(): void {
    if (timer !== null) return;
    timer = setInterval(() => {
      void inOrder(current).then((sync) => sync?.tick()).catch(() => undefined);
    }, TICK_MS);
    timer.unref();
  }

  const status = async (): Promise<SharingStatus> => {
    startLoop();
    const sync = await inOrder(current);
    return sync === null ? { ...NOT_SHARED, reason: paused } : sync.status();
  };

  /** The others' changes into the open map, saved like any edit; null when there is nothing new. */
  async function takeChanges(sync: SharedMapSync, store: MapStore): Promise<OpenedMap | null> {
    const merged = await sync.merged(store.map);
    if (merged === null) return null;
    const parsed = mapDocumentSchema.safeParse(merged.map);
    if (!parsed.success) throw new Error(`The others’ changes could not be shown (${describeSchemaError(parsed.error)}). Your map was left as it is.`);
    try {
      await store.save(parsed.data);
    } catch (error) {
      throw writeFailure(error, 'Saving the others’ changes');
    }
    await sync.mergedSaved(store.map, merged.incoming);
    return session.opened(store, []);
  }

  const afterSave = (): void => {
    if (engine !== null && session.store !== null && engine.mapPath === session.store.path) engine.noteSaved(session.store.map);
  };

  return {
    async saveMap(args) {
      const result = await saves.saveMap(args);
      afterSave();
      return result;
    },
    async saveMapPatch(args) {
      const result = await saves.saveMapPatch(args);
      afterSave();
      return result;
    },
    async setPassphrase(args) {
      // Read under the passphrase they have now, then written under the new one at once: the
      // settings never stay behind under a passphrase the map no longer has.
      await inOrder(current).catch(() => undefined);
      const result = await saves.setPassphrase(args);
      // A failed rewrite is tried again on the next status (and shown there); the passphrase did change.
      await inOrder(current).catch(() => undefined);
      return result;
    },
    sharingStatus: status,
    async syncSharedNow() {
      await (await inOrder(current))?.syncNow();
      return status();
    },
    shareMap: queued(inOrder, async (request) => {
      const store = session.requireOpen('nothing was shared');
      const config = await prepareShare(session, store.path, request);
      engine = await SharedMapSync.open(store.path, config, store.map);
      engineCodec = session.codec;
      await engine.share(store.map);
      startLoop();
      return inviteFor(config, request.inviteName);
    }),
    inviteOrganizer: queued(inOrder, async ({ name }) => {
      const sync = await current();
      if (sync === null) throw new Error('This map is not shared yet: use “Share this map…” first.');
      return inviteFor(sync.config, name);
    }),
    joinSharedMap: queued(inOrder, async ({ invite, relay }) => {
      const opened = await joinShared(session, invite, relay);
      startLoop();
      return opened;
    }),
    takeSharedChanges: queued(inOrder, async () => {
      const sync = await current();
      return sync === null || session.store === null ? null : takeChanges(sync, session.store);
    }),
    settleSharedConflict: queued(inOrder, async (arg) => {
      const sync = await current();
      const store = session.requireOpen('nothing was settled');
      if (sync === null) throw new Error('This map is not shared, so there is nothing to settle.');
      await sync.settle(arg, store.map);
      return (await takeChanges(sync, store)) ?? session.opened(store, []);
    }),
    async stopSharing() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      const stopping = engine;
      engine = null;
      await stopping?.idle();
    },
  };
}
