// Placeholders cannot be tied to a person by timing (check 3): the change that takes a person made
// confidential off the shared map holds no placeholder, every relay document of it opened with the
// coalition key; their placeholder arrives in a later refresh of its own, which writes all the
// holder's placeholders again under new ids, in id order, after which the other organizer's coverage
// counts equal the holder's and exports still redact them. A refresh writes nothing while the
// placeholders say the same. Only the holder's secret tells her placeholders, wherever they stand.
// The open map's sync refreshes on its own clock, not with an edit.
import { createHmac } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SharedMapSync } from '../../../electron/main/backend/sharing-engine';
import { placeholderRefreshOps, publishedPlaceholders } from '../../../electron/main/sync/placeholder-policy';
import { PlaceholderRefresh } from '../../../electron/main/sync/placeholder-refresh';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { relayFor, writeSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { exportMap } from '../../../shared/exchange/export-map';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { REMOVED_FIELD } from '../../../shared/sync/change';
import { cleanCopyOps } from '../../../shared/sync/clean-copy';
import type { MapLike } from '../../../shared/sync/map-ops';
import { isPlaceholder, isPlaceholderId } from '../../../shared/sync/placeholders';
import { useTempDirs } from '../store/helpers/temp-dir';
import { coalition, HEADER } from './helpers/organizers';
import { anaView, CANARIES, changesSince, coverage, HELD, holderMap, NOW, organizers, people } from './helpers/placeholder-organizers';

const tempDir = useTempDirs();
const LATER = { id: 'later-held', name: 'Philippa Laterwood', categories: ['service-provider'] as Stakeholder['categories'], stage: 'core' as const, confidential: false };
const LATER_NOW = '2026-03-01T10:25:00.000Z';

function placeholderIds(map: MapLike): string[] {
  return people(map).filter(isPlaceholder).map((s) => s.id);
}

function edited(map: MapDocument, id: string, fields: Partial<Stakeholder>): MapDocument {
  return { ...map, stakeholders: map.stakeholders.map((s) => (s.id === id ? { ...s, ...fields } : s)) };
}

describe('placeholder timing', () => {
  it('the change that removes a person made confidential holds no placeholder; a later refresh brings the counts right under all-new ids', async () => {
    const { shared, ana, ben, anaSettings, map } = await organizers(await tempDir(), true, holderMap([LATER]));
    const firstIds = placeholderIds(ben.map(HEADER));
    expect(firstIds).toHaveLength(1);

    const seen = new Set(await readdir(shared.relayFolder));
    const after = edited(map, LATER.id, { confidential: true });
    await ana.record(map, after);
    await ana.sync();
    await ben.sync();
    const removal = await changesSince(shared, seen);
    expect(removal).toHaveLength(1);
    expect(removal[0]?.ops).toContainEqual(expect.objectContaining({ id: LATER.id, field: REMOVED_FIELD }));
    expect(removal.flatMap((c) => c.ops).filter((op) => isPlaceholderId(op.id))).toEqual([]);
    expect(JSON.stringify(removal)).not.toContain('Philippa');
    // Until the refresh, the person is on Ben's map neither way: his counts lag one behind.
    expect(people(ben.map(HEADER)).map((s) => s.id)).not.toContain(LATER.id);
    expect(placeholderIds(ben.map(HEADER))).toEqual(firstIds);
    expect(coverage(ben.map(HEADER))).not.toEqual(coverage(anaView(ana, anaSettings, after)));

    const beforeRefresh = new Set(await readdir(shared.relayFolder));
    await ana.write(placeholderRefreshOps(ana, anaSettings, after, new Set(), LATER_NOW));
    await ana.sync();
    await ben.sync();
    const refresh = await changesSince(shared, beforeRefresh);
    expect(refresh).toHaveLength(1);
    for (const canary of [...CANARIES, LATER.id, LATER.name]) expect(JSON.stringify(refresh)).not.toContain(canary);
    const secondIds = placeholderIds(ben.map(HEADER));
    expect(secondIds).toHaveLength(2);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(coverage(ben.map(HEADER))).toEqual(coverage(anaView(ana, anaSettings, after)));
    // Ana sees her people, not her placeholders, old or new.
    expect(placeholderIds(anaView(ana, anaSettings, after))).toEqual([]);
    const exported = new TextDecoder().decode(exportMap(mapDocumentSchema.parse(ben.map(HEADER)), { format: 'json', includeConfidential: false, includeSensitive: false, today: '2026-03-02' }).bytes);
    expect(exported).not.toContain('held by Ana');
    expect(exported).toContain('Confidential stakeholder 2');
  });

  it('a refresh writes nothing while the placeholders say the same; a stage change writes them all again, in the order of their new ids', async () => {
    const extra = ['held-b', 'held-c', 'held-d'].map((id, i) => ({ id, name: `Held ${id}`, categories: [['influential'], ['service-provider'], []][i] as Stakeholder['categories'], stage: 'contacted' as const, confidential: true }));
    const { ana, anaSettings, map } = await organizers(await tempDir(), true, holderMap(extra));
    const published = publishedPlaceholders(ana, anaSettings).map((p) => p.id);
    expect(published).toHaveLength(4);

    expect(placeholderRefreshOps(ana, anaSettings, edited(map, HELD.id, { notes: 'a new note', email: 'new@example.org' }), new Set(), LATER_NOW)).toEqual([]);

    const ops = placeholderRefreshOps(ana, anaSettings, edited(map, 'held-c', { stage: 'member' }), new Set(), LATER_NOW);
    const removed = ops.filter((op) => op.field === REMOVED_FIELD && op.value !== null).map((op) => op.id);
    expect(removed.sort()).toEqual([...published].sort());
    const added = [...new Set(ops.filter((op) => op.field !== REMOVED_FIELD).map((op) => op.id))];
    expect(added).toHaveLength(4);
    expect(added.filter((id) => published.includes(id))).toEqual([]);
    expect(added).toEqual([...added].sort());
  });

  it('the holder knows her placeholders by her secret alone: written again by another organizer in a clean copy, they stay hers and his refresh leaves them', async () => {
    const dir = await tempDir();
    const { ben, anaSettings, benSettings } = await organizers(dir, true);
    const benCopy = await coalition(join(dir, 'copy')).organizer('Ben', benSettings.actor);
    await benCopy.write(cleanCopyOps(ben.state, { erase: [], removeMembers: [] }));
    const copied = placeholderIds(benCopy.map(HEADER));
    expect(copied).toHaveLength(1);
    expect(benCopy.state.record('stakeholders', copied[0] ?? '')?.first.actor).toBe(benSettings.actor);
    expect(publishedPlaceholders(benCopy, benSettings)).toEqual([]);
    expect(placeholderRefreshOps(benCopy, benSettings, benCopy.map(HEADER), new Set(), LATER_NOW)).toEqual([]);
    expect(publishedPlaceholders(benCopy, anaSettings).map((p) => p.id)).toEqual(copied);
  });

  it('placeholders an earlier release wrote under the first id form (HMAC of the local id) are still the holder’s: hidden from her view and replaced by the next refresh', async () => {
    const { ana, ben, anaSettings, map } = await organizers(await tempDir(), true);
    const [current] = publishedPlaceholders(ana, anaSettings, map);
    if (current === undefined) throw new Error('no placeholder published');
    const secret = Buffer.from(anaSettings.placeholders?.secret ?? '', 'base64');
    const legacyId = `held-${createHmac('sha256', secret).update(HELD.id, 'utf8').digest('hex').slice(0, 32)}`;
    // As the earlier release left it: the same placeholder under its old id, the new one not yet written.
    await ana.write([{ table: 'stakeholders', id: current.id, field: REMOVED_FIELD, value: { by: ana.actor, at: NOW } }, ...Object.entries({ ...current, id: legacyId }).map(([field, value]) => ({ table: 'stakeholders' as const, id: legacyId, field, value }))]);
    expect(placeholderIds(anaView(ana, anaSettings, map))).toEqual([]);

    await ana.write(placeholderRefreshOps(ana, anaSettings, map, new Set(), LATER_NOW));
    await ana.sync();
    await ben.sync();
    const ids = placeholderIds(ben.map(HEADER));
    expect(ids).toHaveLength(1);
    expect(ids).not.toContain(legacyId);
    expect(coverage(ben.map(HEADER))).toEqual(coverage(anaView(ana, anaSettings, map)));
  });

  it('the open map’s sync checks its placeholders on its own clock: an edit making someone confidential goes out without one', async () => {
    const dir = await tempDir();
    const key = newCoalitionKey();
    const anaPath = join(dir, 'ana.coalition-map');
    const anaConfig: SharingSettings = { coalitionId: 'coalition-timing', actor: 'actor-ana-0001', name: 'Ana', key: key.toString('base64'), relay: { kind: 'folder', path: join(dir, 'relay') }, placeholders: { secret: Buffer.alloc(32, 5).toString('base64') } };
    const local = holderMap([LATER]);
    await writeSharingFile(anaPath, anaConfig, null);
    const ana = await SharedMapSync.open(anaPath, anaConfig, local);
    await ana.share(local);
    await ana.syncNow();
    const ben = await SyncPeer.open({ actor: 'actor-ben-0001', name: 'Ben', sealer: coalitionSealer(key, anaConfig.coalitionId), relay: relayFor(anaConfig.relay), stateFile: join(dir, 'ben.sync.json') });
    await ben.join();
    const firstIds = placeholderIds(ben.map(HEADER));
    expect(firstIds).toHaveLength(1);

    ana.noteSaved(edited(local, LATER.id, { confidential: true }));
    await ana.syncNow();
    await ana.syncNow();
    await ben.sync();
    expect(people(ben.map(HEADER)).map((s) => s.id)).not.toContain(LATER.id);
    expect(placeholderIds(ben.map(HEADER))).toEqual(firstIds);
    await ana.idle();
  });

  it('a check is due at the first round, then a full period after the last, or at once when more people are restricted', () => {
    const refresh = new PlaceholderRefresh(600_000);
    expect(refresh.due(Date.parse(NOW), 0)).toBe(true);
    refresh.checked(Date.parse(NOW), 0);
    expect(refresh.due(Date.parse(NOW) + 599_999, 0)).toBe(false);
    expect(refresh.due(Date.parse(NOW) + 1, 1)).toBe(true);
    expect(refresh.due(Date.parse(NOW) + 600_000, 0)).toBe(true);
  });
});
