// Restricted records, through a real CouchDB-compatible relay on loopback with an account per
// organizer: a survivor whom the advocates Ana and Ben must share goes into a document of its own,
// under its own key, in a database whose `_security` names only their accounts. Both see and edit
// the record; Carol, a member of the coalition's map but not of the record, gets 401/403 from the
// relay and holds no key that opens it; the coalition's shared map never receives the survivor,
// even opened with the coalition key. Check 4 of the sync design.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { couchRelay, RelayUnavailable } from '../../../electron/main/sync/couch-relay';
import { mainPart, placeholderRefreshOps } from '../../../electron/main/sync/placeholder-policy';
import { provisionRestrictedDatabase } from '../../../electron/main/sync/restricted-database';
import { RestrictedRecord, restrictedSealer } from '../../../electron/main/sync/restricted-record';
import { coalitionSealer, newCoalitionKey, SyncRefusal } from '../../../electron/main/sync/seal';
import { readSharingFile, sharingFilePath, writeSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { mergeShared } from '../../../shared/sharing/merge';
import type { MapLike } from '../../../shared/sync/map-ops';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { withRestricted } from '../../../shared/sync/restricted';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';
import { ADMIN, allDocs, createDatabaseFor, passwordOf, withAccounts } from './helpers/pouchdb-server';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

const COALITION = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const SURVIVOR = { id: 'survivor-0001', name: 'Marisol Fenwick-Ardent', email: 'mf-restricted@example.org', phone: '+1 555 0177 4402', notes: 'restricted-note-9b1e', confidential: true };
const CANARIES = [SURVIVOR.id, SURVIVOR.name, SURVIVOR.email, SURVIVOR.phone, SURVIVOR.notes, 'moved-to-safe-house-3c', 'Imelda', 'sister-tie'];

function anasMap(): MapDocument {
  const map = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
  const base = map.stakeholders[0];
  if (base === undefined) throw new Error('empty sample');
  return { ...map, stakeholders: [...map.stakeholders, { ...base, ...SURVIVOR }] };
}

function people(map: MapLike): Stakeholder[] {
  return map.stakeholders as Stakeholder[];
}

describe('a restricted record', () => {
  it('is seen and edited by its members only; the relay shuts a non-member out, who holds no key, and the shared map never has it', { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    const server = await startRelay(dir);
    await withAccounts(server, ['ana', 'ben', 'carol']);
    await createDatabaseFor(server, 'coalition-main', ['ana', 'ben', 'carol']);
    const coalitionKey = newCoalitionKey();
    const couch = (user: string, db: string) => ({ kind: 'couch' as const, url: `${server.url}/${db}`, user, password: passwordOf(user) });
    const settingsOf = (user: string, placeholders: boolean): SharingSettings => ({
      coalitionId: COALITION,
      actor: `actor-${user}-0001`,
      name: user[0]?.toUpperCase() + user.slice(1),
      key: coalitionKey.toString('base64'),
      relay: couch(user, 'coalition-main'),
      ...(placeholders ? { placeholders: { secret: Buffer.alloc(32, 3).toString('base64') } } : {}),
    });
    const mapPath = (user: string) => join(dir, `${user}.coalition-map`);
    // Ana allows placeholders; people in a restricted record still get none (their members know them).
    const restrictedIds = new Set<string>([SURVIVOR.id]);
    const mainPeer = (user: string, settings: SharingSettings) =>
      SyncPeer.open({ actor: settings.actor, name: settings.name, sealer: coalitionSealer(coalitionKey, COALITION), relay: couchRelay(settings.relay as { url: string }), stateFile: join(dir, `${user}.main.json`), part: mainPart(settings, restrictedIds) });
    const settings = { ana: settingsOf('ana', true), ben: settingsOf('ben', false), carol: settingsOf('carol', false) };
    for (const [user, s] of Object.entries(settings)) await writeSharingFile(mapPath(user), s, null);

    const ana = await mainPeer('ana', settings.ana);
    const local = anasMap();
    await ana.share(local);
    // Her placeholders, as the app writes them after the first share (placeholder-policy.ts).
    await ana.write(placeholderRefreshOps(ana, settings.ana, local, restrictedIds, new Date().toISOString()));
    await ana.sync();
    const ben = await mainPeer('ben', settings.ben);
    const carol = await mainPeer('carol', settings.carol);
    await ben.join();
    await carol.join();

    // Ana puts the survivor into a restricted record for Ana and Ben, and invites Ben.
    const restrictedUrl = `${server.url}/restricted-survivor-1`;
    await provisionRestrictedDatabase({ url: restrictedUrl, admin: ADMIN, members: ['ana', 'ben'] });
    const created = await RestrictedRecord.create(mapPath('ana'), settings.ana, null, { label: 'Shared with Ben', relay: couch('ana', 'restricted-survivor-1'), ids: [SURVIVOR.id] }, local);
    expect((await readSharingFile(mapPath('ana'), null)).restricted?.map((r) => r.id)).toEqual([created.record.settings.id]);
    const joined = await RestrictedRecord.join(mapPath('ben'), settings.ben, null, { words: created.record.invite('Ben'), label: 'Shared with Ana', relay: couch('ben', 'restricted-survivor-1') });
    const bensRecord = joined.record;

    // Ben sees the survivor in full, as a confidential person in his own view; his edit reaches Ana.
    expect(people(bensRecord.map()).find((s) => s.id === SURVIVOR.id)).toMatchObject({ name: SURVIVOR.name, phone: SURVIVOR.phone, confidential: true });
    const bensView = withRestricted(mergeShared(ben.map(HEADER), ben.map(HEADER)), [bensRecord.map()]);
    expect(people(bensView).find((s) => s.id === SURVIVOR.id)?.confidential).toBe(true);
    const edited = { ...bensView, stakeholders: people(bensView).map((s) => (s.id === SURVIVOR.id ? { ...s, notes: 'moved-to-safe-house-3c' } : s)) };
    expect(await bensRecord.record(bensView, edited)).toBe(1);
    expect(await ben.record(ben.map(HEADER), edited)).toBe(0);
    await bensRecord.sync();
    await ben.sync();
    await created.record.sync();
    expect(people(created.record.map()).find((s) => s.id === SURVIVOR.id)?.notes).toBe('moved-to-safe-house-3c');
    // Ben adds one more person (the survivor's sister, open on his map until now) and a tie between them.
    const base = people(edited)[0];
    const tie = (ben.map(HEADER).ties as MapDocument['ties'])[0];
    if (base === undefined || tie === undefined) throw new Error('empty sample');
    const withSister = { ...edited, stakeholders: [...people(edited), { ...base, id: 'sister-0002', name: 'Imelda Fenwick-Ardent', confidential: true }], ties: [...(bensView.ties as MapDocument['ties']), { ...tie, id: 'sister-tie', source: SURVIVOR.id, target: 'sister-0002' }] };
    await bensRecord.add('sister-0002', withSister);
    await bensRecord.sync();
    await created.record.sync();
    expect(people(created.record.map()).map((s) => s.id).sort()).toEqual(['sister-0002', SURVIVOR.id]);
    expect((created.record.map().ties as MapDocument['ties']).map((t) => t.id)).toEqual(['sister-tie']);
    expect(created.record.members().sort()).toEqual(['Ana', 'Ben']);

    // Carol: the relay refuses her account, and nothing she holds opens the record.
    await expect(couchRelay(couch('carol', 'restricted-survivor-1')).pull(new Set())).rejects.toThrow(RelayUnavailable);
    await expect(couchRelay(couch('carol', 'restricted-survivor-1')).pull(new Set())).rejects.toThrow(/40[13]/);
    const restrictedDocs = await allDocs(server, 'restricted-survivor-1');
    expect(restrictedDocs.length).toBeGreaterThan(0);
    for (const doc of restrictedDocs) expect(() => coalitionSealer(coalitionKey, COALITION).open(doc)).toThrow(SyncRefusal);
    // Positive control: the record's own key opens them, and the scan below finds the survivor there.
    const openedRestricted = JSON.stringify(restrictedDocs.map((d) => restrictedSealer(created.record.settings).open(d)));
    for (const canary of CANARIES) expect(openedRestricted).toContain(canary);
    const carolsFiles = (await readFile(sharingFilePath(mapPath('carol')), 'utf8')) + (await readFile(join(dir, 'carol.main.json'), 'utf8'));
    expect(carolsFiles).not.toContain(created.record.settings.key);
    expect(carolsFiles).not.toContain(created.record.settings.id);

    // The coalition's shared map, opened with its key, never held the survivor, nor a placeholder for them.
    for (const id of created.record.people()) restrictedIds.add(id);
    const anaSees = withRestricted(local, [created.record.map()]);
    expect(people(anaSees).filter((s) => s.id === 'sister-0002' || s.id === SURVIVOR.id).map((s) => s.confidential)).toEqual([true, true]);
    await ana.record(ana.map(HEADER), anaSees);
    await ana.sync();
    await carol.sync();
    const openedMain = JSON.stringify((await allDocs(server, 'coalition-main')).map((d) => coalitionSealer(coalitionKey, COALITION).open(d)));
    for (const canary of CANARIES) expect(openedMain).not.toContain(canary);
    expect(JSON.stringify(carol.map(HEADER))).not.toContain(SURVIVOR.name);
    expect(people(carol.map(HEADER)).filter(isPlaceholder).length).toBe(people(local).filter((s) => s.confidential && s.id !== SURVIVOR.id).length);
    expect(mapDocumentSchema.parse(carol.map(HEADER))).toEqual(mapDocumentSchema.parse(ben.map(HEADER)));
  });
});
