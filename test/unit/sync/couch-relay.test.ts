// Two organizers through a real CouchDB-compatible relay on loopback: they converge, and neither
// the relay's files nor anything it answers holds a name, e-mail, phone or note; the same scan,
// with sealing off, finds them (the positive control).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { couchRelay, RelayUnavailable } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { canaryHits, contains } from './helpers/canary-scan';
import { anaSharesBenJoins, HEADER, plainSealer } from './helpers/organizers';
import { freePort } from './helpers/pouchdb-server';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

const CANARY = { name: 'Zephyrine Quillfeather', email: 'zq-canary@example.org', phone: '+1 555 0199 7731', notes: 'canary-note-7f3a9c' };

async function organizersOn(sealed: boolean) {
  const dir = await tempDir();
  const server = await startRelay(dir);
  const relay = couchRelay({ url: `${server.url}/harlow-bend` });
  await relay.create();
  const sealer = sealed ? coalitionSealer(newCoalitionKey(), 'harlow-bend') : plainSealer;
  const open = (name: string) => SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: couchRelay({ url: `${server.url}/harlow-bend` }), stateFile: join(dir, `${name}.sync.json`) });
  const { ana, ben } = await anaSharesBenJoins(open);
  return { dir, server, ana, ben };
}

describe('sharing through a CouchDB relay', () => {
  it('converges, and the relay never holds or sends a name; with sealing off the same scan finds it', { timeout: 120_000 }, async () => {
    for (const sealed of [true, false]) {
      const { dir, server, ana, ben } = await organizersOn(sealed);
      const start = ana.map(HEADER);
      const first = (start.stakeholders as Stakeholder[])[0];
      if (first === undefined) throw new Error('empty sample');
      const next = { ...start, stakeholders: [...(start.stakeholders as Stakeholder[]), { ...first, id: 'canary', ...CANARY }] };
      await ana.record(start, next);
      await ana.sync();
      await ben.sync();
      expect(mapDocumentSchema.parse(ben.map(HEADER))).toEqual(mapDocumentSchema.parse(ana.map(HEADER)));
      const answer = Buffer.from(await (await fetch(`${server.url}/harlow-bend/_all_docs?include_docs=true`)).text());
      await writeFile(join(dir, 'data', 'http-answer.json'), answer);
      const hits = await canaryHits(join(dir, 'data'), Object.values(CANARY));
      if (sealed) {
        expect(hits).toEqual([]);
        expect(Object.values(CANARY).some((c) => contains(answer, c))).toBe(false);
      } else {
        expect(hits.length).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('an unreachable relay is said in words and the changes stay waiting', async () => {
    const dir = await tempDir();
    const peer = await SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer: coalitionSealer(newCoalitionKey(), 'x'), relay: couchRelay({ url: `http://127.0.0.1:${await freePort()}/none` }), stateFile: join(dir, 'a.json') });
    await peer.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
    await expect(peer.sync()).rejects.toThrow(RelayUnavailable);
    await expect(peer.sync()).rejects.toThrow(/cannot be reached \(ECONNREFUSED\)/);
    expect(peer.status().waitingToSend).toBe(1);
  });
});
