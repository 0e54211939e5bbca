// A record's members at a CouchDB-compatible relay with an account per organizer (pouchdb-server
// on 127.0.0.1), through the backend's channels. Ana (the relay's admin) starts a record for her
// survivor and lets only Ben's account into its database; Ben joins, puts his own confidential
// client in, and Ana sees them. Carol's account gets 401/403 from the record's database and she can
// neither add to it nor invite to it; the coalition's database, opened with its key, never holds
// either person, while the record's, opened with the record's key, does (the positive control).
// Ben then leaves: his computer holds neither the record's key nor its changes, and Ana's copy of
// the record no longer lists him.
import { describe, expect, it } from 'vitest';
import { restrictedSealer } from '../../../electron/main/sync/restricted-record';
import { coalitionSealer } from '../../../electron/main/sync/seal';
import { readSharingFile } from '../../../electron/main/sync/sharing-file';
import { useBackends } from '../backend/use-backends';
import { adminHeaders, allDocs, basicAuth, withAccounts } from './helpers/pouchdb-server';
import { useRelayServers } from './helpers/use-relay-servers';
import { current } from './helpers/backend-pair';
import { sharedAtCouch } from './helpers/couch-organizers';
import { ownPerson } from './helpers/restricted-trio';

const backends = useBackends();
const startRelay = useRelayServers();

const SURVIVOR = { id: 'survivor-couch-members', name: 'Wilhelmina Ottershaw-Secret', phone: '+1 555 0166 5050' };
const CLIENT = { id: 'client-couch-members', name: 'Peregrine Aldcliffe-Hidden', phone: '+1 555 0177 6060' };

describe('a restricted record’s members at a CouchDB relay', () => {
  it('Ben adds his client to Ana’s record and leaves; Carol’s account is refused and neither person reaches the coalition’s database', { timeout: 120_000 }, async () => {
    const server = await startRelay(await backends.tempDir());
    await withAccounts(server, ['ben', 'carol']);
    const { ana, ben, carol, start, benJoined, carolJoined } = await sharedAtCouch(backends, server.url, (map) => ownPerson(map, SURVIVOR));

    const invite = await ana.api.shareRestrictedPerson({ person: SURVIVOR.id, name: 'Ben' });
    const security = { members: { names: ['ben'], roles: [] }, admins: { names: [], roles: [] } };
    expect((await fetch(`${invite.relay}/_security`, { method: 'PUT', headers: adminHeaders(), body: JSON.stringify(security) })).ok).toBe(true);
    const joined = await ben.api.joinRestrictedRecord({ invite: invite.words, relay: invite.relay });
    const record = joined.restrictedDetails![0]!.id;

    // Ben puts his own client into Ana's record; Ana sees them, confidential.
    await ben.api.saveMap({ map: ownPerson(await current(ben.api, benJoined.map), CLIENT) });
    await ben.api.addRestrictedPerson({ record, person: CLIENT.id });
    await ana.api.syncSharedNow({});
    const anaMap = await current(ana.api, start.map);
    expect(anaMap.stakeholders.find((s) => s.id === CLIENT.id)).toMatchObject({ name: CLIENT.name, confidential: true });

    // Carol: refused by the relay, and no member of the record on her own computer.
    expect([401, 403]).toContain((await fetch(`${invite.relay}/_all_docs`, { headers: basicAuth('carol') })).status);
    await expect(carol.api.addRestrictedPerson({ record, person: CLIENT.id })).rejects.toThrow(/not a member/);
    await expect(carol.api.inviteToRestrictedRecord({ record, name: 'Dana' })).rejects.toThrow(/not a member/);
    await carol.api.syncSharedNow({});
    expect((await current(carol.api, carolJoined.map)).stakeholders.some((s) => s.id === CLIENT.id || s.id === SURVIVOR.id)).toBe(false);

    // The relay's databases opened with their keys: the coalition's holds neither person, the record's both.
    const settings = await readSharingFile(start.file.path, null);
    const coalitionDb = settings.relay.kind === 'couch' ? new URL(settings.relay.url).pathname.split('/').pop()! : '';
    const shared = JSON.stringify((await allDocs(server, coalitionDb)).map((d) => coalitionSealer(Buffer.from(settings.key, 'base64'), settings.coalitionId).open(d)));
    const inRecord = JSON.stringify((await allDocs(server, invite.relay.split('/').pop()!)).map((d) => restrictedSealer(settings.restricted![0]!).open(d)));
    for (const canary of [SURVIVOR.name, SURVIVOR.phone, CLIENT.name, CLIENT.phone]) {
      expect(inRecord).toContain(canary);
      expect(shared).not.toContain(canary);
    }

    // Ben leaves: the record's key leaves his settings; Ana's copy lists only her.
    await ben.api.leaveRestrictedRecord({ record });
    expect((await readSharingFile(benJoined.file.path, null)).restricted ?? []).toEqual([]);
    await ana.api.syncSharedNow({});
    expect((await ana.api.sharingStatus({})).restrictedDetails![0]!.members).toEqual(['Ana']);
  });
});
