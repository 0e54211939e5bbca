// Any attempt by code under test to reach the network fails the test that made it (PRIV-1).
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

function refuse(what: string): never {
  throw new Error(`network access attempted in a unit test: ${what}`);
}

globalThis.fetch = (() => refuse('fetch')) as typeof fetch;
http.request = (() => refuse('http.request')) as typeof http.request;
https.request = (() => refuse('https.request')) as typeof https.request;
net.connect = (() => refuse('net.connect')) as typeof net.connect;
net.createConnection = (() => refuse('net.createConnection')) as typeof net.createConnection;
