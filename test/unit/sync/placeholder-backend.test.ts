// Placeholders through the backend's own channels, as the window would call them: two organizers'
// backends on their own data folders and a folder relay. Off by default; "allowed" is saved in the
// map's `.sharing` settings and the other organizer then takes a placeholder with categories and
// stage only; the holder keeps seeing the person; "not allowed" takes the placeholder away again.
import { describe, expect, it } from 'vitest';
import { readSharingFile } from '../../../electron/main/sync/sharing-file';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { useBackends } from '../backend/use-backends';
import { current, opened, sharedByAna, syncAll } from './helpers/backend-pair';
import { canaryHits } from './helpers/canary-scan';

const backends = useBackends();
const secret = { id: 'held-backend-1', name: 'Wilhelmina Oakhurst-Secret', email: 'wo-secret@example.org' };

describe('placeholders through the backend', () => {
  it('are off by default, allowed and stopped by the holder, and never carry the person', async () => {
    // Only the added person is confidential, so the placeholders below are theirs.
    const { relay, ana, start, anaMap, invite } = await sharedByAna(backends, (map) => {
      const open = map.stakeholders.map((s) => ({ ...s, confidential: false }));
      return { ...map, stakeholders: [...open, { ...open[0]!, ...secret, categories: ['directly-affected' as const], stage: 'core' as const, confidential: true }] };
    });
    const ben = await backends.start();
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
