// Restricted records through the backend's channels at a CouchDB-compatible relay with an account
// per organizer (pouchdb-server on 127.0.0.1). Ana runs the relay (her account is its admin): her
// record's database is created at once, and the invite says the one thing left, letting only her
// and Ben's accounts in. Ben joins with the address alone (his map's account is used) and sees the
// survivor; Carol's account is shut out once `_security` names only Ben (and the admin). Carol, no
// admin, shares a person of hers: her account cannot create the database, so the invite says what
// the admin must do, the record waits on her computer (the status says why), and syncs once the
// admin made it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../shared/model';
import { useBackends } from '../backend/use-backends';
import { adminHeaders, ADMIN, basicAuth, createDatabaseFor, startRelayServer, withAccounts, type RelayServer } from './helpers/pouchdb-server';
import { current } from './helpers/backend-pair';
import { sharedAtCouch } from './helpers/couch-organizers';

const backends = useBackends();
const servers: RelayServer[] = [];
const guards: Server[] = [];
afterEach(async () => {
  await Promise.all(guards.splice(0).map((g) => new Promise((resolve) => g.close(resolve))));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/**
 * CouchDB answers 401 when an account that is no server admin creates a database; pouchdb-server
 * drops the connection instead. This loopback front answers as CouchDB does and passes every
 * other request on unchanged.
 */
async function asCouchDb(relay: RelayServer): Promise<string> {
  const guard = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT' && /^\/[^/?]+$/.test(req.url ?? '') && req.headers.authorization !== adminHeaders().authorization) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }));
        return;
      }
      const headers = Object.fromEntries(['authorization', 'content-type', 'accept'].flatMap((h) => (typeof req.headers[h] === 'string' ? [[h, req.headers[h]]] : [])));
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks);
      fetch(`${relay.url}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body }).then(
        async (answer) => res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer())),
        () => res.destroy(),
      );
    });
  });
  guards.push(guard);
  await new Promise<void>((resolve) => guard.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(guard.address() as AddressInfo).port}`;
}

function confidentialOf(map: MapDocument, id: string, name: string): MapDocument {
  return { ...map, stakeholders: [...map.stakeholders, { ...map.stakeholders[0]!, id, name, email: '', phone: '', notes: '', confidential: true }] };
}


describe('restricted records at a CouchDB relay, through the backend', () => {
  it('the admin\'s record is made at once, the invite says what is left to set up, and Ben joins with his map\'s account', { timeout: 120_000 }, async () => {
    const server = await startRelayServer(await backends.tempDir());
    servers.push(server);
    await withAccounts(server, ['ben', 'carol']);
    const url = await asCouchDb(server);
    const { ana, ben, carol, benJoined, carolJoined } = await sharedAtCouch(backends, url, (map) => confidentialOf(map, 'survivor-couch-1', 'Philippa Strand-Secret'));

    const invite = await ana.api.shareRestrictedPerson({ person: 'survivor-couch-1', name: 'Ben' });
    const database = invite.relay.split('/').pop()!;
    expect(invite.relay).toBe(`${url}/${database}`);
    expect(invite.setup).toMatch(new RegExp(`ask whoever runs the relay to let only your account \\(${ADMIN.user}\\) and Ben’s into “${database}”: in CouchDB, its _security members`));
    // The relay's admin (Ana here) lets Ben in and nobody else.
    const security = { members: { names: ['ben'], roles: [] }, admins: { names: [], roles: [] } };
    expect((await fetch(`${invite.relay}/_security`, { method: 'PUT', headers: adminHeaders(), body: JSON.stringify(security) })).ok).toBe(true);
    expect([401, 403]).toContain((await fetch(`${invite.relay}/_all_docs`, { headers: basicAuth('carol') })).status);

    await ben.api.joinRestrictedRecord({ invite: invite.words, relay: invite.relay });
    await ben.api.syncSharedNow({});
    expect((await current(ben.api, benJoined.map)).stakeholders.find((s) => s.id === 'survivor-couch-1')).toMatchObject({ name: 'Philippa Strand-Secret', confidential: true });
    await carol.api.syncSharedNow({});
    const carolNow = await current(carol.api, carolJoined.map);
    expect(carolNow.stakeholders.some((s) => s.id === 'survivor-couch-1')).toBe(false);

    // Carol is no admin: her record waits on her computer, the bar says why, until the admin creates its database.
    await carol.api.saveMap({ map: confidentialOf(carolNow, 'survivor-couch-2', 'Cordelia Wynn-Secret') });
    const waiting = await carol.api.shareRestrictedPerson({ person: 'survivor-couch-2', name: 'Ben' });
    const second = waiting.relay.split('/').pop()!;
    expect(waiting.setup).toMatch(new RegExp(`ask whoever runs the relay to create the database “${second}” \\(your relay account could not: .*401.*\\) and let only your account \\(carol\\) and Ben’s into “${second}”`));
    await carol.api.syncSharedNow({});
    const stuck = await carol.api.syncSharedNow({});
    expect(stuck.state).toBe('unreachable');
    expect(stuck.reason).toMatch(/The restricted record “Shared with Ben” could not sync/);
    await createDatabaseFor(server, second, ['carol', 'ben']);
    expect((await carol.api.syncSharedNow({})).state).toBe('synced');
    await ben.api.joinRestrictedRecord({ invite: waiting.words, relay: waiting.relay });
    await ben.api.syncSharedNow({});
    const benNow = await current(ben.api, benJoined.map);
    expect(benNow.stakeholders.filter((s) => s.id.startsWith('survivor-couch-')).map((s) => [s.id, s.confidential])).toEqual([
      ['survivor-couch-1', true],
      ['survivor-couch-2', true],
    ]);
  });
});
