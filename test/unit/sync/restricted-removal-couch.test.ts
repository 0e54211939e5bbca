// "Remove from this record…" at a CouchDB-compatible relay with an account per organizer
// (pouchdb-server on 127.0.0.1), through the backend's channels. Ana (whose account may create
// databases) removes Carol from a record she shares with Ben and Carol: the record moves to a new
// database under a new key, the removal says what the relay's admin must still set, and once its
// `_security` names Ben's account Ben follows by himself and keeps writing. Carol's account gets
// 401/403 from the new database, and every document in it, fetched with the admin's account, stays
// shut to Carol's old key while the new key opens it (the positive control). Check 10 for records.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import { restrictedSealer } from '../../../electron/main/sync/restricted-record';
import { readSharingFile } from '../../../electron/main/sync/sharing-file';
import type { OpenedMap } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { useBackends } from '../backend/use-backends';
import { adminHeaders, allDocs, basicAuth, withAccounts } from './helpers/pouchdb-server';
import { sharedAtCouch } from './helpers/couch-organizers';
import { ownPerson } from './helpers/restricted-trio';
import { useRelayServers } from './helpers/use-relay-servers';

const backends = useBackends();
const startRelay = useRelayServers();

const SURVIVOR = { id: 'survivor-couch-removal', name: 'Araminta Pellworth-Secret', phone: '+1 555 0188 7070' };
const onlyFor = (names: string[]) => JSON.stringify({ members: { names, roles: [] }, admins: { names: [], roles: [] } });

/** The map as the backend holds it now (the others' changes taken in), read from its file. */
async function current(api: Backend, at: OpenedMap): Promise<MapDocument> {
  await api.takeSharedChanges({});
  return JSON.parse(await readFile(at.file.path, 'utf8')) as MapDocument;
}

const notesOf = (map: MapDocument) => map.stakeholders.find((s) => s.id === SURVIVOR.id)?.notes;
const withNotes = (map: MapDocument, notes: string): MapDocument => ({ ...map, stakeholders: map.stakeholders.map((s) => (s.id === SURVIVOR.id ? { ...s, notes } : s)) });

describe('removing an organizer from a restricted record at a CouchDB relay', () => {
  it('moves the record to a new database Carol’s account and key cannot open; Ben follows once the admin lets him in', { timeout: 120_000 }, async () => {
    const server = await startRelay(await backends.tempDir());
    await withAccounts(server, ['ben', 'carol']);
    const { ana, ben, carol, start, benJoined, carolJoined } = await sharedAtCouch(backends, server.url, (map) => ownPerson(map, SURVIVOR));
    const invite = await ana.api.shareRestrictedPerson({ person: SURVIVOR.id, name: 'Ben' });
    expect((await fetch(`${invite.relay}/_security`, { method: 'PUT', headers: adminHeaders(), body: onlyFor(['ben', 'carol']) })).ok).toBe(true);
    const record = (await ben.api.joinRestrictedRecord({ invite: invite.words, relay: invite.relay })).restrictedDetails![0]!.id;
    const toCarol = await ana.api.inviteToRestrictedRecord({ record, name: 'Carol' });
    await carol.api.joinRestrictedRecord({ invite: toCarol.words, relay: toCarol.relay });
    for (const api of [ana.api, ben.api, carol.api, ana.api, ben.api]) await api.syncSharedNow({});
    const carolSettings = await readSharingFile(carolJoined.file.path, null);

    const removal = await ana.api.removeFromRestrictedRecord({ record, member: carolSettings.actor });
    const database = removal.relay.split('/').pop()!;
    expect(database).toMatch(/^restricted-[0-9a-f]{32}$/);
    expect(removal.setup).toContain(`“${database}”`);
    expect(removal.setup).toContain(`take Carol’s account out of “${invite.relay.split('/').pop()!}” now`);
    await ana.api.saveMap({ map: withNotes(await current(ana.api, start), 'couch-after-removal') });
    await ana.api.syncSharedNow({});

    // The admin lets only Ben's account into the new database; Ben's app follows by itself.
    expect((await fetch(`${removal.relay}/_security`, { method: 'PUT', headers: adminHeaders(), body: onlyFor(['ben']) })).ok).toBe(true);
    await ben.api.syncSharedNow({});
    const anaEntry = (await readSharingFile(start.file.path, null)).restricted![0]!;
    expect((await readSharingFile(benJoined.file.path, null)).restricted![0]).toMatchObject({ id: anaEntry.id, key: anaEntry.key });
    expect(notesOf(await current(ben.api, benJoined))).toBe('couch-after-removal');
    await ben.api.saveMap({ map: withNotes(await current(ben.api, benJoined), 'couch-ben-after-move') });
    await ben.api.syncSharedNow({});
    await ana.api.syncSharedNow({});
    expect(notesOf(await current(ana.api, start))).toBe('couch-ben-after-move');

    // Carol: refused by the new database, and her old key opens none of its documents.
    expect([401, 403]).toContain((await fetch(`${removal.relay}/_all_docs`, { headers: basicAuth('carol') })).status);
    const docs = await allDocs(server, database);
    expect(docs.length).toBeGreaterThan(0);
    const carolKey = restrictedSealer({ id: anaEntry.id, key: carolSettings.restricted![0]!.key });
    for (const doc of docs) {
      expect(() => carolKey.open(doc)).toThrow();
      expect(() => restrictedSealer(anaEntry).open(doc)).not.toThrow();
    }
    await carol.api.syncSharedNow({});
    expect((await carol.api.sharingStatus({})).restrictedDetails![0]).toMatchObject({ id: record, removedBy: 'Ana' });
  });
});
