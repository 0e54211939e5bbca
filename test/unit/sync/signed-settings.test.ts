// A signed map's settings on disk (sharing-file.ts): each organizer's private signing key is kept
// in the `.sharing` file under the map's passphrase, like the coalition key, never in plain; two
// organizers opened from their settings files (as the command line and the window open them) share, join through an invite and converge, and a
// settings file that says neither how its holder entered the member list is refused with its field.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import type { MapLike } from '../../../shared/sync/map-ops';
import { openPeer } from '../../../electron/main/backend/sharing-copy';
import { createPassphraseCodec } from '../../../electron/main/crypto';
import { newCoalitionKey } from '../../../electron/main/sync/seal';
import { peerForMap, readSharingFile, sharingFilePath, writeSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import { anchoredCoalition, newSigningKeys } from '../../../electron/main/sync/signing';
import { newInvitation } from '../../../electron/main/sync/signing-peer';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';

const tempDir = useTempDirs();

describe('signing keys in the sharing settings', () => {
  it('stay encrypted with the coalition key; two organizers opened from their settings share, join and converge', async () => {
    const dir = await tempDir();
    const relay = { kind: 'folder' as const, path: join(dir, 'relay') };
    const codec = await createPassphraseCodec('harbour kettle violet');
    const anaKeys = newSigningKeys();
    const { coalitionId, salt } = anchoredCoalition(anaKeys.publicKey);
    const key = newCoalitionKey().toString('base64');
    const anaMap = join(dir, 'ana.cmap');
    const ana: SharingSettings = { coalitionId, actor: 'org-ana-0001', name: 'Ana', key, relay, signing: { ...anaKeys, anchor: salt } };
    await writeSharingFile(anaMap, ana, codec);
    const stored = await readFile(sharingFilePath(anaMap));
    for (const secret of [anaKeys.privateKey, Buffer.from(anaKeys.privateKey, 'base64').toString('hex'), key]) expect(stored.toString('latin1')).not.toContain(secret);
    expect(await readSharingFile(anaMap, codec)).toEqual(ana);

    const anaPeer = await peerForMap(anaMap, ana);
    await anaPeer.share(sampleCoalition({ now: '2026-12-04T10:00:00.000Z' }));
    const { secret, op } = newInvitation({ keys: anaKeys, coalitionId }, ana.actor);
    await anaPeer.write([op]);
    await anaPeer.sync();

    const benMap = join(dir, 'ben.cmap');
    const ben: SharingSettings = { coalitionId, actor: 'org-ben-0001', name: 'Ben', key, relay, signing: { ...newSigningKeys(), invitation: secret.toString('base64') } };
    await writeSharingFile(benMap, ben, codec);
    // Ben's side opened the way the window opens it (backend/sharing-copy.ts), Ana's the way the command line does.
    const benPeer = await openPeer(benMap, await readSharingFile(benMap, codec));
    expect((await benPeer.join()).refused).toEqual([]);
    const start: MapLike = benPeer.map(HEADER);
    const edited = { ...start, stakeholders: (start.stakeholders as Stakeholder[]).map((s, i) => (i === 0 ? { ...s, role: 'Chair' } : s)) };
    await benPeer.record(start, edited);
    await benPeer.sync();
    expect((await anaPeer.sync()).refused).toEqual([]);
    expect(anaPeer.map(HEADER)).toEqual(benPeer.map(HEADER));
    expect(anaPeer.members().sort()).toEqual(['Ana', 'Ben']);
  });

  it('a signing entry that is neither the anchor nor invited is refused, naming the field', async () => {
    const dir = await tempDir();
    const mapPath = join(dir, 'x.cmap');
    const settings: SharingSettings = { coalitionId: 'd'.repeat(32), actor: 'org-ana-0001', name: 'Ana', key: newCoalitionKey().toString('base64'), relay: { kind: 'folder', path: join(dir, 'relay') }, signing: { ...newSigningKeys(), anchor: 'e'.repeat(32) } };
    await writeSharingFile(mapPath, settings, null);
    const value = JSON.parse(await readFile(sharingFilePath(mapPath), 'utf8')) as { signing: Record<string, unknown> };
    value.signing.invitation = randomBytes(16).toString('base64');
    await writeFile(sharingFilePath(mapPath), JSON.stringify(value));
    await expect(readSharingFile(mapPath, null)).rejects.toThrow(/x\.cmap\.sharing: signing: a signing organizer is either the anchor or invited/);
  });
});
