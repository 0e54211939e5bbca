// The sharing channels: share the open map, invite, join, the status the window always shows, and
// taking or settling the others' changes. The sync of the open shared map runs here in the main
// process on a timer, off the window's path; saves go through the map handlers exactly as before
// and are handed to the sync only after they landed (an edit is saved locally first).
import type { CoalitionBackend, OpenedMap } from '../../../shared/ipc';
import { describeSchemaError, mapDocumentSchema } from '../../../shared/schema';
import type { MapStore } from '../store';
import { queued, type Queue } from '../queue';
import type { HandlerContext } from './context';
import type { MapSession } from './map-session';
import { SharedMapSync } from './sharing-engine';
import { OpenSharedMap } from './sharing-follow';
import { inviteFor, joinShared, prepareShare } from './sharing-start';
import { syncAudit, type SyncAudit } from './sharing-audit';
import { followShared, moveShared } from './sharing-move';
import { joinRestrictedRecord, shareRestrictedPerson } from './sharing-restricted';
import { addRestrictedPerson, inviteToRestrictedRecord, leaveRestrictedRecord } from './sharing-restricted-members';
import { removeFromRestrictedRecord } from './sharing-restricted-remove';
import { writeFailure } from './write-failure';
import { undoSharedChange } from './sharing-undo';
import { sameAsSaved } from './same-map';
import { slicer } from '../sync/slices';

type SharingHandlers = Pick<
  CoalitionBackend,
  'sharingStatus' | 'shareMap' | 'inviteOrganizer' | 'joinSharedMap' | 'takeSharedChanges' | 'settleSharedConflict' | 'undoSharedChange' | 'syncSharedNow' | 'removeSharedMember' | 'startSharedCleanCopy' | 'followSharedMap' | 'saveMap' | 'saveMapPatch' | 'setPassphrase' | 'allowSharedPlaceholders' | 'shareRestrictedPerson' | 'joinRestrictedRecord' | 'addRestrictedPerson' | 'inviteToRestrictedRecord' | 'leaveRestrictedRecord' | 'removeFromRestrictedRecord'
> & { stopSharing(): Promise<void> };

/** The others' changes into the open map, saved like any edit; null when there is nothing new. */
async function takeChanges(session: MapSession, sync: SharedMapSync, store: MapStore): Promise<OpenedMap | null> {
  const merged = await sync.merged(store.map);
  if (merged === null) return null;
  // Nothing new (as after a restart, when the map file already held them all), found a record at a
  // time: the window is not sent the whole map again, and the main process stays free meanwhile.
  if (await sameAsSaved(merged.map, store.map, slicer())) {
    await sync.mergedSaved(store.map, merged.incoming);
    return null;
  }
  const parsed = mapDocumentSchema.safeParse(merged.map);
  if (!parsed.success) throw new Error(`The others’ changes could not be shown (${describeSchemaError(parsed.error)}). Your map was left as it is.`);
  // Nothing new for this map (as after a restart, when the map file already held them all): the
  // window is not sent the whole map again, which on 20,000 stakeholders costs its thread a long render.
  if (JSON.stringify(parsed.data) === JSON.stringify(store.map)) {
    await sync.mergedSaved(store.map, merged.incoming);
    return null;
  }
  try {
    await store.save(parsed.data);
  } catch (error) {
    throw writeFailure(error, 'Saving the others’ changes');
  }
  await sync.mergedSaved(store.map, merged.incoming);
  return session.opened(store, []);
}

/**
 * `saves` are the map handlers' saves, wrapped so each landed save reaches the sync, and the
 * passphrase change, wrapped so the map's sharing settings are written again under the new one.
 */
export function createSharingHandlers({ session, inOrder }: HandlerContext, saves: Pick<CoalitionBackend, 'saveMap' | 'saveMapPatch' | 'setPassphrase'>): SharingHandlers {
  const audit = syncAudit(session);
  const open = new OpenSharedMap(session, inOrder, audit);
  /** The open map's sync, or a plain sentence when it is not shared. */
  const shared = async (what: string): Promise<SharedMapSync> => {
    const sync = await current();
    if (sync === null) throw new Error(`This map is not shared, so ${what}.`);
    return sync;
  };
  const current = () => open.current();
  const status = () => open.status();

  return {
    ...savesReachingSync(saves, open, inOrder),
    sharingStatus: status,
    async syncSharedNow() {
      await (await inOrder(current))?.syncNow();
      return status();
    },
    shareMap: queued(inOrder, async (request) => {
      const store = session.requireOpen('nothing was shared');
      const config = await prepareShare(session, store.path, request);
      const engine = await SharedMapSync.open(store.path, config, store.map, audit);
      open.adopt(engine);
      await engine.share(store.map);
      open.startLoop();
      await audit('sync-share', 1);
      return inviteFor(config, request.inviteName, await engine.newInvitation());
    }),
    inviteOrganizer: queued(inOrder, async ({ name }) => {
      const sync = await current();
      if (sync === null) throw new Error('This map is not shared yet: use “Share this map…” first.');
      return inviteFor(sync.config, name, await sync.newInvitation());
    }),
    joinSharedMap: queued(inOrder, async ({ invite, relay }) => {
      const opened = await joinShared(session, invite, relay);
      open.startLoop();
      const joined = await current();
      await audit('sync-join', joined?.organizers().length ?? 0);
      return opened;
    }),
    takeSharedChanges: queued(inOrder, async () => {
      const sync = await current();
      return sync === null || session.store === null ? null : takeChanges(session, sync, session.store);
    }),
    settleSharedConflict: queued(inOrder, async (arg) => {
      const sync = await current();
      const store = session.requireOpen('nothing was settled');
      if (sync === null) throw new Error('This map is not shared, so there is nothing to settle.');
      await sync.settle(arg, store.map);
      return (await takeChanges(session, sync, store)) ?? session.opened(store, []);
    }),
    undoSharedChange: queued(inOrder, async () => undoSharedChange(session, await shared('there is no change of yours to undo through it'), session.requireOpen('nothing was undone'), audit, takeChanges)),
    ...moveHandlers(session, inOrder, open, audit, shared),
    allowSharedPlaceholders: queued(inOrder, async ({ allowed }) => {
      const sync = await current();
      const store = session.requireOpen('nothing was changed');
      if (sync === null) throw new Error('This map is not shared, so it has no placeholders to allow.');
      await sync.allowPlaceholders(allowed, store.map, session.codec);
      return sync.status();
    }),
    ...restrictedHandlers(session, inOrder, open, audit, shared),
    stopSharing: () => open.stop(),
  };
}

/** The map handlers' saves, each landed save handed to the open map's sync; the passphrase change rewrites the sharing settings. */
function savesReachingSync(saves: Pick<CoalitionBackend, 'saveMap' | 'saveMapPatch' | 'setPassphrase'>, open: OpenSharedMap, inOrder: Queue): Pick<CoalitionBackend, 'saveMap' | 'saveMapPatch' | 'setPassphrase'> {
  const current = () => open.current();
  return {
    async saveMap(args) {
      const result = await saves.saveMap(args);
      open.noteSaved(undefined, args.historyStep);
      return result;
    },
    async saveMapPatch(args) {
      const base = open.patchBase(args);
      const result = await saves.saveMapPatch(args);
      open.noteSaved({ base, patch: args.patch, revision: result.revision }, args.historyStep);
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
  };
}

/** "Share this person with…" and "Join a restricted record…" (sharing-restricted.ts), in the queue, the open map's sync opened again with the record in it; adding a person, inviting and leaving (sharing-restricted-members.ts). */
function restrictedHandlers(session: MapSession, inOrder: Queue, open: OpenSharedMap, audit: SyncAudit, shared: (what: string) => Promise<SharedMapSync>) {
  return {
    shareRestrictedPerson: queued(inOrder, async (request) => {
      const previous = await shared('nobody can be invited to a restricted record');
      const { sync, invite } = await shareRestrictedPerson(session, previous, request, audit);
      open.adopt(sync === previous ? sync : sync.succeeds(previous));
      return invite;
    }),
    joinRestrictedRecord: queued(inOrder, async (request) => {
      const previous = await shared('join the shared map first, then the restricted record');
      const next = (await joinRestrictedRecord(session, previous, request, audit)).succeeds(previous);
      open.adopt(next);
      await next.syncNow();
      return next.status();
    }),
    addRestrictedPerson: queued(inOrder, async (request) => {
      const sync = await shared('nobody can be added to a restricted record');
      await addRestrictedPerson(session, sync, request, audit);
      return sync.status();
    }),
    inviteToRestrictedRecord: queued(inOrder, async (request) => inviteToRestrictedRecord(await shared('nobody can be invited to a restricted record'), request)),
    leaveRestrictedRecord: queued(inOrder, async (request) => {
      const previous = await shared('there is no restricted record to leave');
      const { sync, opened } = await leaveRestrictedRecord(session, previous, request, audit);
      open.adopt(sync.succeeds(previous));
      return opened;
    }),
    removeFromRestrictedRecord: queued(inOrder, async (request) => removeFromRestrictedRecord(session, await shared('nobody can be removed from a restricted record'), request, audit)),
  } satisfies Pick<CoalitionBackend, 'shareRestrictedPerson' | 'joinRestrictedRecord' | 'addRestrictedPerson' | 'inviteToRestrictedRecord' | 'leaveRestrictedRecord' | 'removeFromRestrictedRecord'>;
}

/** "Remove…", "Start a clean copy…" and "Follow to the new copy…" (sharing-move.ts), in the queue. */
function moveHandlers(session: MapSession, inOrder: Queue, open: OpenSharedMap, audit: SyncAudit, shared: (what: string) => Promise<SharedMapSync>) {
  return {
    removeSharedMember: queued(inOrder, async ({ member }) => {
      const sync = await shared('there is nobody to remove');
      if (member === sync.config.actor) throw new Error('You cannot remove yourself here. Ask another organizer to remove you.');
      if (!sync.organizers().some((o) => o.id === member)) throw new Error('That organizer is not in this shared map (perhaps already removed). Nothing was changed.');
      const { sync: next, move } = await moveShared(session, sync, [member], audit);
      open.adopt(next);
      return move;
    }),
    startSharedCleanCopy: queued(inOrder, async () => {
      const { sync: next, move } = await moveShared(session, await shared('there is no copy to start again'), [], audit);
      open.adopt(next);
      return move;
    }),
    followSharedMap: queued(inOrder, async ({ invite }) => {
      const next = await followShared(session, await shared('there is no new copy to follow'), invite, audit);
      open.adopt(next);
      open.startLoop();
      return next.status();
    }),
  } satisfies Pick<CoalitionBackend, 'removeSharedMember' | 'startSharedCleanCopy' | 'followSharedMap'>;
}
