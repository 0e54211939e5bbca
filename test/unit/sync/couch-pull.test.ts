// How the couch relay fetches: the ids of new changes first, then only the documents this device
// lacks, in fetches sized by what the last ones weighed. A device that has just sent a big share
// does not download it again; a joining one gets every document, a few big ones per fetch at first.
// pouchdb-server on loopback behind a proxy that records every request and answer.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import type { Sealed } from '../../../electron/main/sync/seal';
import { useTempDirs } from '../store/helpers/temp-dir';
import { startRelayServer, type RelayServer } from './helpers/pouchdb-server';
import { startRecordingProxy, type RecordingProxy } from './helpers/recording-proxy';

const tempDir = useTempDirs();
const running: (RelayServer | RecordingProxy)[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

/** `count` sealed-looking documents of `size` characters each (the relay never reads them). */
function documents(count: number, size: number): Sealed[] {
  return Array.from({ length: count }, () => ({ id: randomBytes(16).toString('hex'), ct: randomBytes(Math.ceil((size * 3) / 4)).toString('base64').slice(0, size) }));
}

describe('the couch relay pull', () => {
  it('fetches only what this device lacks, big documents a few at a time and small ones many at a time', async () => {
    const server = await startRelayServer(await tempDir());
    running.push(server);
    const proxy = await startRecordingProxy(server.url);
    running.push(proxy);
    const url = `${proxy.url}/pull-test`;
    await couchRelay({ url }).create();
    const big = documents(30, 400_000);
    const small = documents(50, 300);
    const sender = couchRelay({ url });
    await sender.push([...big, ...small]);

    proxy.exchanges.splice(0);
    expect(await sender.pull(new Set([...big, ...small].map((d) => d.id)))).toEqual([]);
    const answered = proxy.exchanges.reduce((sum, e) => sum + e.responseBody.length, 0);
    expect(proxy.exchanges.every((e) => e.path.includes('/_changes'))).toBe(true);
    expect(answered).toBeLessThan(100_000);

    proxy.exchanges.splice(0);
    const joiner = couchRelay({ url });
    const got = await joiner.pull(new Set());
    expect(new Map(got.map((d) => [d.id, d.ct]))).toEqual(new Map([...big, ...small].map((d) => [d.id, d.ct])));
    const fetches = proxy.exchanges.filter((e) => e.path.includes('/_all_docs'));
    const asked = fetches.map((e) => (JSON.parse(e.requestBody.toString('utf8')) as { keys: string[] }).keys.length);
    // Twenty first (8 MB); then as many as fit in about 8 MB by the last answer's weight, so the small ones come many at a time.
    expect(asked[0]).toBe(20);
    expect(Math.max(...fetches.map((e) => e.responseBody.length))).toBeLessThan(12_000_000);
    expect(asked.reduce((a, b) => a + b, 0)).toBe(80);
    expect(Math.max(...asked)).toBeGreaterThan(20);
    expect(fetches.length).toBeLessThanOrEqual(4);
    // Nothing new: only the ids are asked for again.
    proxy.exchanges.splice(0);
    expect(await joiner.pull(new Set(got.map((d) => d.id)))).toEqual([]);
    expect(proxy.exchanges.filter((e) => e.path.includes('/_all_docs'))).toEqual([]);
  });
});
