// Restricted records through the backend's channels at a CouchDB-compatible relay with an account
// per organizer (pouchdb-server on 127.0.0.1). Ana runs the relay (her account is its admin): her
// record's database is created at once, and the invite says the one thing left, letting only her
// and Ben's accounts in. Ben joins with the address alone (his map's account is used) and sees the
// survivor; Carol's account is shut out once `_security` names only Ben (and the admin).
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import type { OpenedMap } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { useBackends } from '../backend/use-backends';
import { adminHeaders, ADMIN, passwordOf, startRelayServer, withAccounts, type RelayServer } from './helpers/pouchdb-server';

const backends = useBackends();
const servers: RelayServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function opened(api: Backend): Promise<OpenedMap> {
  const result = await api.startSession({});
  if (result.status !== 'opened') throw new Error(result.message);
  return result;
}

async function current(api: Backend, fallback: MapDocument): Promise<MapDocument> {
  return (await api.takeSharedChanges({}))?.map ?? fallback;
}

function confidentialOf(map: MapDocument, id: string, name: string): MapDocument {
  return { ...map, stakeholders: [...map.stakeholders, { ...map.stakeholders[0]!, id, name, email: '', phone: '', notes: '', confidential: true }] };
}

const withAccount = (url: string, user: string, password: string) => url.replace('http://', `http://${user}:${password}@`);
const basic = (user: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${passwordOf(user)}`).toString('base64')}` });

describe('restricted records at a CouchDB relay, through the backend', () => {
  it('the admin\'s record is made at once, the invite says what is left to set up, and Ben joins with his map\'s account', { timeout: 120_000 }, async () => {
    const server = await startRelayServer(await backends.tempDir());
    servers.push(server);
    await withAccounts(server, ['ben', 'carol']);
    const [ana, ben, carol] = [await backends.start(), await backends.start(), await backends.start()];
    const start = await opened(ana.api);
    const anaMap = confidentialOf(start.map, 'survivor-couch-1', 'Philippa Strand-Secret');
    await ana.api.saveMap({ map: anaMap });
    const forBen = await ana.api.shareMap({ yourName: 'Ana', relay: withAccount(server.url, ADMIN.user, ADMIN.password), inviteName: 'Ben' });
    const forCarol = await ana.api.inviteOrganizer({ name: 'Carol' });
    await ana.api.syncSharedNow({});
    await opened(ben.api);
    await opened(carol.api);
    const benJoined = await ben.api.joinSharedMap({ invite: forBen.words, relay: withAccount(forBen.relay, 'ben', passwordOf('ben')) });
    const carolJoined = await carol.api.joinSharedMap({ invite: forCarol.words, relay: withAccount(forCarol.relay, 'carol', passwordOf('carol')) });

    const invite = await ana.api.shareRestrictedPerson({ person: 'survivor-couch-1', name: 'Ben' });
    const database = invite.relay.split('/').pop()!;
    expect(invite.relay).toBe(`${server.url}/${database}`);
    expect(invite.setup).toMatch(new RegExp(`ask whoever runs the relay to let only your account \\(${ADMIN.user}\\) and Ben’s into “${database}”: in CouchDB, its _security members`));
    // The relay's admin (Ana here) lets Ben in and nobody else.
    const security = { members: { names: ['ben'], roles: [] }, admins: { names: [], roles: [] } };
    expect((await fetch(`${invite.relay}/_security`, { method: 'PUT', headers: adminHeaders(), body: JSON.stringify(security) })).ok).toBe(true);
    expect([401, 403]).toContain((await fetch(`${invite.relay}/_all_docs`, { headers: basic('carol') })).status);

    await ben.api.joinRestrictedRecord({ invite: invite.words, relay: invite.relay });
    await ben.api.syncSharedNow({});
    expect((await current(ben.api, benJoined.map)).stakeholders.find((s) => s.id === 'survivor-couch-1')).toMatchObject({ name: 'Philippa Strand-Secret', confidential: true });
    await carol.api.syncSharedNow({});
    expect((await current(carol.api, carolJoined.map)).stakeholders.some((s) => s.id === 'survivor-couch-1')).toBe(false);
  });
});
