// Shortening a device's sync file survives a kill at any point: the app, a real child process,
// keeps a newer snapshot as its base and rewrites its sync file without the changes it covers,
// and is killed (SIGKILL) exactly between the two writes and at seeded random moments. After
// every kill the sync file is byte for byte the old one or the new one, and the device opens to
// exactly the map, vector and conflicts of the member who compacted. Real files, a folder relay.
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { seededRandom } from '../../../shared/graph/random';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { runUntilKilled } from './helpers/kill-harness';
import { anaSharesBenJoins, editPerson, HEADER } from './helpers/organizers';

const tempDir = useTempDirs();
const ROUNDS = 8;
const SEED = 0x5eed11;

const SHORTEN_CHILD = 'test/unit/sync/helpers/shorten-child.ts';

describe('shortening the sync file, with kills', () => {
  it(`leaves the old file or the new one, each opening to the same map (between the writes and ${ROUNDS} random kills, seed ${SEED})`, { timeout: 300_000 }, async () => {
    const dir = await tempDir();
    const relayFolder = join(dir, 'relay');
    const key = newCoalitionKey();
    const sealer = coalitionSealer(key, 'harlow-bend');
    const open = (name: string) => SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: folderRelay(relayFolder), stateFile: join(dir, `${name}.sync.json`) });
    const { ana, ben } = await anaSharesBenJoins(open);
    for (let i = 0; i < 4; i++) {
      await editPerson(ana, i, 'role', `Role by Ana ${i}`);
      await editPerson(ben, i + 1, 'sector', `Sector by Ben ${i}`);
    }
    await editPerson(ana, 2, 'stage', 'declined');
    await editPerson(ben, 2, 'stage', 'core');
    for (const p of [ana, ben, ana]) await p.sync();
    await ana.compact();

    const file = join(dir, 'Ben.sync.json');
    const pristine = join(dir, 'ben-pristine.sync.json');
    await copyFile(file, pristine);
    const old = await readFile(pristine, 'utf8');
    const restore = async () => {
      await copyFile(pristine, file);
      await rm(`${file}.snapshot`, { force: true });
    };
    const args = (stopAt: string) => [relayFolder, file, key.toString('hex'), stopAt];
    const expectLikeAna = async () => {
      const again = await open('Ben');
      expect(mapDocumentSchema.parse(again.map(HEADER))).toEqual(mapDocumentSchema.parse(ana.map(HEADER)));
      expect(again.state.vector()).toEqual(ana.state.vector());
      expect(again.conflicts().map((c) => c.sentence).sort()).toEqual(ana.conflicts().map((c) => c.sentence).sort());
    };

    // The whole run once: the new file, shorter than the old.
    expect((await runUntilKilled(SHORTEN_CHILD, args('none'))).at(-1)).toBe('done');
    const shortened = await readFile(file, 'utf8');
    expect(shortened.length).toBeLessThan(old.length / 2);
    await expectLikeAna();

    // Killed after the base is kept, before the sync file is rewritten: the old file beside the new base.
    await restore();
    expect(await runUntilKilled(SHORTEN_CHILD, args('base-kept'), { atLine: (line) => line === 'step base-kept' })).toContain('step base-kept');
    expect(await readFile(file, 'utf8')).toBe(old);
    await expectLikeAna();

    const next = seededRandom(SEED);
    for (let round = 0; round < ROUNDS; round++) {
      await restore();
      await runUntilKilled(SHORTEN_CHILD, args('none'), { after: 'opened', afterMs: Math.floor(next() * 400) });
      const now = await readFile(file, 'utf8');
      expect([old, shortened]).toContain(now);
      await expectLikeAna();
    }
  });
});
