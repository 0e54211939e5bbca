// Placeholders through the backend's own channels, as the window would call them: two organizers'
// backends on their own data folders and a folder relay. Off by default; "allowed" is saved in the
// map's `.sharing` settings and the other organizer then takes a placeholder with categories and
// stage only; the holder keeps seeing the person; "not allowed" takes the placeholder away again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import { readSharingFile } from '../../../electron/main/sync/sharing-file';
import type { OpenedMap } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { useBackends } from '../backend/use-backends';
import { canaryHits } from './helpers/canary-scan';

const backends = useBackends();

async function opened(api: Backend): Promise<OpenedMap> {
  const result = await api.startSession({});
  if (result.status !== 'opened') throw new Error(result.message);
  return result;
}

async function syncAll(...apis: Backend[]): Promise<void> {
  for (const api of [...apis, ...apis]) await api.syncSharedNow({});
}

async function current(api: Backend, fallback: MapDocument): Promise<MapDocument> {
  return (await api.takeSharedChanges({}))?.map ?? fallback;
}

describe('placeholders through the backend', () => {
  it('are off by default, allowed and stopped by the holder, and never carry the person', async () => {
    const relay = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    const ben = await backends.start();
    const start = await opened(ana.api);
    // Only the added person is confidential, so the placeholders below are theirs.
    const open = start.map.stakeholders.map((s) => ({ ...s, confidential: false }));
    const secret = { ...open[0]!, id: 'held-backend-1', name: 'Wilhelmina Oakhurst-Secret', email: 'wo-secret@example.org', categories: ['directly-affected' as const], stage: 'core' as const, confidential: true };
    const anaMap = { ...start.map, stakeholders: [...open, secret] };
    await ana.api.saveMap({ map: anaMap });
    const invite = await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    await ana.api.syncSharedNow({});
    await opened(ben.api);
    const joined = await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    expect(joined.map.stakeholders.filter(isPlaceholder)).toEqual([]);
    expect((await ana.api.sharingStatus({})).placeholders).toBe(false);

    const on = await ana.api.allowSharedPlaceholders({ allowed: true });
    expect(on.placeholders).toBe(true);
    expect((await readSharingFile(start.file.path, null)).placeholders).toBeDefined();
    await syncAll(ana.api, ben.api);
    const benMap = await current(ben.api, joined.map);
    expect(benMap.stakeholders.filter(isPlaceholder)).toEqual([expect.objectContaining({ name: 'Confidential person (held by Ana)', categories: ['directly-affected'], stage: 'core', confidential: true, email: '', notes: '' })]);
    const anaSees = await current(ana.api, anaMap);
    expect(anaSees.stakeholders.filter(isPlaceholder)).toEqual([]);
    expect(anaSees.stakeholders.map((s) => s.id)).toContain('held-backend-1');

    const off = await ana.api.allowSharedPlaceholders({ allowed: false });
    expect(off.placeholders).toBe(false);
    await syncAll(ana.api, ben.api);
    expect((await current(ben.api, benMap)).stakeholders.filter(isPlaceholder)).toEqual([]);
    expect(await canaryHits(relay, [secret.name, secret.email, secret.id])).toEqual([]);
    expect(await canaryHits(ben.dataDir, [secret.name, secret.email, secret.id])).toEqual([]);
  });
});
