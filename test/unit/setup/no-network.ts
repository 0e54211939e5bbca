// Any attempt by code under test to reach the network fails the test that made it (PRIV-1).
// Every way out is closed where it starts, not only the usual doors: http.get and https.get (which
// call their module's request internally, past a replaced export), tls.connect, a Socket's own
// connect (the one path all TCP takes), HTTP/2, UDP, and name lookups, which leak the name asked
// for even when no connection follows. Loopback (127.0.0.1, ::1, localhost) and local socket paths
// stay open, for tests that run a real server on this machine.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

function refuse(what: string): never {
  throw new Error(`network access attempted in a unit test: ${what}`);
}

/** The host a Socket#connect call names, or null for a local socket path (a pipe, not the network). */
function hostOf(args: unknown[]): string | null {
  // net.connect hands Socket#connect its arguments already normalized, as [options, callback].
  if (Array.isArray(args[0])) return hostOf(args[0] as unknown[]);
  const [first, second] = args;
  if (typeof first === 'object' && first !== null) {
    const options = first as { path?: unknown; host?: unknown };
    if (typeof options.path === 'string') return null;
    return typeof options.host === 'string' ? options.host : 'localhost';
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null;
  return typeof second === 'string' ? second : 'localhost';
}

const socketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (host !== null && !LOOPBACK.has(host)) refuse(`net.Socket#connect to ${host}`);
  return (socketConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
  if (!LOOPBACK.has(hostname)) refuse(`dns.lookup of ${hostname}`);
  return (lookup as (...a: unknown[]) => void)(hostname, ...rest);
} as typeof dns.lookup;
const promisedLookup = dns.promises.lookup;
dns.promises.lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
  if (!LOOPBACK.has(hostname)) refuse(`dns.promises.lookup of ${hostname}`);
  return (promisedLookup as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
} as typeof dns.promises.lookup;
for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'] as const) {
  (dns as unknown as Record<string, unknown>)[name] = () => refuse(`dns.${name}`);
  (dns.promises as unknown as Record<string, unknown>)[name] = () => refuse(`dns.promises.${name}`);
}

/** The host an http(s).request/get or tls.connect call names (a URL, or options with hostname/host). */
function requestHost(first: unknown): string {
  if (typeof first === 'string' || first instanceof URL) return new URL(first).hostname.replace(/^\[|\]$/g, '');
  const options = (first ?? {}) as { hostname?: unknown; host?: unknown };
  const host = options.hostname ?? options.host;
  return typeof host === 'string' ? host : 'localhost';
}

/** `original` with a refusal in front of it for any host but loopback. */
function loopbackOnly<F extends (...args: never[]) => unknown>(what: string, original: F): F {
  return function guarded(this: unknown, ...args: unknown[]) {
    const host = requestHost(args[0]);
    if (!LOOPBACK.has(host)) refuse(`${what} to ${host}`);
    return (original as unknown as (...a: unknown[]) => unknown).apply(this, args);
  } as unknown as F;
}

const realFetch = globalThis.fetch;
globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
  const host = new URL(input instanceof Request ? input.url : input).hostname.replace(/^\[|\]$/g, '');
  if (!LOOPBACK.has(host)) refuse(`fetch to ${host}`);
  return realFetch(input, init);
}) as typeof fetch;
http.request = loopbackOnly('http.request', http.request);
http.get = loopbackOnly('http.get', http.get);
https.request = loopbackOnly('https.request', https.request);
https.get = loopbackOnly('https.get', https.get);
tls.connect = loopbackOnly('tls.connect', tls.connect);
http2.connect = (() => refuse('http2.connect')) as typeof http2.connect;
dgram.Socket.prototype.send = (() => refuse('dgram send')) as typeof dgram.Socket.prototype.send;
dgram.Socket.prototype.connect = (() => refuse('dgram connect')) as typeof dgram.Socket.prototype.connect;
// Named imports (`import { get } from 'node:http'`) read the patched functions too.
syncBuiltinESMExports();
