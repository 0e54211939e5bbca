// A large compaction keeps this device busy for seconds between two calls to the relay, long enough
// for the relay to close the kept-alive connection the next call would reuse. The relay client then
// asks once more on a new connection instead of reporting the relay unreachable. Here a loopback
// server drops every connection at its second request, so each reuse meets a closed connection.
import http from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { couchRelay } from '../../../electron/main/sync/couch-relay';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

/** `answer`: what the server says to a request it answers (a changes page by default). */
async function droppingServer(answer = JSON.stringify({ results: [], last_seq: '0' })): Promise<{ url: string; answered: () => number }> {
  const seen = new WeakMap<Socket, number>();
  let answered = 0;
  const server = http.createServer({ keepAlive: true }, (request, response) => {
    const count = (seen.get(request.socket) ?? 0) + 1;
    seen.set(request.socket, count);
    if (count >= 2) {
      request.socket.destroy();
      return;
    }
    answered += 1;
    response.writeHead(200, { 'content-type': 'application/json', connection: 'keep-alive' });
    request.resume();
    request.on('end', () => response.end(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  closers.push(() => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  return { url: `http://127.0.0.1:${address.port}/harlow-bend`, answered: () => answered };
}

describe('the CouchDB relay client', () => {
  it('asks once more on a new connection when the relay closed the kept-alive one', async () => {
    const server = await droppingServer();
    const relay = couchRelay({ url: server.url });
    for (let i = 0; i < 4; i++) expect(await relay.pull(new Set())).toEqual([]);
    expect(server.answered()).toBe(4);
  });

  it('asks once more when the relay closed the connection while a snapshot part was still being sent (EPIPE)', { timeout: 60_000 }, async () => {
    const server = await droppingServer(JSON.stringify([{ ok: true }]));
    const store = couchRelay({ url: server.url }).snapshots;
    // A part as big as compaction writes them (3 MB of JSON is 4 MB of base64): the connection is
    // closed at the request's headers, long before its body is written.
    const part = (i: number) => ({ id: `snap-${'ab'.repeat(16)}-${i}-4`, ct: 'x'.repeat(4_000_000) });
    await store?.write([part(0), part(1), part(2), part(3)]);
    expect(server.answered()).toBe(4);
  });
});
