// A real CouchDB-compatible server (pouchdb-server) on 127.0.0.1 and a free port, in a temp folder,
// started and stopped by the test itself. Started again on the same folder and port (as the sharing
// end-to-end tests do to take every organizer offline and back) it is the same relay, holding
// everything it held.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RelayServer {
  readonly url: string;
  readonly port: number;
  /** Where the relay keeps what it stores (scanned for names by the tests). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

const BIN = join(process.cwd(), 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

/** `port`: the port of a relay stopped earlier, to bring it back where its clients look for it. */
export async function startRelayServer(dir: string, port?: number): Promise<RelayServer> {
  port ??= await freePort();
  const child = spawn(process.execPath, [BIN, '--host', '127.0.0.1', '--port', String(port), '--dir', join(dir, 'data')], { cwd: dir, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child);
  return {
    url,
    port,
    dataDir: join(dir, 'data'),
    stop: () => stopChild(child),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pouchdb-server did not start within 30 s');
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    // A child already ended (by its own exit or a signal) emits no second "exit".
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const ADMIN = { user: 'relay-admin', password: 'relay-admin-secret' };

/** Turns on accounts: an admin (who alone may create and delete databases) and one account per organizer. */
export async function withAccounts(server: RelayServer, organizers: readonly string[]): Promise<void> {
  await expectOk(await fetch(`${server.url}/_config/admins/${ADMIN.user}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) }));
  for (const name of organizers) {
    const body = JSON.stringify({ name, password: passwordOf(name), roles: [], type: 'user' });
    await expectOk(await fetch(`${server.url}/_users/org.couchdb.user:${name}`, { method: 'PUT', headers: adminHeaders(), body }));
  }
}

/** Creates a database that only the named organizers may read, as CouchDB's `_security` says. */
export async function createDatabaseFor(server: RelayServer, db: string, members: readonly string[]): Promise<void> {
  await expectOk(await fetch(`${server.url}/${db}`, { method: 'PUT', headers: adminHeaders() }));
  const security = { members: { names: members, roles: [] }, admins: { names: [], roles: [] } };
  await expectOk(await fetch(`${server.url}/${db}/_security`, { method: 'PUT', headers: adminHeaders(), body: JSON.stringify(security) }));
}

/** Every document the database holds, read as the admin when accounts are on (what the relay itself could read). */
export async function allDocs(server: RelayServer, db: string, asAdmin = true): Promise<{ id: string; ct: string }[]> {
  const response = await fetch(`${server.url}/${db}/_all_docs?include_docs=true`, asAdmin ? { headers: adminHeaders() } : {});
  await expectOk(response);
  const body = (await response.json()) as { rows: { doc: { _id: string; ct: string } }[] };
  return body.rows.map((r) => ({ id: r.doc._id, ct: r.doc.ct }));
}

export function passwordOf(name: string): string {
  return `${name}-password`;
}

/** `url` with the account `user` in it, as an organizer types a relay address that needs one. */
export function withAccount(url: string, user: string, password: string): string {
  return url.replace('http://', `http://${user}:${password}@`);
}

/** The Basic authorization header of the organizer `user`'s account. */
export function basicAuth(user: string): { authorization: string } {
  return { authorization: `Basic ${Buffer.from(`${user}:${passwordOf(user)}`).toString('base64')}` };
}

export function adminHeaders(): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}` };
}

async function expectOk(response: Response): Promise<void> {
  if (!response.ok) throw new Error(`relay set-up failed: ${response.status} ${await response.text()}`);
}
