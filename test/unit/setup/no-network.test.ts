// The unit tests' network guard (setup/no-network.ts) closes every way out, each where it
// starts, and leaves loopback open for tests that run a real server on this machine.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http, { get as namedGet } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';

const REFUSED = /network access attempted in a unit test/;
// 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never routed, so a leak here cannot reach anyone.
const FAR = '192.0.2.1';

/** Calls `open`; a call the guard let through is torn down before the test fails on it. */
function expectRefused(open: () => unknown): void {
  let made: unknown;
  try {
    made = open();
  } catch (error) {
    expect(String(error)).toMatch(REFUSED);
    return;
  }
  const leaked = made as { on?: (e: string, f: () => void) => void; destroy?: () => void; close?: () => void } | undefined;
  leaked?.on?.('error', () => undefined);
  leaked?.destroy?.();
  leaked?.close?.();
  expect.fail('the call went out to the network');
}

describe('the unit tests network guard', () => {
  it('refuses every way out to a host that is not this machine', async () => {
    expectRefused(() => http.get(`http://${FAR}/`));
    expectRefused(() => namedGet(`http://${FAR}/`));
    expectRefused(() => http.request({ host: FAR, port: 80 }));
    expectRefused(() => https.get(`https://${FAR}/`));
    expectRefused(() => tls.connect({ host: FAR, port: 443 }));
    expectRefused(() => new net.Socket().connect(443, FAR));
    expectRefused(() => new net.Socket().connect({ host: FAR, port: 443 }));
    expectRefused(() => net.connect(443, FAR));
    expectRefused(() => dns.lookup('example.com', () => undefined));
    expectRefused(() => dns.resolve4('example.com', () => undefined));
    expectRefused(() => dgram.createSocket('udp4').send('x', 53, FAR));
    await expect((async () => dns.promises.lookup('example.com'))()).rejects.toThrow(REFUSED);
    await expect((async () => fetch(`http://${FAR}/`))()).rejects.toThrow(REFUSED);
  });

  it('lets a test talk to a real server on loopback', async () => {
    const server = http.createServer((_request, response) => response.end('here'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as net.AddressInfo;
      const body = await new Promise<string>((resolve, reject) => {
        http.get(`http://127.0.0.1:${port}/`, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve(text));
        }).on('error', reject);
      });
      expect(body).toBe('here');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
