// Compaction on the device itself (check 11 of the sync design, beyond the relay), on a real
// CouchDB-compatible relay on loopback with real sync files: a device that joins from a snapshot
// keeps the relay's sealed parts as they came (no sealing again).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';
import { startRelayServer, type RelayServer } from './helpers/pouchdb-server';

const tempDir = useTempDirs();
const servers: RelayServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function coalition() {
  const dir = await tempDir();
  const server = await startRelayServer(dir);
  servers.push(server);
  const url = `${server.url}/harlow-bend`;
  await couchRelay({ url }).create();
  const sealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');
  const open = (name: string) =>
    SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: couchRelay({ url }), stateFile: join(dir, `${name}.sync.json`), compaction: { partBytes: 4_000 } });
  return { dir, url, sealer, open };
}

const people = (peer: SyncPeer) => peer.map(HEADER).stakeholders as Stakeholder[];

async function edit(peer: SyncPeer, n: number, field: keyof Stakeholder, value: string): Promise<void> {
  const before = peer.map(HEADER);
  await peer.record(before, { ...before, stakeholders: people(peer).map((s, i) => (i === n ? { ...s, [field]: value } : s)) });
}

function expectSame(a: SyncPeer, b: SyncPeer): void {
  expect(mapDocumentSchema.parse(a.map(HEADER))).toEqual(mapDocumentSchema.parse(b.map(HEADER)));
  expect(a.conflicts().map((c) => c.sentence).sort()).toEqual(b.conflicts().map((c) => c.sentence).sort());
  expect(a.state.vector()).toEqual(b.state.vector());
}


describe('a device joining from a snapshot', () => {
  it('keeps the sealed parts exactly as the relay sent them beside its sync file', { timeout: 120_000 }, async () => {
    const c = await coalition();
    const ana = await c.open('Ana');
    await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
    for (let i = 0; i < 4; i++) await edit(ana, i, 'role', `role ${i}`);
    const report = await ana.compact();
    const relayParts = await couchRelay({ url: c.url }).snapshots?.read((await couchRelay({ url: c.url }).snapshots?.partIds()) ?? []);
    expect(relayParts?.length).toBeGreaterThan(1);

    const cara = await c.open('Cara');
    await cara.join();

    const kept = JSON.parse(await readFile(`${cara.stateFile}.snapshot`, 'utf8')) as { sid: string; parts: { id: string; ct: string }[] };
    expect(kept.sid).toBe(report.written);
    const byId = (p: { id: string }[]) => [...p].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(kept.parts)).toEqual(byId(relayParts ?? []));
    await ana.sync();
    expectSame(await c.open('Cara'), ana);
  });
});
