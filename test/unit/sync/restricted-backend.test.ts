// Restricted records through the backend's own channels, as the window calls them: three
// organizers' backends on their own data folders and a folder relay. Ana (placeholders on) shares a
// confidential survivor with Ben: Ben joins the record with its invite and sees the survivor as a
// confidential person, and his edit reaches Ana; Carol, in the coalition but not in the record,
// gets neither the person nor a placeholder, and no file of hers names them. Check 4 in the window's path.
import { describe, expect, it } from 'vitest';
import { readSharingFile } from '../../../electron/main/sync/sharing-file';
import { inviteFromWords } from '../../../shared/sharing/invite';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { useBackends } from '../backend/use-backends';
import { current, sharedWithBenAndCarol, syncAll } from './helpers/backend-pair';
import { canaryHits } from './helpers/canary-scan';
import { ownPerson } from './helpers/restricted-trio';

const backends = useBackends();
const SURVIVOR = { id: 'survivor-window-1', name: 'Ottilie Brackenridge-Secret', email: 'ob-secret@example.org', phone: '+1 555 0177 3030', notes: 'restricted-backend-note' };

describe('restricted records through the backend', () => {
  it('a confidential person shared with Ben reaches Ben as confidential and never Carol', async () => {
    const { relay, ana, start, anaMap, invite: forBen, ben, benJoined, carol, carolJoined } = await sharedWithBenAndCarol(backends, (map) => ownPerson(map, SURVIVOR));

    // Only a confidential person goes in; a person not in the map is named as such.
    const open = anaMap.stakeholders.find((s) => s.confidential !== true)!;
    await expect(ana.api.shareRestrictedPerson({ person: open.id, name: 'Ben' })).rejects.toThrow(/Only a confidential person/);
    await expect(ana.api.shareRestrictedPerson({ person: 'nobody-here', name: 'Ben' })).rejects.toThrow(/not in this map/);

    const invite = await ana.api.shareRestrictedPerson({ person: SURVIVOR.id, name: 'Ben' });
    expect(invite).toMatchObject({ name: 'Ben', setup: null });
    expect(invite.relay).toMatch(/restricted-[0-9a-f]{32}$/);
    expect((await readSharingFile(start.file.path, null)).restricted).toEqual([expect.objectContaining({ label: 'Shared with Ben' })]);
    expect((await ana.api.sharingStatus({})).restricted).toEqual([{ label: 'Shared with Ben', people: 1 }]);

    // The shared map's own invite is not a restricted record's; Ben joins with the right one.
    await expect(ben.api.joinRestrictedRecord({ invite: forBen.words, relay: invite.relay })).rejects.toThrow(/invite to the shared map itself/);
    const benStatus = await ben.api.joinRestrictedRecord({ invite: invite.words, relay: invite.relay });
    expect(benStatus.restricted).toEqual([{ label: 'Shared with you', people: 1 }]);
    await syncAll(ana.api, ben.api, carol.api);
    const benMap = await current(ben.api, benJoined.map);
    expect(benMap.stakeholders.find((s) => s.id === SURVIVOR.id)).toMatchObject({ name: SURVIVOR.name, phone: SURVIVOR.phone, confidential: true });

    // Ben's edit to the survivor reaches Ana, through the record.
    await ben.api.saveMap({ map: { ...benMap, stakeholders: benMap.stakeholders.map((s) => (s.id === SURVIVOR.id ? { ...s, notes: 'moved-shelter-window' } : s)) } });
    await syncAll(ben.api, ana.api);
    expect((await current(ana.api, anaMap)).stakeholders.find((s) => s.id === SURVIVOR.id)?.notes).toBe('moved-shelter-window');

    // A second invite to the same person is to the same record (another organizer, same key), not a new one.
    const again = await ana.api.shareRestrictedPerson({ person: SURVIVOR.id, name: 'Dana' });
    expect(inviteFromWords(again.words)).toMatchObject({ coalitionId: inviteFromWords(invite.words).coalitionId, name: 'Dana' });
    expect(again.relay).toBe(invite.relay);
    expect((await readSharingFile(start.file.path, null)).restricted).toHaveLength(1);

    // Carol has Ana's placeholders for her other confidential people, but nothing of the survivor.
    const carolMap = await current(carol.api, carolJoined.map);
    const others = anaMap.stakeholders.filter((s) => s.confidential === true && s.id !== SURVIVOR.id).length;
    expect(carolMap.stakeholders.filter(isPlaceholder)).toHaveLength(others);
    expect(carolMap.stakeholders.some((s) => s.id === SURVIVOR.id || s.name === SURVIVOR.name)).toBe(false);
    // A placeholder is not Carol's to share.
    await expect(carol.api.shareRestrictedPerson({ person: carolMap.stakeholders.find(isPlaceholder)!.id, name: 'Ben' })).rejects.toThrow(/placeholder for a person another organizer holds/);
    const canaries = [SURVIVOR.id, SURVIVOR.name, SURVIVOR.email, SURVIVOR.phone, SURVIVOR.notes, 'moved-shelter-window'];
    expect(await canaryHits(carol.dataDir, canaries)).toEqual([]);
    expect(await canaryHits(relay, canaries)).toEqual([]);
  });
});
