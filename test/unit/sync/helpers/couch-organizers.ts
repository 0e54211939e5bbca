// Three organizers' backends sharing one map at a CouchDB-compatible relay with an account each:
// Ana, whose account is the relay's admin, shares her map; Ben and Carol join it with their own
// accounts. The restricted-record tests at a CouchDB relay start from here.
import type { OpenedMap } from '../../../../shared/ipc';
import type { MapDocument } from '../../../../shared/model';
import type { Backends, StartedBackend } from '../../backend/use-backends';
import { opened } from './backend-pair';
import { ADMIN, passwordOf, withAccount } from './pouchdb-server';

export interface SharedAtCouch {
  readonly ana: StartedBackend;
  readonly ben: StartedBackend;
  readonly carol: StartedBackend;
  /** Ana's start-up session, and the map she saved and shared. */
  readonly start: OpenedMap;
  readonly anaMap: MapDocument;
  readonly benJoined: OpenedMap;
  readonly carolJoined: OpenedMap;
}

/** Ana saves `edit` of her start map and shares it at the relay `url` (accounts on for ben and carol); Ben and Carol join. */
export async function sharedAtCouch(backends: Backends, url: string, edit: (map: MapDocument) => MapDocument): Promise<SharedAtCouch> {
  const [ana, ben, carol] = [await backends.start(), await backends.start(), await backends.start()];
  const start = await opened(ana.api);
  const anaMap = edit(start.map);
  await ana.api.saveMap({ map: anaMap });
  const forBen = await ana.api.shareMap({ yourName: 'Ana', relay: withAccount(url, ADMIN.user, ADMIN.password), inviteName: 'Ben' });
  const forCarol = await ana.api.inviteOrganizer({ name: 'Carol' });
  await ana.api.syncSharedNow({});
  await opened(ben.api);
  await opened(carol.api);
  const benJoined = await ben.api.joinSharedMap({ invite: forBen.words, relay: withAccount(forBen.relay, 'ben', passwordOf('ben')) });
  const carolJoined = await carol.api.joinSharedMap({ invite: forCarol.words, relay: withAccount(forCarol.relay, 'carol', passwordOf('carol')) });
  return { ana, ben, carol, start, anaMap, benJoined, carolJoined };
}
