// "Remove a member" through the window's channels on a real folder relay, in a signed map: the new
// copy is signed too. Its coalition id is anchored anew at the key Ana already signs with; Ben's
// handover invite carries an invitation (words form version 2) and following admits him under his
// own existing key; every change and the handover note in the new database are signed; Ben's edits
// reach Ana; and a change forged under Ana's name by someone holding the new coalition key
// (unsigned, or signed with a key of their own) is refused in the new copy, Ben's map unchanged.
// A handover note forged with the new key is not followed; a map shared before signing (settings
// without keys, unsigned changes) becomes signed at its first move.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/main/backend';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { writeNote } from '../../../electron/main/sync/relay-note';
import { peerForMap, readSharingFile, writeSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { documentMessage, fingerprint, newSigningKeys, signText, splitCt } from '../../../electron/main/sync/signing';
import { inviteFromWords } from '../../../shared/sharing/invite';
import { ScriptedDialogs } from '../backend/scripted-dialogs';
import { useBackends } from '../backend/use-backends';
import { current, opened, sharedByAna, syncAll, withRole } from '../sync/helpers/backend-pair';

const backends = useBackends();

describe('a signed map moved in the window', () => {
  it('the new copy is anchored at the mover, admits the organizer who stays and refuses a forged change', { timeout: 120_000 }, async () => {
    const { ana, start, anaMap, invite } = await sharedByAna(backends, (m) => m);
    const joinWith = async (words: string, relay: string) => {
      const backend = await backends.start();
      await opened(backend.api);
      return { backend, joined: await backend.api.joinSharedMap({ invite: words, relay }) };
    };
    const ben = await joinWith(invite.words, invite.relay);
    const carolInvite = await ana.api.inviteOrganizer({ name: 'Carol' });
    const carol = await joinWith(carolInvite.words, carolInvite.relay);
    await syncAll(ana.api, ben.backend.api, carol.backend.api);
    const anaBefore = (await readSharingFile(start.file.path, null)).signing;
    const benBefore = (await readSharingFile(ben.joined.file.path, null)).signing;
    const carolId = (await carol.backend.api.sharingStatus({})).youId ?? '';
    const anaId = (await ana.api.sharingStatus({})).youId ?? '';

    const move = await ana.api.removeSharedMember({ member: carolId });
    expect(move.invites.map((i) => i.name)).toEqual(['Ben']);
    const handover = inviteFromWords(move.invites[0]!.words);
    expect(handover.invitation?.length).toBe(16);
    const anaAfter = await readSharingFile(start.file.path, null);
    expect(anaAfter.coalitionId).toBe(handover.coalitionId);
    expect(anaAfter.signing?.publicKey).toBe(anaBefore?.publicKey);
    expect(fingerprint(anaAfter.signing?.publicKey ?? '', anaAfter.signing?.anchor ?? '')).toBe(handover.coalitionId);

    await ben.backend.api.syncSharedNow({});
    expect((await ben.backend.api.sharingStatus({})).state).toBe('moved');
    await ben.backend.api.followSharedMap({ invite: move.invites[0]!.words });
    const benAfter = (await readSharingFile(ben.joined.file.path, null)).signing;
    expect(benAfter?.publicKey).toBe(benBefore?.publicKey);
    expect(Buffer.from(benAfter?.invitation ?? '', 'base64')).toEqual(Buffer.from(handover.invitation ?? []));

    const target = start.map.stakeholders[1]!;
    await ben.backend.api.saveMap({ map: withRole(await current(ben.backend.api, ben.joined.map), target.id, 'Chair, after the move') });
    await syncAll(ben.backend.api, ana.api);
    expect((await current(ana.api, anaMap)).stakeholders.find((s) => s.id === target.id)?.role).toBe('Chair, after the move');
    expect((await ana.api.sharingStatus({})).refused).toBe(0);
    expect([...(await ana.api.sharingStatus({})).members].sort()).toEqual(['Ana', 'Ben']);

    const files = await readdir(move.relay);
    const sealed = files.filter((f) => f.endsWith('.sealed'));
    expect(sealed.length).toBeGreaterThan(0);
    for (const f of sealed) expect(await readFile(join(move.relay, f), 'utf8')).toContain('.');
    expect(splitCt(await readFile(join(move.relay, 'note-handover.note'), 'utf8')).signer).toBe(anaBefore?.publicKey);

    // Whoever holds the handover words holds the new coalition key: a change under Ana's name.
    const sealer = coalitionSealer(handover.key, handover.coalitionId);
    let refused = 0;
    for (const signer of [undefined, newSigningKeys()]) {
      const forged = sealer.seal({ actor: anaId, seq: 90 + refused, clock: 900 + refused, deps: {}, at: new Date().toISOString(), ops: [{ table: 'stakeholders', id: target.id, field: 'role', value: 'Forged' }], format: 1 });
      const ct = signer === undefined ? forged.ct : `${forged.ct}.${signText(signer.privateKey, documentMessage(handover.coalitionId, forged.id, 'change', forged.ct))}`;
      await writeFile(join(move.relay, `${forged.id}.sealed`), ct);
      await ben.backend.api.syncSharedNow({});
      refused += 1;
      expect((await ben.backend.api.sharingStatus({})).refused).toBe(refused);
      expect((await ben.backend.api.takeSharedChanges({}))?.map.stakeholders.find((s) => s.id === target.id)?.role ?? 'Chair, after the move').toBe('Chair, after the move');
    }
  });

  it('a handover note forged by a holder of the new key is not followed; the mover\'s signed one is', { timeout: 60_000 }, async () => {
    const { ana, invite } = await sharedByAna(backends, (m) => m);
    const ben = await backends.start();
    await opened(ben.api);
    const joined = await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    await syncAll(ana.api, ben.api);
    const move = await ana.api.startSharedCleanCopy({});
    const handover = inviteFromWords(move.invites[0]!.words);
    const file = join(move.relay, 'note-handover.note');
    const genuine = await readFile(file, 'utf8');
    const note = { previous: inviteFromWords(invite.words).coalitionId, basis: {}, erase: [] };
    for (const signer of [undefined, newSigningKeys()]) {
      await writeNote({ kind: 'folder', path: move.relay }, 'handover', note, { key: handover.key, coalitionId: handover.coalitionId, ...(signer === undefined ? {} : { signer }) });
      await expect(ben.api.followSharedMap({ invite: move.invites[0]!.words })).rejects.toThrow(/not signed by one of its members.*Nothing was changed/);
      expect((await readSharingFile(joined.file.path, null)).coalitionId).toBe(note.previous);
    }
    await writeFile(file, genuine);
    expect((await ben.api.followSharedMap({ invite: move.invites[0]!.words })).relay).toBe(move.relay);
  });

  it('a map shared before signing becomes signed at its first move, anchored at a new key of the mover', { timeout: 60_000 }, async () => {
    // Ana's map shared as an app from before signing did: settings without keys, unsigned changes, Ben joined.
    const ana = await backends.start();
    const start = await opened(ana.api);
    await ana.api.close();
    const coalitionId = randomBytes(16).toString('hex');
    const relay = join(await backends.tempDir(), 'drive', `coalition-${coalitionId}`);
    const key = newCoalitionKey();
    const settings: SharingSettings = { coalitionId, actor: 'actor-ana-0001', name: 'Ana', key: key.toString('base64'), relay: { kind: 'folder', path: relay } };
    await writeSharingFile(start.file.path, settings, null);
    const anaPeer = await peerForMap(start.file.path, settings);
    await anaPeer.share(start.map);
    const ben = await SyncPeer.open({ actor: 'actor-ben-0001', name: 'Ben', sealer: coalitionSealer(key, coalitionId), relay: folderRelay(relay), stateFile: join(await backends.tempDir(), 'ben.sync.json') });
    await ben.join();
    const before = await readdir(relay);
    expect(await Promise.all(before.map((f) => readFile(join(relay, f), 'utf8')))).not.toContainEqual(expect.stringContaining('.'));

    const api = await createBackend({ dataDir: ana.dataDir, dialogs: new ScriptedDialogs() });
    try {
      await opened(api);
      await api.syncSharedNow({});
      const move = await api.startSharedCleanCopy({});
      expect(move.invites.map((i) => i.name)).toEqual(['Ben']);
      const handover = inviteFromWords(move.invites[0]!.words);
      expect(handover.invitation?.length).toBe(16);
      const after = await readSharingFile(start.file.path, null);
      expect(after.coalitionId).toBe(handover.coalitionId);
      expect(fingerprint(after.signing?.publicKey ?? '', after.signing?.anchor ?? '')).toBe(handover.coalitionId);
      const sealed = (await readdir(move.relay)).filter((f) => f.endsWith('.sealed'));
      expect(sealed.length).toBeGreaterThan(0);
      for (const f of sealed) expect(await readFile(join(move.relay, f), 'utf8')).toContain('.');
    } finally {
      await api.close();
    }
  });
});
