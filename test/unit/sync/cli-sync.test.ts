// `coalition-map sync status` and `sync export` as a user runs them: the built command line in a
// child process, against a real shared map (map file, sharing settings, sync file, folder relay)
// that two organizers edited. The export validates as a `coalition-map` file, `validate` and
// `analyze` accept it, and sharing it afresh gives the same map. Checks 8 and part of 9 and 13.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPassphraseCodec } from '../../../electron/main/crypto';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { writeNote } from '../../../electron/main/sync/relay-note';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { peerForMap, sharingFilePath, writeSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import type { MapLike } from '../../../shared/sync/map-ops';
import { outcomeOf, REPO_ROOT } from '../store/helpers/spawn-ts';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';

const tempDir = useTempDirs();

function cli(dir: string, args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/coalition-map.mjs'), ...args], { cwd: dir, stdio: 'pipe', env: { ...process.env, COALITION_PASSPHRASE: '', COALITION_DATA_DIR: join(dir, 'app-data'), ...env } });
  return outcomeOf(child);
}

function edit(map: MapLike, id: string, change: Partial<Stakeholder>): MapLike {
  return { ...map, stakeholders: (map.stakeholders as Stakeholder[]).map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

async function sharedMap(passphrase: string | null) {
  const dir = await tempDir();
  const mapPath = join(dir, 'harlow.coalition.json');
  const map = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
  const codec = passphrase === null ? null : await createPassphraseCodec(passphrase);
  const plain = Buffer.from(JSON.stringify(map));
  await writeFile(mapPath, codec === null ? plain : codec.encode(plain));
  const key = newCoalitionKey();
  const settings: SharingSettings = { coalitionId: 'harlow-bend', actor: 'actor-ana-0001', name: 'Ana', key: key.toString('base64'), relay: { kind: 'folder', path: join(dir, 'relay') } };
  await writeSharingFile(mapPath, settings, codec);
  const ana = await peerForMap(mapPath, settings);
  await ana.share(map);
  await ana.sync();
  const ben = await SyncPeer.open({ actor: 'actor-ben-0001', name: 'Ben', sealer: coalitionSealer(key, 'harlow-bend'), relay: folderRelay(join(dir, 'relay')), stateFile: join(dir, 'ben.sync.json') });
  await ben.join();
  await ana.sync();
  const start = ana.map(HEADER);
  const x = (start.stakeholders as Stakeholder[])[2];
  if (x === undefined) throw new Error('sample too small');
  await ana.record(start, edit(start, x.id, { role: 'Director' }));
  await ben.record(start, edit(start, x.id, { role: 'Chair' }));
  await ben.sync();
  await ana.sync();
  const now = ana.map(HEADER);
  await ana.record(now, edit(now, (now.stakeholders as Stakeholder[])[4]?.id ?? '', { role: 'Waiting to go' }));
  return { dir, mapPath, ana, key, x };
}

describe('coalition-map sync', () => {
  it('status says who, what waits and which conflicts are open; export writes a map that validate, analyze and a fresh share accept', { timeout: 120_000 }, async () => {
    const { dir, mapPath, ana, x } = await sharedMap(null);
    const status = await cli(dir, ['sync', 'status', 'harlow.coalition.json']);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`map file:      ${mapPath}`);
    expect(status.stdout).toContain(`relay:         the folder ${join(dir, 'relay')}`);
    expect(status.stdout).toMatch(/organizers: +2 \(Ana, Ben\)/);
    expect(status.stdout).toMatch(/moved: +no \(this copy is the current one\)/);
    expect(status.stdout).toMatch(/waiting: +1 change waiting to send/);
    expect(status.stdout).toMatch(/conflicts: +1 open\n +.*: role changed by Ana and Ben/);
    expect(status.stdout).toContain(x.name);

    const exported = await cli(dir, ['sync', 'export', 'harlow.coalition.json', 'shared.json']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Wrote the shared map \(\d+ stakeholders, \d+ ties\)/);
    expect(exported.stdout).toMatch(/audit/i);
    const file = JSON.parse(await readFile(join(dir, 'shared.json'), 'utf8')) as unknown;
    const parsed = mapDocumentSchema.parse(file);
    expect(parsed.stakeholders.map((s) => s.id)).toEqual((ana.map(HEADER).stakeholders as Stakeholder[]).map((s) => s.id));
    expect((await cli(dir, ['validate', 'shared.json'])).code).toBe(0);
    const analysis = await cli(dir, ['analyze', 'shared.json']);
    expect(analysis.stderr).toBe('');
    expect(analysis.code).toBe(0);

    const fresh = await SyncPeer.open({ actor: 'actor-cara-0001', name: 'Cara', sealer: coalitionSealer(newCoalitionKey(), 'fresh'), relay: folderRelay(join(dir, 'fresh-relay')), stateFile: join(dir, 'fresh.sync.json') });
    await fresh.share(parsed as unknown as MapLike);
    expect(mapDocumentSchema.parse(fresh.map(HEADER))).toEqual(parsed);
  });

  it('an encrypted map keeps its sharing settings encrypted, and the commands need its passphrase', { timeout: 120_000 }, async () => {
    const { dir, key } = await sharedMap('correct horse battery staple');
    const stored = await readFile(sharingFilePath(join(dir, 'harlow.coalition.json')));
    expect(stored.includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect(stored.includes(Buffer.from('harlow-bend'))).toBe(false);
    const refused = await cli(dir, ['sync', 'status', 'harlow.coalition.json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/encrypted; set COALITION_PASSPHRASE/);
    const status = await cli(dir, ['sync', 'status', 'harlow.coalition.json'], { COALITION_PASSPHRASE: 'correct horse battery staple' });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/organizers: +2 \(Ana, Ben\)/);
  });

  it('status says when the shared map was moved, and to the removed organizer that they were removed', { timeout: 120_000 }, async () => {
    const { dir, key } = await sharedMap(null);
    const note = { key, coalitionId: 'harlow-bend' };
    await writeNote({ kind: 'folder', path: join(dir, 'relay') }, 'moved', { at: '2026-03-02T09:15:00.000Z', by: 'Ben', removed: [] }, note);
    const moved = await cli(dir, ['sync', 'status', 'harlow.coalition.json']);
    expect(moved.stderr).toBe('');
    expect(moved.stdout).toMatch(/moved: +yes, on 2026-03-02 at 09:15 UTC by Ben: this copy is no longer synced; follow to the new copy with the handover invite/);
    await writeNote({ kind: 'folder', path: join(dir, 'relay') }, 'moved', { at: '2026-03-02T09:20:00.000Z', by: 'Ben', removed: ['actor-ana-0001'] }, note);
    const removed = await cli(dir, ['sync', 'status', 'harlow.coalition.json']);
    expect(removed.stdout).toMatch(/moved: +yes, on 2026-03-02 at 09:20 UTC by Ben, and you were removed/);
  });

  it('a map that is not shared, or a plain settings file beside an encrypted map, is refused in words', { timeout: 60_000 }, async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'alone.coalition.json'), JSON.stringify(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' })));
    const alone = await cli(dir, ['sync', 'status', 'alone.coalition.json']);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/alone\.coalition\.json is not shared: there is no .*alone\.coalition\.json\.sharing/);
    const { dir: other, mapPath } = await sharedMap('correct horse battery staple');
    await writeSharingFile(mapPath, { coalitionId: 'planted', actor: 'actor-eve-0001', name: 'Eve', key: newCoalitionKey().toString('base64'), relay: { kind: 'folder', path: join(other, 'elsewhere') } }, null);
    const planted = await cli(other, ['sync', 'status', 'harlow.coalition.json'], { COALITION_PASSPHRASE: 'correct horse battery staple' });
    expect(planted.code).toBe(1);
    expect(planted.stderr).toMatch(/\.sharing is not encrypted while the map is; it was not used/);
    expect((await cli(other, ['sync', 'stats', 'harlow.coalition.json'])).code).toBe(2);
    const { dir: plain, mapPath: plainMap } = await sharedMap(null);
    await writeSharingFile(plainMap, { coalitionId: 'harlow-bend', actor: 'actor-ana-0001', name: 'Ana', key: newCoalitionKey().toString('base64'), relay: { kind: 'folder', path: join(plain, 'relay') } }, null);
    const wrongKey = await cli(plain, ['sync', 'status', 'harlow.coalition.json']);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/sync file .*harlow\.coalition\.json\.sync\.json does not open with the key in harlow\.coalition\.json\.sharing/);
  });
});
