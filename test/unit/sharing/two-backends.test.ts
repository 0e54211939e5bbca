// Two organizers' backends, each on its own data folder, share one map through a real folder
// relay, through the same channels the window uses: share, join with the invite's words, edits
// saved locally first and then synced, a conflict in words settled by "Keep this one", and the
// sharing settings encrypted at rest once the map has a passphrase.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import { sharingFilePath } from '../../../electron/main/sync/sharing-file';
import type { MapDocument } from '../../../shared/model';
import { canaryHits } from '../sync/helpers/canary-scan';
import { useBackends } from '../backend/use-backends';
import { opened, withRole } from '../sync/helpers/backend-pair';

const backends = useBackends();

/** Lets both sync once (the loop would do the same within seconds). */
async function syncBoth(a: Backend, b: Backend): Promise<void> {
  for (const api of [a, b, a]) await api.syncSharedNow({});
}

async function taken(api: Backend): Promise<MapDocument> {
  const result = await api.takeSharedChanges({});
  if (result === null) throw new Error('no changes to take');
  return result.map;
}

describe('sharing a map between two backends', () => {
  it('shares, joins with the words, converges after concurrent edits, and settles the conflict in words', async () => {
    const relay = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    const ben = await backends.start();
    const start = await opened(ana.api);
    const secret = { ...start.map.stakeholders[0]!, id: 'held-1', name: 'Quentin Marlowe-Secret', confidential: true };
    const withSecret = { ...start.map, stakeholders: [...start.map.stakeholders, secret] };
    await ana.api.saveMap({ map: withSecret });
    const invite = await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    expect(invite.words.split(' ').length).toBeGreaterThan(50);
    await ana.api.syncSharedNow({});

    await opened(ben.api);
    const joined = await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    expect(joined.map.coalition.name).toBe(start.map.coalition.name);
    expect(joined.map.stakeholders.map((s) => s.id)).not.toContain('held-1');
    await syncBoth(ana.api, ben.api);
    expect((await ana.api.sharingStatus({})).members).toEqual(['Ana', 'Ben']);

    const target = start.map.stakeholders[2]!;
    const anaMap = (await ana.api.takeSharedChanges({}))?.map ?? withSecret;
    const anaDirector = withRole(anaMap, target.id, 'Director');
    await ana.api.saveMap({ map: anaDirector });
    await ben.api.saveMap({ map: withRole(joined.map, target.id, 'Chair') });
    await syncBoth(ana.api, ben.api);
    await ben.api.syncSharedNow({});

    for (const api of [ana.api, ben.api]) {
      const status = await api.sharingStatus({});
      expect(status.state).toBe('synced');
      expect(status.conflicts).toHaveLength(1);
      expect(status.conflicts[0]).toMatchObject({ kind: 'two-values', id: target.id, field: 'role', label: target.name, sentence: 'Changed by Ana and Ben' });
      expect(status.conflicts[0]?.values.map((v) => `${v.by}: ${v.text}`).sort()).toEqual(['Ana: Director', 'Ben: Chair']);
    }
    // When Ana's own value is the one every device shows, there is nothing new to send her window.
    const anaTaken = (await ana.api.takeSharedChanges({}))?.map ?? anaDirector;
    const conflict = (await ben.api.sharingStatus({})).conflicts[0]!;
    const keepChair = conflict.values.findIndex((v) => v.text === 'Chair');
    const settled = await ben.api.settleSharedConflict({ table: 'stakeholders', id: target.id, field: 'role', keep: keepChair });
    expect(settled.map.stakeholders.find((s) => s.id === target.id)?.role).toBe('Chair');
    await syncBoth(ben.api, ana.api);
    const anaFinal = (await ana.api.takeSharedChanges({}))?.map ?? anaTaken;
    expect(anaFinal.stakeholders.find((s) => s.id === target.id)?.role).toBe('Chair');
    expect((await ana.api.sharingStatus({})).conflicts).toEqual([]);
    // Ana still has her confidential person; Ben, the relay and Ben's sync files never saw them.
    expect(anaFinal.stakeholders.map((s) => s.id)).toContain('held-1');
    const benFinal = await ben.api.startSession({});
    expect(JSON.stringify(benFinal)).not.toContain('Quentin');
    expect(await canaryHits(relay, ['Quentin Marlowe-Secret', start.map.stakeholders[1]!.name])).toEqual([]);
    expect(await canaryHits(ben.dataDir, ['Quentin Marlowe-Secret'])).toEqual([]);
  });

  it('a person removed by one organizer while the other edited them is flagged for a decision in both, and kept when one decides so', async () => {
    const relay = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    const ben = await backends.start();
    const start = await opened(ana.api);
    const invite = await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    await ana.api.syncSharedNow({});
    await opened(ben.api);
    const joined = await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    await syncBoth(ana.api, ben.api);
    const x = start.map.stakeholders[4]!;
    const anaMap = (await ana.api.takeSharedChanges({}))?.map ?? start.map;
    await ana.api.saveMap({ map: { ...anaMap, stakeholders: anaMap.stakeholders.filter((s) => s.id !== x.id), ties: anaMap.ties.filter((t) => t.source !== x.id && t.target !== x.id) } });
    await ben.api.saveMap({ map: withRole(joined.map, x.id, 'Still here') });
    await syncBoth(ana.api, ben.api);
    for (const api of [ana.api, ben.api]) {
      const flagged = (await api.sharingStatus({})).conflicts;
      expect(flagged).toEqual([expect.objectContaining({ kind: 'removed-while-edited', id: x.id, label: x.name, sentence: `Ana removed ${x.name} while it was being edited: keep or remove?` })]);
    }
    const kept = await ben.api.settleSharedConflict({ table: 'stakeholders', id: x.id, keepRecord: true });
    expect(kept.map.stakeholders.find((s) => s.id === x.id)?.role).toBe('Still here');
    await syncBoth(ben.api, ana.api);
    const anaFinal = await taken(ana.api);
    expect(anaFinal.stakeholders.find((s) => s.id === x.id)?.role).toBe('Still here');
    expect((await ana.api.sharingStatus({})).conflicts).toEqual([]);
    // The ties the removal took with it come back with the person.
    const tiesOf = (map: MapDocument) => map.ties.filter((t) => t.source === x.id || t.target === x.id).map((t) => t.id).sort();
    expect(tiesOf(joined.map).length).toBeGreaterThan(0);
    expect(tiesOf(anaFinal)).toEqual(tiesOf(joined.map));
  });

  it('a join that cannot reach the relay says why and creates nothing; the sharing settings are encrypted with the map', async () => {
    const ana = await backends.start();
    const start = await opened(ana.api);
    const relay = join(await backends.tempDir(), 'relay');
    await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    await ana.api.setPassphrase({ current: null, next: 'a long passphrase for the test' });
    await ana.api.syncSharedNow({});
    const settings = await readFile(sharingFilePath(start.file.path), 'utf8');
    expect(settings.includes('coalitionId')).toBe(false);
    const missingRelay = await backends.start();
    const result = missingRelay.api.joinSharedMap({ invite: (await ana.api.inviteOrganizer({ name: 'Cleo' })).words, relay: 'http://127.0.0.1:9/coalition-x' });
    await expect(result).rejects.toThrow(/Could not reach the relay at http:\/\/127\.0\.0\.1:9\/coalition-x: The relay cannot be reached.*Nothing was created/);
    expect(await readdir(join(missingRelay.dataDir, 'maps'))).toEqual([]);
    expect(start.map.stakeholders.length).toBeGreaterThan(0);
  });
});
