// The window's patch saves reach the sync as patches: an edit of a shared map is recorded from the
// patch (work that follows the edit, not the 20,000-person map), arrives at the other organizer
// like any edit, hides someone made confidential by a patch, and a save sent in parts, whose last
// patch is not the whole edit, is still recorded by comparing the whole map.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { updateStakeholder } from '../../../shared/edits';
import { parseChannelArgs } from '../../../shared/ipc';
import { diffMaps } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import { useBackends } from '../backend/use-backends';
import { opened } from '../sync/helpers/backend-pair';

const backends = useBackends();
const NOW = '2026-12-04T10:00:00.000Z';

/** The patch save the window sends, through the channel's own validation, as over IPC. */
async function savePatch(api: Backend, before: MapDocument, after: MapDocument, baseRevision: number): Promise<number> {
  const args = parseChannelArgs('saveMapPatch', JSON.parse(JSON.stringify({ baseRevision, patch: diffMaps(before, after) })), 0);
  return (await api.saveMapPatch(args)).revision!;
}

async function othersMap(api: Backend): Promise<MapDocument> {
  for (const _ of [1, 2]) await api.syncSharedNow({});
  const taken = await api.takeSharedChanges({});
  if (taken === null) throw new Error('nothing arrived');
  return taken.map;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('patch saves of a shared map', () => {
  it('are recorded from the patch, reach the other organizer, and hide someone made confidential', async () => {
    const relay = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    const ben = await backends.start();
    const start = (await opened(ana.api)).map;
    await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    const invite = await ana.api.inviteOrganizer({ name: 'Ben' });
    await ana.api.syncSharedNow({});
    await opened(ben.api);
    await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    let revision = (await ana.api.saveMap({ map: start })).revision!;
    const byPatch = vi.spyOn(SyncPeer.prototype, 'recordPatch');
    const byWholeMap = vi.spyOn(SyncPeer.prototype, 'record');
    const [, , edited, hidden] = start.stakeholders;
    const renamed = updateStakeholder(start, edited!.id, { role: 'Chair of the board' }, { now: NOW });
    revision = await savePatch(ana.api, start, renamed, revision);
    const secret = updateStakeholder(renamed, hidden!.id, { confidential: true }, { now: NOW });
    revision = await savePatch(ana.api, renamed, secret, revision);
    await ana.api.syncSharedNow({});
    expect(byPatch).toHaveBeenCalledTimes(2);
    expect(byWholeMap).not.toHaveBeenCalled();

    const benMap = await othersMap(ben.api);
    expect(benMap.stakeholders.find((s) => s.id === edited!.id)?.role).toBe('Chair of the board');
    expect(benMap.stakeholders.map((s) => s.id)).not.toContain(hidden!.id);
    expect(benMap.ties.filter((t) => t.source === hidden!.id || t.target === hidden!.id)).toEqual([]);
    expect(start.ties.some((t) => t.source === hidden!.id || t.target === hidden!.id)).toBe(true);

    // A save in parts: the last part's patch is not the whole edit, so the whole map is compared.
    const [, , , , partly] = start.stakeholders;
    const inParts = updateStakeholder(secret, partly!.id, { role: 'Sent in parts' }, { now: NOW });
    const patch = diffMaps(secret, inParts)!;
    const stage = await ana.api.stageMapPatch({ stageId: 'stage-h16-speed', baseRevision: revision, patch });
    await ana.api.saveMapPatch({ baseRevision: stage.revision, stageId: 'stage-h16-speed', patch: { stakeholders: { upsert: [], remove: [] }, ties: { upsert: [], remove: [] }, sections: {} } });
    await ana.api.syncSharedNow({});
    expect(byPatch).toHaveBeenCalledTimes(2);
    expect(byWholeMap).toHaveBeenCalledTimes(1);
    expect((await othersMap(ben.api)).stakeholders.find((s) => s.id === partly!.id)?.role).toBe('Sent in parts');
  });
});
