// A real CouchDB-compatible relay (pouchdb-server) on 127.0.0.1, started and stopped by the test:
// stopping it is how a test takes both organizers offline, and starting it again on the same port
// and the same data folder brings the relay back with everything it held.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

const BIN = join(REPO_ROOT, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

export interface RelayProcess {
  readonly url: string;
  readonly port: number;
  /** Where the relay keeps what it stores (scanned for names by the tests). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

export async function startRelay(dir: string, port?: number): Promise<RelayProcess> {
  const chosen = port ?? (await freePort());
  const dataDir = join(dir, 'relay-data');
  const child = spawn(process.execPath, [BIN, '--host', '127.0.0.1', '--port', String(chosen), '--dir', dataDir], { cwd: dir, stdio: 'ignore' });
  const url = `http://127.0.0.1:${chosen}`;
  await waitUntilUp(url, child);
  return { url, port: chosen, dataDir, stop: () => stopChild(child) };
}

async function freePort(): Promise<number> {
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
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
