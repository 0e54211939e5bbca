// Leaving a restricted record, through the backend's channels: Ben, who joined Ana's record and put
// his own client into it, leaves. His device stops syncing it, its key leaves his `<map>.sharing`
// and its sealed changes leave his folder; Ana's survivor, whom he held only through the record,
// leaves his map and every file of his (backups included); his own client stays on his map, still
// confidential, and never reaches the coalition's shared map. Ana keeps both people and sees Ben
// gone from the record's members; Ben's later edits no longer reach her. Check 4 in the window's path.
import { access } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { restrictedSyncFilePath } from '../../../electron/main/sync/restricted-record';
import { readSharingFile } from '../../../electron/main/sync/sharing-file';
import { useBackends } from '../backend/use-backends';
import { canaryHits } from './helpers/canary-scan';
import { backupEverySave, current, decryptedSharedMap, ownPerson, startTrio, SURVIVOR, syncAll } from './helpers/restricted-trio';

const backends = useBackends();
const CLIENT = { id: 'client-ben-leave-1', name: 'Leopold Marchbanks-Hidden', email: 'lm-hidden@example.org', phone: '+1 555 0111 2020', notes: 'ben-leave-note' };

const exists = (path: string) => access(path).then(() => true, () => false);

describe('leaving a restricted record', () => {
  it('takes the record’s key, its sync data and the people held only through it off Ben’s computer; his own stay confidential', async () => {
    const { relay, ana, ben, carol, record } = await startTrio(backends, backupEverySave());
    await ben.api.saveMap({ map: ownPerson(await current(ben), CLIENT) });
    await ben.api.addRestrictedPerson({ record, person: CLIENT.id });
    await syncAll(ben.api, ana.api);
    const benPath = ben.opened.file.path;
    // Before: Ben's map and its backups hold the survivor (the positive control for the scan below).
    expect((await current(ben)).stakeholders.some((s) => s.id === SURVIVOR.id)).toBe(true);
    const backups = (await canaryHits(ben.dataDir, [SURVIVOR.name])).filter((hit) => hit.includes('/backups/'));
    expect(backups.length).toBeGreaterThan(0);
    expect((await ben.api.sharingStatus({})).restrictedDetails?.[0]?.leaving).toEqual([SURVIVOR.id]);
    await expect(carol.api.leaveRestrictedRecord({ record })).rejects.toThrow(/not a member/);

    const left = await ben.api.leaveRestrictedRecord({ record });
    expect(left.map.stakeholders.some((s) => s.id === SURVIVOR.id)).toBe(false);
    expect(left.map.ties.some((t) => t.source === SURVIVOR.id || t.target === SURVIVOR.id)).toBe(false);
    expect(left.map.stakeholders.find((s) => s.id === CLIENT.id)).toMatchObject({ name: CLIENT.name, confidential: true });
    expect(left.notices[0]?.message).toMatch(/You left “Shared with you”: 1 person held only through it left this map/);
    expect((await readSharingFile(benPath, null)).restricted ?? []).toEqual([]);
    expect(await exists(restrictedSyncFilePath(benPath, record))).toBe(false);
    const status = await ben.api.sharingStatus({});
    expect([status.restricted, status.restrictedDetails]).toEqual([[], []]);
    // No file of Ben's names the survivor any more: map, backups, sync files, settings, audit log.
    expect(await canaryHits(ben.dataDir, Object.values(SURVIVOR))).toEqual([]);

    // Ana keeps both people; Ben is no longer among the record's members.
    await syncAll(ben.api, ana.api);
    const anaMap = await current(ana);
    expect(anaMap.stakeholders.find((s) => s.id === CLIENT.id)).toMatchObject({ confidential: true });
    expect(anaMap.stakeholders.find((s) => s.id === SURVIVOR.id)).toMatchObject({ confidential: true });
    expect((await ana.api.sharingStatus({})).restrictedDetails?.[0]?.members).toEqual(['Ana']);

    // Ben's later edit to his client stays on his computer: neither Ana nor the shared map gets it.
    const benMap = await current(ben);
    await ben.api.saveMap({ map: { ...benMap, stakeholders: benMap.stakeholders.map((s) => (s.id === CLIENT.id ? { ...s, notes: 'after-leaving-note' } : s)) } });
    await syncAll(ben.api, ana.api, carol.api);
    expect((await current(ana)).stakeholders.find((s) => s.id === CLIENT.id)?.notes).toBe(CLIENT.notes);
    expect((await current(ben)).stakeholders.find((s) => s.id === CLIENT.id)).toMatchObject({ notes: 'after-leaving-note', confidential: true });
    const canaries = [...Object.values(CLIENT), ...Object.values(SURVIVOR), 'after-leaving-note'];
    expect(await canaryHits(carol.dataDir, canaries)).toEqual([]);
    expect(await canaryHits(relay, ['after-leaving-note'])).toEqual([]);
    for (const who of [ana, ben, carol]) {
      const shared = await decryptedSharedMap(who.opened.file.path);
      for (const canary of canaries) expect(shared).not.toContain(canary);
    }
  });
});
