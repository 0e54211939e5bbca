// Offline first with kills: an organizer's app, a real child process, makes 50 edits and is killed
// (SIGKILL) at random points in 20 rounds, half of them with the relay unreachable, half syncing
// with a real CouchDB-compatible relay on loopback. After a last run, every acknowledged edit is on
// the other organizer's device exactly once, no change is on the relay twice, both devices hold the
// same map, and the sync file holds no plaintext. Check 5 of the sync design.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { seededRandom } from '../../../shared/graph/random';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { runUntilKilled } from './helpers/kill-harness';
import { HEADER } from './helpers/organizers';
import { allDocs, freePort } from './helpers/pouchdb-server';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

const TOTAL = 50;
const ROUNDS = 20;
const SEED = 0x5eed16;

/**
 * Runs the organizer's app until it has printed `lines` lines (then kills it), to its end when lines
 * is Infinity, or, when lines is 0, kills it `delayMs` after its start wherever it is (starting, opening, writing).
 */
function runChild(args: readonly string[], lines: number, delayMs = 0): Promise<string[]> {
  return runUntilKilled('test/unit/sync/helpers/kill-child.ts', args, { atLine: (_line, seen) => seen.length >= lines, ...(lines === 0 ? { afterMs: delayMs } : {}) });
}

describe('offline first, with kills', () => {
  it(`every acknowledged edit arrives exactly once after ${ROUNDS} random kills (seed ${SEED})`, { timeout: 300_000 }, async () => {
    const dir = await tempDir();
    const server = await startRelay(dir);
    const url = `${server.url}/harlow-bend`;
    await couchRelay({ url }).create();
    const key = newCoalitionKey();
    const sealer = coalitionSealer(key, 'harlow-bend');
    const ana = await SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer, relay: couchRelay({ url }), stateFile: join(dir, 'ana.sync.json') });
    await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
    await ana.sync();
    const unreachable = `http://127.0.0.1:${await freePort()}/harlow-bend`;

    const next = seededRandom(SEED);
    const acked: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const online = round % 2 === 0;
      const lines = await runChild([dir, online ? url : unreachable, key.toString('hex'), String(TOTAL), String(round)], Math.floor(next() * 4), next() * 2_000);
      acked.push(...lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))));
    }
    expect(new Set(acked).size).toBe(acked.length);
    expect(acked.length).toBeGreaterThan(10);
    expect(acked.length).toBeLessThan(TOTAL);
    const last = await runChild([dir, url, key.toString('hex'), String(TOTAL), '0'], Infinity);
    expect(last.at(-1)).toBe('done');

    const ben = await SyncPeer.open({ actor: 'actor-ben-0001', name: 'Ben', sealer, relay: couchRelay({ url }), stateFile: join(dir, 'ben.sync.json') });
    await ben.sync();
    const ids = (ben.map(HEADER).stakeholders as Stakeholder[]).map((s) => s.id).filter((id) => id.startsWith('kill-'));
    expect(ids).toEqual(Array.from({ length: TOTAL }, (_, i) => `kill-${i}`));
    for (const i of acked) expect(ids).toContain(`kill-${i}`);

    const changes = (await allDocs(server, 'harlow-bend', false)).map((doc) => sealer.open(doc));
    const dots = changes.map((c) => `${c.actor}:${c.seq}`);
    expect(new Set(dots).size).toBe(dots.length);
    const adds = changes.flatMap((c) => c.ops).filter((op) => op.field === 'name' && op.id.startsWith('kill-'));
    expect(adds.map((op) => op.id).sort()).toEqual(ids.slice().sort());

    const reopened = await SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer, relay: couchRelay({ url }), stateFile: join(dir, 'ana.sync.json') });
    await reopened.sync();
    expect(mapDocumentSchema.parse(reopened.map(HEADER))).toEqual(mapDocumentSchema.parse(ben.map(HEADER)));
    expect(reopened.status().waitingToSend).toBe(0);
    expect(await readFile(join(dir, 'ana.sync.json'), 'utf8')).not.toContain('Kill edit');
  });
});
