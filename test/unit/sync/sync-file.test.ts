// The sync file as a journal on disk: a line torn by a crash is dropped (it was never
// acknowledged), a damaged line before the end is refused without touching the file, and a file in
// the first layout (one JSON object) is read and rewritten as a journal. Shortened once a kept
// snapshot covers changes, it keeps what is still to send, and appends made meanwhile are not lost.
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendSyncFile, readSyncFile, shortenSyncFile } from '../../../electron/main/sync/sync-file';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { useTempDirs } from '../store/helpers/temp-dir';

const tempDir = useTempDirs();
const sealed = (n: number) => ({ id: n.toString(16).padStart(32, '0'), ct: `c${n}` });

describe('the sync file', () => {
  it('shortened, keeps what is still to send and the ids it dropped; appends made meanwhile wait their turn and are kept', async () => {
    const path = join(await tempDir(), 'a.sync.json');
    await appendSyncFile(path, [{ known: sealed(1) }, { known: sealed(2) }, { mine: sealed(3) }]);
    const shortening = shortenSyncFile(path, new Set([sealed(1).id, sealed(3).id]));
    const appended = Promise.all([5, 6, 7].map((n) => appendSyncFile(path, [{ mine: sealed(n) }])));
    expect(await shortening).toEqual([sealed(1).id]);
    await appended;
    const { file, rewrite } = await readSyncFile(path);
    expect(file).toEqual({ known: [2, 3, 5, 6, 7].map(sealed), outbox: [3, 5, 6, 7].map((n) => sealed(n).id), refused: [], ahead: [], covered: [sealed(1).id] });
    expect(rewrite).toBe(false);
    expect(await readFile(path, 'utf8')).toMatch(/^\{"format":"coalition-map-sync","version":3\}\n/);
  });

  it('replays its events: own changes wait until sent, received ones do not', async () => {
    const path = join(await tempDir(), 'a.sync.json');
    await appendSyncFile(path, [{ mine: sealed(1) }, { mine: sealed(2) }, { known: sealed(3) }]);
    await appendSyncFile(path, [{ sent: [sealed(1).id] }, { refused: sealed(4).id }]);
    const { file, rewrite } = await readSyncFile(path);
    expect(file).toEqual({ known: [sealed(1), sealed(2), sealed(3)], outbox: [sealed(2).id], refused: [sealed(4).id], ahead: [] });
    expect(rewrite).toBe(false);
  });

  it('reads its lines in slices: the pause comes before each line, and a torn last line is still dropped', async () => {
    const path = join(await tempDir(), 'a.sync.json');
    await appendSyncFile(path, [{ mine: sealed(1) }, { known: sealed(2) }, { sent: [sealed(1).id] }]);
    await appendFile(path, '{"known":{"id":"000');
    const log: string[] = [];
    const { file, rewrite } = await readSyncFile(path, async () => {
      log.push('pause');
    });
    expect(log).toEqual(['pause', 'pause', 'pause']);
    expect(file).toEqual({ known: [sealed(1), sealed(2)], outbox: [], refused: [], ahead: [] });
    expect(rewrite).toBe(true);
  });

  it('drops a torn last line, and the peer rewrites the file without it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.sync.json');
    const sealer = coalitionSealer(newCoalitionKey(), 'c');
    const open = () => SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer, relay: folderRelay(join(dir, 'relay')), stateFile: path });
    await (await open()).write([{ table: 'stakeholders', id: 's-1', field: 'name', value: 'One' }]);
    const whole = await readFile(path, 'utf8');
    await appendFile(path, '{"mine":{"id":"00000000000000000000000000000009","c');
    expect((await readSyncFile(path)).rewrite).toBe(true);
    const reopened = await open();
    expect(reopened.status()).toMatchObject({ changes: 1, waitingToSend: 1 });
    expect(await readFile(path, 'utf8')).toBe(whole);
    await reopened.write([{ table: 'stakeholders', id: 's-1', field: 'role', value: 'Chair' }]);
    expect((await open()).status()).toMatchObject({ changes: 2, waitingToSend: 2 });
  });

  it('refuses a damaged line before the end and leaves the file as it was', async () => {
    const path = join(await tempDir(), 'a.sync.json');
    await appendSyncFile(path, [{ mine: sealed(1) }]);
    await appendFile(path, 'not json\n');
    await appendSyncFile(path, [{ known: sealed(2) }]);
    const before = await readFile(path);
    await expect(readSyncFile(path)).rejects.toThrow(/line 3 is damaged; the sync file was not changed/);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('reads the first layout and rewrites it as a journal on open', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.sync.json');
    const sealer = coalitionSealer(newCoalitionKey(), 'c');
    const change = sealer.seal({ actor: 'actor-ana-0001', seq: 1, clock: 1, deps: {}, at: 't', ops: [{ table: 'stakeholders', id: 's-1', field: 'name', value: 'One' }] });
    await writeFile(path, JSON.stringify({ known: [change], outbox: [change.id], refused: [] }));
    const peer = await SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer, relay: folderRelay(join(dir, 'relay')), stateFile: path });
    expect(peer.status()).toMatchObject({ changes: 1, waitingToSend: 1 });
    expect((await readFile(path, 'utf8')).split('\n')[0]).toBe('{"format":"coalition-map-sync","version":2}');
    expect((await readSyncFile(path)).file.outbox).toEqual([change.id]);
  });
});
