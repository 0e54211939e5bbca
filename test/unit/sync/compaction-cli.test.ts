// `coalition-map sync compact MAP` as a user runs it: the built command line in a child process,
// against a real shared map (map file, sharing settings, sync file, folder relay) that two
// organizers edited. It writes a snapshot and deletes the changes it covers; a third device that
// joins afterwards holds the same map. An unreachable relay is said in words and deletes nothing.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { peerForMap, writeSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { outcomeOf, REPO_ROOT } from '../store/helpers/spawn-ts';
import { useTempDirs } from '../store/helpers/temp-dir';
import { folderDocCount } from './helpers/compaction-relay';
import { HEADER } from './helpers/organizers';
import { freePort } from './helpers/pouchdb-server';

const tempDir = useTempDirs();

function cli(dir: string, args: readonly string[]) {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/coalition-map.mjs'), ...args], { cwd: dir, stdio: 'pipe', env: { ...process.env, COALITION_PASSPHRASE: '', COALITION_DATA_DIR: join(dir, 'app-data') } });
  return outcomeOf(child);
}

async function sharedMap(relay: SharingSettings['relay']) {
  const dir = await tempDir();
  const mapPath = join(dir, 'harlow.coalition.json');
  const map = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
  await writeFile(mapPath, JSON.stringify(map));
  const key = newCoalitionKey();
  const settings: SharingSettings = { coalitionId: 'harlow-bend', actor: 'actor-ana-0001', name: 'Ana', key: key.toString('base64'), relay };
  await writeSharingFile(mapPath, settings, null);
  return { dir, mapPath, settings, key, map };
}

describe('coalition-map sync compact', () => {
  it('writes a snapshot, deletes the changes it covers, and a third device that joins holds the same map', { timeout: 120_000 }, async () => {
    const dir0 = await tempDir();
    const { dir, mapPath, settings, key, map } = await sharedMap({ kind: 'folder', path: join(dir0, 'relay') });
    const ana = await peerForMap(mapPath, settings);
    await ana.share(map);
    await ana.sync();
    const open = (name: string) => SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer: coalitionSealer(key, 'harlow-bend'), relay: folderRelay(join(dir0, 'relay')), stateFile: join(dir, `${name}.sync.json`) });
    const ben = await open('Ben');
    await ben.join();
    for (let i = 0; i < 4; i++) {
      const before = ben.map(HEADER);
      await ben.record(before, { ...before, stakeholders: (before.stakeholders as Stakeholder[]).map((s, n) => (n === i ? { ...s, role: `Role ${i}` } : s)) });
    }
    await ben.sync();
    const before = await folderDocCount(join(dir0, 'relay'));

    const compacted = await cli(dir, ['sync', 'compact', 'harlow.coalition.json']);

    expect(compacted.stderr).toBe('');
    expect(compacted.code).toBe(0);
    expect(compacted.stdout).toContain(`Compacted the shared map on the folder ${join(dir0, 'relay')}`);
    expect(compacted.stdout).toContain(`deleted from the relay: ${before} changes and 0 older snapshots`);
    expect(await folderDocCount(join(dir0, 'relay'))).toBe(1);
    const cara = await open('Cara');
    await cara.join();
    const anaAgain = await peerForMap(mapPath, settings);
    await anaAgain.sync();
    expect(mapDocumentSchema.parse(cara.map(HEADER))).toEqual(mapDocumentSchema.parse(anaAgain.map(HEADER)));
    expect((cara.map(HEADER).stakeholders as Stakeholder[])[3]?.role).toBe('Role 3');
  });

  it('an unreachable relay is said in words, and nothing is deleted', { timeout: 120_000 }, async () => {
    const { dir, mapPath, settings, map } = await sharedMap({ kind: 'couch', url: `http://127.0.0.1:${await freePort()}/harlow-bend` });
    const ana = await peerForMap(mapPath, settings);
    await ana.share(map);
    const refused = await cli(dir, ['sync', 'compact', 'harlow.coalition.json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cannot be reached \(ECONNREFUSED\)\. Nothing was deleted/);
    expect((await cli(dir, ['sync', 'compact', 'harlow.coalition.json', 'extra.json'])).code).toBe(2);
  });
});
