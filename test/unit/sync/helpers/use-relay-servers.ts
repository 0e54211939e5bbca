// Relay servers a test starts (pouchdb-server on 127.0.0.1), each stopped after that test.
import { afterEach } from 'vitest';
import { startRelayServer, type RelayServer } from './pouchdb-server';

/** Call once at a test file's top; returns the starter of a relay server kept in `dir`. */
export function useRelayServers(): (dir: string) => Promise<RelayServer> {
  const running: RelayServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
  });
  return async (dir) => {
    const server = await startRelayServer(dir);
    running.push(server);
    return server;
  };
}
