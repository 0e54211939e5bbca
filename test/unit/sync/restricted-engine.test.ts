// A restricted record synced alongside the coalition's shared map by the open map's sync engine
// (SharedMapSync, as the window runs it), with real sync files and folder relays: the record's
// people reach the other member's view as confidential people, an edit saved there reaches the
// holder, and neither the coalition's relay (opened with its key) nor the shared map ever has them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SharedMapSync } from '../../../electron/main/backend/sharing-engine';
import { RestrictedRecord } from '../../../electron/main/sync/restricted-record';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { relayFor, syncFilePath, writeSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { MapDocument } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';

const tempDir = useTempDirs();
const COALITION = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const SURVIVOR = { id: 'survivor-engine', name: 'Rosalind Thackeray-Vane', email: 'rtv-restricted@example.org', phone: '+1 555 0163 9090', notes: 'engine-note-2d7f', confidential: true };

async function merged(sync: SharedMapSync, local: MapDocument): Promise<MapDocument> {
  await sync.syncNow();
  const result = await sync.merged(local);
  if (result === null) throw new Error('nothing came in');
  const map = mapDocumentSchema.parse(result.map);
  await sync.mergedSaved(map, result.incoming);
  return map;
}

describe('a restricted record in the open map\'s sync engine', () => {
  it('syncs alongside the shared map and puts its people in the members\' views, never in the shared map', async () => {
    const dir = await tempDir();
    const key = newCoalitionKey();
    const mainRelay = join(dir, 'relay');
    const config = (name: string): SharingSettings => ({ coalitionId: COALITION, actor: `actor-${name.toLowerCase()}-0001`, name, key: key.toString('base64'), relay: { kind: 'folder', path: mainRelay } });
    const anaPath = join(dir, 'ana.coalition-map');
    const benPath = join(dir, 'ben.coalition-map');
    const sample = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
    const base = sample.stakeholders[0];
    if (base === undefined) throw new Error('empty sample');
    const anaLocal: MapDocument = { ...sample, stakeholders: [...sample.stakeholders, { ...base, ...SURVIVOR }] };

    // Ana shares the map, and puts the survivor in a restricted record for Ben (its own key, its own folder).
    await writeSharingFile(anaPath, config('Ana'), null);
    const { record, settings: anaSettings } = await RestrictedRecord.create(anaPath, config('Ana'), null, { label: 'With Ben', relay: { kind: 'folder', path: join(dir, 'restricted') }, ids: [SURVIVOR.id] }, anaLocal);
    const ana = await SharedMapSync.open(anaPath, anaSettings, anaLocal);
    await ana.share(anaLocal);
    await ana.syncNow();

    // Ben joins the shared map, then the restricted record with Ana's invite.
    await writeSharingFile(benPath, config('Ben'), null);
    const benPeer = await SyncPeer.open({ actor: 'actor-ben-0001', name: 'Ben', sealer: coalitionSealer(key, COALITION), relay: relayFor(config('Ben').relay), stateFile: syncFilePath(benPath) });
    await benPeer.join();
    const benLocal = mapDocumentSchema.parse(benPeer.map(HEADER));
    expect(benLocal.stakeholders.map((s) => s.id)).not.toContain(SURVIVOR.id);
    const { settings: benSettings } = await RestrictedRecord.join(benPath, config('Ben'), null, { words: record.invite('Ben'), label: 'With Ana', relay: { kind: 'folder', path: join(dir, 'restricted') } });
    const ben = await SharedMapSync.open(benPath, benSettings, benLocal);

    const benView = await merged(ben, benLocal);
    expect(benView.stakeholders.find((s) => s.id === SURVIVOR.id)).toMatchObject({ name: SURVIVOR.name, phone: SURVIVOR.phone, confidential: true });

    // Ben's saved edit to the survivor reaches Ana through the record, not the shared map.
    const benEdited = { ...benView, stakeholders: benView.stakeholders.map((s) => (s.id === SURVIVOR.id ? { ...s, notes: 'engine-moved-6a' } : s)) };
    ben.noteSaved(benEdited);
    await ben.syncNow();
    const anaView = await merged(ana, anaLocal);
    expect(anaView.stakeholders.find((s) => s.id === SURVIVOR.id)?.notes).toBe('engine-moved-6a');
    expect(anaView.stakeholders.filter((s) => s.id === SURVIVOR.id)).toHaveLength(1);

    const sealer = coalitionSealer(key, COALITION);
    const files = await readdir(mainRelay);
    const opened = JSON.stringify(await Promise.all(files.map(async (f) => sealer.open({ id: f.slice(0, 32), ct: await readFile(join(mainRelay, f), 'utf8') }))));
    for (const canary of [SURVIVOR.id, SURVIVOR.name, SURVIVOR.email, SURVIVOR.phone, SURVIVOR.notes, 'engine-moved-6a']) expect(opened).not.toContain(canary);
    await ana.idle();
    await ben.idle();
  });

  it('a person with a placeholder who moves into a restricted record loses the placeholder in the shared map', async () => {
    const dir = await tempDir();
    const key = newCoalitionKey();
    const mainRelay = join(dir, 'relay');
    const anaPath = join(dir, 'ana.coalition-map');
    const anaConfig: SharingSettings = { coalitionId: COALITION, actor: 'actor-ana-0001', name: 'Ana', key: key.toString('base64'), relay: { kind: 'folder', path: mainRelay }, placeholders: { secret: Buffer.alloc(32, 5).toString('base64') } };
    const sample = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
    const base = sample.stakeholders[0];
    if (base === undefined) throw new Error('empty sample');
    const anaLocal: MapDocument = { ...sample, stakeholders: [...sample.stakeholders.map((s) => ({ ...s, confidential: false })), { ...base, ...SURVIVOR }] };
    await writeSharingFile(anaPath, anaConfig, null);
    const first = await SharedMapSync.open(anaPath, anaConfig, anaLocal);
    await first.share(anaLocal);
    await first.syncNow();
    await first.idle();

    const ben = await SyncPeer.open({ actor: 'actor-ben-0001', name: 'Ben', sealer: coalitionSealer(key, COALITION), relay: relayFor(anaConfig.relay), stateFile: join(dir, 'ben.sync.json') });
    await ben.join();
    expect(ben.map(HEADER).stakeholders as { id: string }[]).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Confidential person (held by Ana)' })]));

    // Ana puts the survivor in a restricted record; the map's sync, opened again, takes the placeholder away.
    const { settings } = await RestrictedRecord.create(anaPath, anaConfig, null, { label: 'With Ben', relay: { kind: 'folder', path: join(dir, 'restricted') }, ids: [SURVIVOR.id] }, anaLocal);
    const again = await SharedMapSync.open(anaPath, settings, anaLocal);
    await again.syncNow();
    await again.syncNow();
    await ben.sync();
    expect((ben.map(HEADER).stakeholders as { name: string }[]).filter((s) => s.name.startsWith('Confidential person'))).toEqual([]);
    await again.idle();
  });
});
