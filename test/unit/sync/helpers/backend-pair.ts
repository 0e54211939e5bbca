// Organizers' backends sharing one map through their own channels, as the window calls them: the
// first organizer saves a map of her own and shares it on a folder relay with an invite for the
// second; each test then joins, syncs and reads the maps with the helpers below.
import { join } from 'node:path';
import type { Backend } from '../../../../electron/main/backend';
import type { OpenedMap } from '../../../../shared/ipc';
import type { MapDocument } from '../../../../shared/model';
import type { SharedMapInvite } from '../../../../shared/sharing/sharing-contract';
import type { Backends, StartedBackend } from '../../backend/use-backends';

/** The backend's start-up session, which must open a map. */
export async function opened(api: Backend): Promise<OpenedMap> {
  const result = await api.startSession({});
  if (result.status !== 'opened') throw new Error(result.message);
  return result;
}

/** Two rounds for each backend in turn, so what one sends the others have taken. */
export async function syncAll(...apis: Backend[]): Promise<void> {
  for (const api of [...apis, ...apis]) await api.syncSharedNow({});
}

/** The map with the others' changes, or `fallback` when there are none to take. */
export async function current(api: Backend, fallback: MapDocument): Promise<MapDocument> {
  return (await api.takeSharedChanges({}))?.map ?? fallback;
}

export interface SharedByAna {
  readonly relay: string;
  readonly ana: StartedBackend;
  readonly start: OpenedMap;
  /** The map Ana saved and shared. */
  readonly anaMap: MapDocument;
  readonly invite: SharedMapInvite;
}

/** Ana's backend saves `edit` of her start map and shares it on a fresh folder relay, inviting `inviteName`. */
export async function sharedByAna(backends: Backends, edit: (map: MapDocument) => MapDocument, inviteName = 'Ben'): Promise<SharedByAna> {
  const relay = join(await backends.tempDir(), 'relay');
  const ana = await backends.start();
  const start = await opened(ana.api);
  const anaMap = edit(start.map);
  await ana.api.saveMap({ map: anaMap });
  const invite = await ana.api.shareMap({ yourName: 'Ana', relay, inviteName });
  return { relay, ana, start, anaMap, invite };
}

export interface SharedWithBenAndCarol extends SharedByAna {
  readonly ben: StartedBackend;
  readonly carol: StartedBackend;
  /** What Ben's and Carol's joins opened: the shared map, each on their own computer. */
  readonly benJoined: OpenedMap;
  readonly carolJoined: OpenedMap;
}

/**
 * `sharedByAna`, then Ana invites Carol too and allows placeholders, and Ben and Carol, each on a
 * backend of their own (Ben's with `benClock` when given), join the shared map.
 */
export async function sharedWithBenAndCarol(backends: Backends, edit: (map: MapDocument) => MapDocument, benClock?: () => Date): Promise<SharedWithBenAndCarol> {
  const shared = await sharedByAna(backends, edit);
  const { ana, invite: forBen } = shared;
  const [ben, carol] = [await backends.start(benClock === undefined ? {} : { clock: benClock }), await backends.start()];
  const forCarol = await ana.api.inviteOrganizer({ name: 'Carol' });
  await ana.api.allowSharedPlaceholders({ allowed: true });
  await ana.api.syncSharedNow({});
  await opened(ben.api);
  await opened(carol.api);
  const benJoined = await ben.api.joinSharedMap({ invite: forBen.words, relay: forBen.relay });
  const carolJoined = await carol.api.joinSharedMap({ invite: forCarol.words, relay: forCarol.relay });
  return { ...shared, ben, carol, benJoined, carolJoined };
}

/** `map` with the person `id` given the role `role`. */
export function withRole(map: MapDocument, id: string, role: string): MapDocument {
  return { ...map, stakeholders: map.stakeholders.map((s) => (s.id === id ? { ...s, role } : s)) };
}
