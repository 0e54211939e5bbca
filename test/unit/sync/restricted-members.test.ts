// A member of a restricted record who did not start it puts another of their own confidential
// people into it, through the backend's channels: Ben, who joined Ana's record, adds his client;
// Ana (the starter) sees them as confidential, Carol (in the coalition, not in the record) gets
// nothing of either person, and the coalition's shared map, decrypted, holds neither. Any member
// can make another invite to the record (same record, same key). Check 4 in the window's path.
import { describe, expect, it } from 'vitest';
import { inviteFromWords } from '../../../shared/sharing/invite';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { useBackends } from '../backend/use-backends';
import { canaryHits } from './helpers/canary-scan';
import { current, decryptedSharedMap, ownPerson, startTrio, SURVIVOR, syncAll } from './helpers/restricted-trio';

const backends = useBackends();
const CLIENT = { id: 'client-ben-members-1', name: 'Rosalind Tewkesbury-Hidden', email: 'rt-hidden@example.org', phone: '+1 555 0123 8080', notes: 'ben-client-note' };

describe('adding a person to a restricted record someone else started', () => {
  it('Ben puts his own confidential client into Ana’s record; Ana sees them, Carol and the shared map never do', async () => {
    const { relay, ana, ben, carol, record } = await startTrio(backends);
    const benMap = ownPerson(await current(ben), CLIENT);
    const open = benMap.stakeholders.find((s) => s.confidential !== true && !isPlaceholder(s))!;
    await ben.api.saveMap({ map: { ...benMap, stakeholders: benMap.stakeholders } });

    // Only his own confidential people, once, into a record he is in.
    await expect(ben.api.addRestrictedPerson({ record, person: open.id })).rejects.toThrow(/Only a confidential person/);
    await expect(ben.api.addRestrictedPerson({ record, person: SURVIVOR.id })).rejects.toThrow(/already in the restricted record/);
    await expect(ben.api.addRestrictedPerson({ record: 'f'.repeat(32), person: CLIENT.id })).rejects.toThrow(/not a member of that restricted record/);
    await expect(carol.api.addRestrictedPerson({ record, person: CLIENT.id })).rejects.toThrow(/not a member of that restricted record/);

    const status = await ben.api.addRestrictedPerson({ record, person: CLIENT.id });
    expect(status.restrictedDetails).toEqual([{ id: record, label: 'Shared with you', people: expect.arrayContaining([SURVIVOR.id, CLIENT.id]), members: ['Ana', 'Ben'], organizers: [expect.objectContaining({ name: 'Ana' }), expect.objectContaining({ name: 'Ben' })], leaving: [SURVIVOR.id], removedBy: null }]);
    await syncAll(ben.api, ana.api, carol.api);

    // Ana, who started the record, has Ben's client as a confidential person; her record lists both.
    expect((await current(ana)).stakeholders.find((s) => s.id === CLIENT.id)).toMatchObject({ name: CLIENT.name, phone: CLIENT.phone, confidential: true });
    expect((await ana.api.sharingStatus({})).restricted).toEqual([{ label: 'Shared with Ben', people: 2 }]);

    // Ana's later edit to Ben's client reaches Ben through the record.
    const anaMap = await current(ana);
    await ana.api.saveMap({ map: { ...anaMap, stakeholders: anaMap.stakeholders.map((s) => (s.id === CLIENT.id ? { ...s, notes: 'ana-edit-members' } : s)) } });
    await syncAll(ana.api, ben.api);
    expect((await current(ben)).stakeholders.find((s) => s.id === CLIENT.id)).toMatchObject({ notes: 'ana-edit-members', confidential: true });

    // Ben makes an invite to the same record for Dana: the record's id and key, at its address.
    const forDana = await ben.api.inviteToRestrictedRecord({ record, name: 'Dana' });
    expect(inviteFromWords(forDana.words)).toMatchObject({ coalitionId: record, name: 'Dana' });
    expect(forDana.relay).toMatch(/restricted-[0-9a-f]{32}$/);
    await expect(carol.api.inviteToRestrictedRecord({ record, name: 'Dana' })).rejects.toThrow(/not a member/);

    // Carol: nothing of either person on her map, in her files or at the relay; the shared map decrypted holds neither.
    const carolMap = await current(carol);
    expect(carolMap.stakeholders.some((s) => s.id === CLIENT.id || s.id === SURVIVOR.id)).toBe(false);
    const canaries = [...Object.values(CLIENT), ...Object.values(SURVIVOR), 'ana-edit-members'];
    expect(await canaryHits(carol.dataDir, canaries)).toEqual([]);
    expect(await canaryHits(relay, canaries)).toEqual([]);
    for (const who of [ana, ben, carol]) {
      const shared = await decryptedSharedMap(who.opened.file.path);
      expect(shared).toContain(open.name); // positive control: the decrypted shared map holds the open people
      for (const canary of canaries) expect(shared).not.toContain(canary);
    }
  });
});
