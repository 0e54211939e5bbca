// Removing an organizer and starting a clean copy through the channels the window uses, three
// backends on their own data folders and a real pouchdb-server on 127.0.0.1. Ana removes Carol:
// the map moves to a new key and database, the old database is deleted and holds only the "moved"
// note; Ben's status says the map moved, Carol's that she was removed; Ben follows with his
// handover invite (his offline edit carried over) and keeps syncing with Ana; Carol's key opens
// nothing in the new database and her app never learns where it is. Then a clean copy after a
// person was deleted: no byte of the new database names them. Checks 10 and 12 in the window's path.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/main/backend';
import { movingSyncPath } from '../../../electron/main/backend/sharing-copy';
import { coalitionSealer, SyncRefusal } from '../../../electron/main/sync/seal';
import { readSharingFile, syncFilePath } from '../../../electron/main/sync/sharing-file';
import type { OpenedMap } from '../../../shared/ipc';
import { inviteFromWords } from '../../../shared/sharing/invite';
import { ScriptedDialogs } from '../backend/scripted-dialogs';
import { useBackends } from '../backend/use-backends';
import { canaryHits } from '../sync/helpers/canary-scan';
import { startRelayServer, type RelayServer } from '../sync/helpers/pouchdb-server';
import { opened, withRole } from '../sync/helpers/backend-pair';

const backends = useBackends();
const servers: RelayServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function relay(): Promise<RelayServer> {
  const server = await startRelayServer(await backends.tempDir());
  servers.push(server);
  return server;
}

async function docsOf(url: string): Promise<{ id: string; ct: string }[]> {
  const body = (await (await fetch(`${url}/_all_docs?include_docs=true`)).json()) as { rows: { doc: { _id: string; ct: string } }[] };
  return body.rows.map((r) => ({ id: r.doc._id, ct: r.doc.ct }));
}

/** Ana shares her sample map at the relay; each other organizer joins with their own invite. */
async function sharedBy(server: RelayServer, names: readonly string[]) {
  const ana = await backends.start();
  const start = await opened(ana.api);
  const first = await ana.api.shareMap({ yourName: 'Ana', relay: server.url, inviteName: names[0]! });
  await ana.api.syncSharedNow({});
  const others: { name: string; backend: Awaited<ReturnType<typeof backends.start>>; joined: OpenedMap }[] = [];
  for (const name of names) {
    const backend = await backends.start();
    await opened(backend.api);
    const invite = name === names[0] ? first : await ana.api.inviteOrganizer({ name });
    others.push({ name, backend, joined: await backend.api.joinSharedMap({ invite: invite.words, relay: invite.relay }) });
  }
  await ana.api.syncSharedNow({});
  return { ana, start, oldAddress: first.relay, invite: first, others };
}

async function actions(dataDir: string): Promise<string[]> {
  const text = await readFile(`${dataDir}/audit.log`, 'utf8');
  return text.trim().split('\n').map((line) => (JSON.parse(line) as { action: string }).action);
}

describe('removing an organizer in the window', () => {
  it('moves Ana and Ben to a new key and database; Ben follows with his handover invite; Carol is shut out', { timeout: 120_000 }, async () => {
    const server = await relay();
    const { ana, start, oldAddress, invite, others } = await sharedBy(server, ['Ben', 'Carol']);
    const [ben, carol] = others;
    if (ben === undefined || carol === undefined) throw new Error('two organizers joined');
    const status = await ana.api.sharingStatus({});
    expect(status.organizers?.map((o) => o.name)).toEqual(['Ana', 'Ben', 'Carol']);
    const carolId = status.organizers?.find((o) => o.name === 'Carol')?.id ?? '';

    // Ben edits before he learns of the move: the edit must reach the new copy with him.
    const target = start.map.stakeholders[2]!;
    await ben.backend.api.saveMap({ map: withRole(ben.joined.map, target.id, 'Edited by Ben before the move') });
    const move = await ana.api.removeSharedMember({ member: carolId });
    expect(move.warnings).toEqual([]);
    expect(move.invites.map((i) => i.name)).toEqual(['Ben']);
    expect(move.relay).not.toBe(oldAddress);
    expect(move.relay).toMatch(/\/coalition-[0-9a-f]{32}$/);

    // The old database holds only the moved note, which names no key and no address.
    const oldDocs = await docsOf(oldAddress);
    expect(oldDocs.map((d) => d.id)).toEqual(['note-moved']);
    const oldSealer = coalitionSealer(inviteFromWords(invite.words).key, inviteFromWords(invite.words).coalitionId);
    const newKey = inviteFromWords(move.invites[0]!.words).key;
    const noteBytes = Buffer.from(oldDocs[0]!.ct, 'base64');
    expect(noteBytes.includes(Buffer.from(newKey))).toBe(false);

    // Carol edits before her app learns of the move: nothing more may be sent to the old database.
    await carol.backend.api.saveMap({ map: withRole(carol.joined.map, target.id, 'Written by Carol after her removal') });
    for (const api of [ben.backend.api, carol.backend.api]) await api.syncSharedNow({});
    expect((await docsOf(oldAddress)).map((d) => d.id)).toEqual(['note-moved']);
    expect((await ben.backend.api.sharingStatus({})).state).toBe('moved');
    expect((await ben.backend.api.sharingStatus({})).moved?.by).toBe('Ana');
    expect((await carol.backend.api.sharingStatus({})).state).toBe('removed');

    // Ben edits while his copy says it moved: kept on his computer, sent to nobody yet.
    const whileMoved = start.map.stakeholders[4]!;
    const benNow = (await ben.backend.api.takeSharedChanges({}))?.map ?? withRole(ben.joined.map, target.id, 'Edited by Ben before the move');
    await ben.backend.api.saveMap({ map: withRole(benNow, whileMoved.id, 'Edited by Ben while moved') });
    await ben.backend.api.syncSharedNow({});
    expect((await docsOf(oldAddress)).map((d) => d.id)).toEqual(['note-moved']);

    // Ben follows; his edits made before the move and while moved are carried over; both keep syncing.
    const followed = await ben.backend.api.followSharedMap({ invite: move.invites[0]!.words });
    expect(followed.relay).toBe(move.relay);
    expect([...followed.members].sort()).toEqual(['Ana', 'Ben']);
    await ana.api.syncSharedNow({});
    const anaMap = (await ana.api.takeSharedChanges({}))?.map;
    expect(anaMap?.stakeholders.find((s) => s.id === target.id)?.role).toBe('Edited by Ben before the move');
    expect(anaMap?.stakeholders.find((s) => s.id === whileMoved.id)?.role).toBe('Edited by Ben while moved');
    await ana.api.saveMap({ map: withRole(anaMap!, start.map.stakeholders[3]!.id, 'Written after the move') });
    for (const api of [ana.api, ben.backend.api, ana.api, ben.backend.api]) await api.syncSharedNow({});
    const benMap = (await ben.backend.api.takeSharedChanges({}))?.map;
    expect(benMap?.stakeholders.find((s) => s.id === start.map.stakeholders[3]!.id)?.role).toBe('Written after the move');
    expect((await ben.backend.api.sharingStatus({})).state).toBe('synced');

    // Carol's old key opens nothing written in the new database, and her app still says she was removed.
    const newDocs = await docsOf(move.relay);
    expect(newDocs.length).toBeGreaterThan(0);
    for (const doc of newDocs.filter((d) => /^[0-9a-f]{32}$/.test(d.id))) expect(() => oldSealer.open(doc)).toThrow(SyncRefusal);
    await carol.backend.api.syncSharedNow({});
    expect((await carol.backend.api.sharingStatus({})).state).toBe('removed');
    expect((await readSharingFile(carol.joined.file.path, null)).relay).toMatchObject({ url: oldAddress });

    // A handover invite is refused on a map it does not continue, and the same invite twice is refused too.
    await expect(carol.backend.api.followSharedMap({ invite: invite.words })).rejects.toThrow(/already have/);

    // The audit logs: each event once, and no name, address or id in any of them.
    expect(await actions(ana.dataDir)).toEqual(['sync-share', 'sync-member-removed']);
    expect(await actions(ben.backend.dataDir)).toEqual(['sync-join', 'sync-followed']);
    expect(await actions(carol.backend.dataDir)).toEqual(['sync-join']);
    const canaries = ['Ana', 'Ben', 'Carol', target.name, carolId, server.url, inviteFromWords(invite.words).coalitionId];
    for (const dir of [ana.dataDir, ben.backend.dataDir, carol.backend.dataDir]) {
      expect(await canaryHits(dir, canaries).then((hits) => hits.filter((h) => h.includes('audit.')))).toEqual([]);
    }
  });

  it('a move that cannot reach the relay says so and changes nothing: the map stays shared as it was', { timeout: 60_000 }, async () => {
    const server = await relay();
    const { ana, start, invite } = await sharedBy(server, ['Ben']);
    const before = await readSharingFile(start.file.path, null);
    servers.splice(servers.indexOf(server), 1);
    await server.stop();
    await expect(ana.api.startSharedCleanCopy({})).rejects.toThrow(/^The new copy could not be set up at http:\/\/127\.0\.0\.1:\d+\/coalition-[0-9a-f]{32}: The relay cannot be reached.*Nothing was changed\.$/);
    expect(await readSharingFile(start.file.path, null)).toEqual(before);
    expect(before.coalitionId).toBe(inviteFromWords(invite.words).coalitionId);
    expect(await actions(ana.dataDir)).toEqual(['sync-share']);
  });

  it('a clean copy after a person was deleted leaves them in no byte of the new database, and Ben follows', { timeout: 120_000 }, async () => {
    const server = await relay();
    const { ana, start, oldAddress, others } = await sharedBy(server, ['Ben']);
    const ben = others[0]!;
    const gone = start.map.stakeholders[5]!;
    await ana.api.saveMap({ map: { ...start.map, stakeholders: start.map.stakeholders.filter((s) => s.id !== gone.id), ties: start.map.ties.filter((t) => t.source !== gone.id && t.target !== gone.id) } });
    await ana.api.syncSharedNow({});
    // The positive control: the old history, opened with the key, still names the deleted person.
    const oldKey = inviteFromWords((await ana.api.inviteOrganizer({ name: 'Check' })).words);
    const oldSealer = coalitionSealer(oldKey.key, oldKey.coalitionId);
    expect(JSON.stringify((await docsOf(oldAddress)).map((d) => oldSealer.open(d)))).toContain(gone.name);

    const move = await ana.api.startSharedCleanCopy({});
    expect(move.invites.map((i) => i.name)).toEqual(['Ben']);
    await ben.backend.api.syncSharedNow({});
    expect((await ben.backend.api.sharingStatus({})).state).toBe('moved');
    await ben.backend.api.followSharedMap({ invite: move.invites[0]!.words });
    await ana.api.syncSharedNow({});

    const fresh = inviteFromWords(move.invites[0]!.words);
    const newSealer = coalitionSealer(fresh.key, fresh.coalitionId);
    const opened_ = JSON.stringify((await docsOf(move.relay)).filter((d) => /^[0-9a-f]{32}$/.test(d.id)).map((d) => newSealer.open(d)));
    expect(opened_).toContain(start.map.stakeholders[1]!.name);
    expect(opened_).not.toContain(gone.name);
    expect(await canaryHits(server.dataDir, [gone.name])).toEqual([]);
    expect((await docsOf(oldAddress)).map((d) => d.id)).toEqual(['note-moved']);
    expect(await actions(ana.dataDir)).toEqual(['sync-share', 'sync-clean-copy']);
    expect([...(await ben.backend.api.sharingStatus({})).members].sort()).toEqual(['Ana', 'Ben']);
  });

  it('on a shared folder too: the new copy is a sibling folder, the old one keeps only the moved note, Ben follows', { timeout: 60_000 }, async () => {
    const root = join(await backends.tempDir(), 'shared-drive');
    const ana = await backends.start();
    await opened(ana.api);
    const invite = await ana.api.shareMap({ yourName: 'Ana', relay: root, inviteName: 'Ben' });
    await ana.api.syncSharedNow({});
    const ben = await backends.start();
    await opened(ben.api);
    await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    await ana.api.syncSharedNow({});
    expect((await readdir(invite.relay)).filter((f) => f.endsWith('.sealed')).length).toBeGreaterThan(0);

    const move = await ana.api.startSharedCleanCopy({});
    expect(move.warnings).toEqual([]);
    expect(dirname(move.relay)).toBe(root);
    expect(basename(move.relay)).toMatch(/^coalition-[0-9a-f]{32}$/);
    expect(await readdir(invite.relay)).toEqual(['note-moved.note']);
    await ben.api.syncSharedNow({});
    expect((await ben.api.sharingStatus({})).state).toBe('moved');
    const followed = await ben.api.followSharedMap({ invite: move.invites[0]!.words });
    expect(followed.relay).toBe(move.relay);
    await ben.api.syncSharedNow({});
    await ana.api.syncSharedNow({});
    expect((await ana.api.sharingStatus({})).members.length).toBe(2);
    expect((await readdir(move.relay)).sort()).toEqual(expect.arrayContaining(['note-handover.note']));
  });

  it('a move cut short between writing its settings and its sync file is finished when the map opens again', { timeout: 60_000 }, async () => {
    const root = join(await backends.tempDir(), 'shared-drive');
    const ana = await backends.start();
    const start = await opened(ana.api);
    await ana.api.shareMap({ yourName: 'Ana', relay: root, inviteName: 'Ben' });
    await ana.api.syncSharedNow({});
    const oldSyncFile = await readFile(syncFilePath(start.file.path));
    const move = await ana.api.startSharedCleanCopy({});
    await ana.api.close();
    // The crash: the new settings are written, the new sync file still apart, the old one in place.
    const apart = `${movingSyncPath(start.file.path)}.kept`;
    await rename(syncFilePath(start.file.path), apart);
    await writeFile(syncFilePath(start.file.path), oldSyncFile);
    const reopen = async () => {
      const api = await createBackend({ dataDir: ana.dataDir, dialogs: new ScriptedDialogs() });
      await opened(api);
      const status = await api.sharingStatus({});
      await api.close();
      return status;
    };
    // Without the new file apart there is nothing to finish: the old file is refused, and said so.
    expect(await reopen()).toMatchObject({ state: 'not-shared', reason: expect.stringMatching(/refused/) });
    await rename(apart, movingSyncPath(start.file.path));
    expect(await reopen()).toMatchObject({ reason: null, relay: move.relay, members: ['Ana'] });
    expect(await readdir(dirname(start.file.path))).not.toContain(basename(movingSyncPath(start.file.path)));
  });
});
