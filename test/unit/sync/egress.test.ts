// What leaves the app for the relay, on the wire: every request body and path, and every answer,
// caught by a recording proxy in front of a real CouchDB-compatible relay on loopback, through
// sharing, joining, edits and a move to a new key and database. No name, e-mail or phone of anyone
// on the map, no canary note, and no id of a confidential person may appear, in plain, UTF-16 or
// base64. Positive control: with sealing off the same scan finds the open people, and still never
// the confidential ones (they are never sent at all). Every connection goes to the relay's address.
// Checks 2, 3 and 14 of the sync design.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveToCleanCopy, startCleanCopy } from '../../../electron/main/sync/clean-copy';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import type { MapLike } from '../../../shared/sync/map-ops';
import { useTempDirs } from '../store/helpers/temp-dir';
import { contains } from './helpers/canary-scan';
import { HEADER, plainSealer } from './helpers/organizers';
import { startRelayServer, type RelayServer } from './helpers/pouchdb-server';
import { startRecordingProxy, type Exchange, type RecordingProxy } from './helpers/recording-proxy';

const tempDir = useTempDirs();
const running: (RelayServer | RecordingProxy)[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.stop();
});

const OPEN = { id: 'open-canary-person', name: 'Zephyrine Quillfeather', email: 'zq-canary@example.org', phone: '+1 555 0199 7731', notes: 'canary-note-7f3a9c', confidential: false };
const HELD = { id: 'held-canary-person', name: 'Ottoline Brackenridge', email: 'ob-held@example.org', phone: '+1 555 0142 2210', notes: 'held-note-c41d02', confidential: true };

function theMap(): MapDocument {
  const map = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
  const base = map.stakeholders[0];
  const tie = map.ties[0];
  if (base === undefined || tie === undefined) throw new Error('empty sample');
  return { ...map, stakeholders: [...map.stakeholders, { ...base, ...OPEN }, { ...base, ...HELD }], ties: [...map.ties, { ...tie, id: 'held-tie', source: HELD.id, target: base.id }] };
}

/** What must never be on the wire: every name, e-mail and phone on the map, the notes canaries, and the held people's ids. */
function forbidden(map: MapDocument): { open: string[]; held: string[] } {
  const held = map.stakeholders.filter((s) => s.confidential !== false);
  const open = map.stakeholders.filter((s) => s.confidential === false);
  const words = (list: Stakeholder[]) => list.flatMap((s) => [s.name, s.email, s.phone, s.notes]).filter((w) => w.length >= 6);
  return { open: words(open), held: [...words(held), ...held.map((s) => s.id), 'held-tie'] };
}

function hitsIn(exchanges: readonly Exchange[], words: readonly string[]): string[] {
  const parts = exchanges.flatMap((e) => [Buffer.from(e.path), e.requestBody, e.responseBody]);
  return words.filter((w) => parts.some((part) => contains(part, w)));
}

async function shareThroughProxy(sealed: boolean): Promise<RecordingProxy> {
  const dir = await tempDir();
  const server = await startRelayServer(dir);
  running.push(server);
  const proxy = await startRecordingProxy(server.url);
  running.push(proxy);
  const sealerFor = () => (sealed ? coalitionSealer(newCoalitionKey(), 'harlow-bend') : plainSealer);
  const relay = (db: string) => couchRelay({ url: `${proxy.url}/${db}` });
  const sealer = sealerFor();
  const open = (name: string, file: string) => SyncPeer.open({ actor: `actor-${name}-0001`, name, sealer, relay: relay('first'), stateFile: join(dir, file) });
  await relay('first').create();
  const ana = await open('ana', 'ana.json');
  await ana.share(theMap());
  await ana.sync();
  const ben = await open('ben', 'ben.json');
  await ben.join();
  const seen = ben.map(HEADER);
  const edited: MapLike = { ...seen, stakeholders: (seen.stakeholders as Stakeholder[]).map((s) => (s.id === OPEN.id ? { ...s, role: 'Edited by Ben' } : s)) };
  await ben.record(seen, edited);
  await ben.sync();
  await ana.sync();
  const local = theMap();
  await ana.record(local, { ...local, stakeholders: local.stakeholders.map((s) => (s.id === HELD.id ? { ...s, notes: `${HELD.notes} edited` } : s)) });
  await ana.sync();
  await relay('second').create();
  const next = sealerFor();
  const copy = await startCleanCopy(ana, { sealer: next, relay: relay('second'), stateFile: join(dir, 'ana-2.json') }, {});
  await moveToCleanCopy(ben, { sealer: next, relay: relay('second'), stateFile: join(dir, 'ben-2.json') }, copy.handover);
  await copy.peer.sync();
  return proxy;
}

describe('egress to the relay', () => {
  it('sealed: nothing on the wire names anyone, and every connection goes to the relay', { timeout: 120_000 }, async () => {
    const proxy = await shareThroughProxy(true);
    expect(proxy.exchanges.length).toBeGreaterThan(10);
    expect(proxy.exchanges.some((e) => e.method === 'POST' && e.path.endsWith('/_bulk_docs'))).toBe(true);
    const { open, held } = forbidden(theMap());
    expect(open.length).toBeGreaterThan(50);
    expect(hitsIn(proxy.exchanges, [...open, ...held])).toEqual([]);
    expect(proxy.connections.length).toBeGreaterThan(0);
    expect(new Set(proxy.connections)).toEqual(new Set([`127.0.0.1:${proxy.port}`]));
  });

  it('positive control, sealing off: the same scan finds the open people, and still never a confidential one', { timeout: 120_000 }, async () => {
    const proxy = await shareThroughProxy(false);
    const { open, held } = forbidden(theMap());
    expect(hitsIn(proxy.exchanges, open)).toEqual(open);
    expect(hitsIn(proxy.exchanges, held)).toEqual([]);
  });
});
