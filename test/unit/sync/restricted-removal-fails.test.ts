// "Remove from this record…" fails closed: when the new record cannot reach its new database (here
// the relay refuses every change sent there, after the new record was written on this computer),
// the record stays on its old key with nothing lost. Ana's settings are not touched, no sync file of
// a new record is left behind, the old database gets no "rekey" note, nothing stays in the new one,
// and Ana and Ben keep syncing the record under its old key. The removal is refused in words when a
// member who stays has published no box key the coalition's member list vouches for.
import { access, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderRelay, type Relay } from '../../../electron/main/sync/folder-relay';
import { RestrictedSet } from '../../../electron/main/sync/restricted-set';
import { peerForMap, readSharingFile, relayFor, type RelaySettings } from '../../../electron/main/sync/sharing-file';
import { memberView, rosterOf } from '../../../electron/main/sync/signing-roster';
import { useBackends } from '../backend/use-backends';
import { current, startTrio, SURVIVOR, syncAll } from './helpers/restricted-trio';

const backends = useBackends();
const exists = (path: string) => access(path).then(() => true, () => false);

describe('a removal from a restricted record that cannot finish', () => {
  it('leaves the record on its old key, nothing lost, and says why in words', async () => {
    const { ana, ben, record } = await startTrio(backends);
    await syncAll(ana.api, ben.api);
    const anaPath = ana.opened.file.path;
    const settings = await readSharingFile(anaPath, null);
    const entry = settings.restricted![0]!;
    if (entry.relay.kind !== 'folder') throw new Error('a folder relay was expected');
    const oldFolder = entry.relay.path;
    const benId = (await readSharingFile(ben.opened.file.path, null)).actor;
    const main = await peerForMap(anaPath, settings);
    const roster = rosterOf(memberView(main.state), settings.coalitionId);
    // The relay takes changes for the old database only; the new one refuses them.
    const refusing = (s: RelaySettings): Relay => (s.kind === 'folder' && s.path === oldFolder ? relayFor(s) : { ...folderRelay(s.kind === 'folder' ? s.path : ''), push: () => Promise.reject(new Error('the relay refused the new record’s changes')) });
    const set = await RestrictedSet.open(anaPath, settings, refusing);
    const old = set.byId(record)!;
    const saved: unknown[] = [];
    const hooks = { roster, persist: async (update: (s: typeof settings) => typeof settings) => void saved.push(update(settings)) };

    await expect(set.moves.removeMember(old, benId, hooks, async () => undefined)).rejects.toThrow(/refused the new record’s changes/);
    expect(saved).toEqual([]);
    expect(set.byId(record)).toBe(old);
    expect(await readSharingFile(anaPath, null)).toEqual(settings);
    const syncFiles = (await readdir(dirname(anaPath))).filter((n) => n.includes('.restricted-'));
    expect(syncFiles).toEqual([`${anaPath.split('/').pop()!}.restricted-${record}.sync.json`]);
    expect(await exists(join(oldFolder, 'note-rekey.note'))).toBe(false);
    const siblings = (await readdir(dirname(oldFolder))).filter((n) => n.startsWith('restricted-') && join(dirname(oldFolder), n) !== oldFolder);
    for (const folder of siblings) expect((await readdir(join(dirname(oldFolder), folder))).filter((n) => n.endsWith('.sealed'))).toEqual([]);

    // The record goes on under its old key: Ana's edit reaches Ben.
    const map = await current(ana);
    await ana.api.saveMap({ map: { ...map, stakeholders: map.stakeholders.map((s) => (s.id === SURVIVOR.id ? { ...s, notes: 'still-on-old-key' } : s)) } });
    await syncAll(ana.api, ben.api);
    expect((await current(ben)).stakeholders.find((s) => s.id === SURVIVOR.id)?.notes).toBe('still-on-old-key');
    expect((await readSharingFile(ben.opened.file.path, null)).restricted?.[0]?.id).toBe(record);
    expect(JSON.parse(await readFile(`${anaPath}.sharing`, 'utf8')).restricted[0].key).toBe(entry.key);
  });

  it('is refused in words when a member who stays has no box key the member list vouches for', async () => {
    const { ana, ben, carol, record } = await startTrio(backends);
    await syncAll(ana.api, ben.api);
    const anaPath = ana.opened.file.path;
    const settings = await readSharingFile(anaPath, null);
    const carolId = (await readSharingFile(carol.opened.file.path, null)).actor;
    const set = await RestrictedSet.open(anaPath, settings);
    // An empty member list: no key Ben published can be checked against it.
    const hooks = { roster: new Map<string, string>(), persist: async () => undefined };
    await expect(set.moves.removeMember(set.byId(record)!, carolId, hooks, async () => undefined)).rejects.toThrow(/Ben’s app has not yet given this record a key .* Nothing was changed\./);
    expect(await readSharingFile(anaPath, null)).toEqual(settings);
  });
});
