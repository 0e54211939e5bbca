// "Remove from this record…" through the backend's channels and a real folder relay: Ana, Ben and
// Carol are in a restricted record; Ana removes Carol while Ben is offline. The record moves to a new
// key and database; Ana and Ben (once he syncs again, his offline edit carried over) read and write
// it under the new key without typing anything; nothing Carol holds opens what is written afterwards
// (tried with her keys, the new key as positive control), and her app says she was removed. A removal
// note signed by an organizer who is not a member of the record is refused (the record stays on its
// key) and audited as a count only. Checks 4 and 10 for restricted records.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../electron/main/audit';
import { sealNote } from '../../../electron/main/sync/relay-note';
import { boxKeysOf, recordNoteKey, unwrapKey, wrapKey } from '../../../electron/main/sync/restricted-rekey';
import { restrictedSealer, restrictedSyncFilePath } from '../../../electron/main/sync/restricted-record';
import { readSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import type { MapDocument } from '../../../shared/model';
import { useBackends } from '../backend/use-backends';
import { canaryHits } from './helpers/canary-scan';
import { current, startTrio, SURVIVOR, syncAll, type Trio } from './helpers/restricted-trio';

const backends = useBackends();
const exists = (path: string) => readFile(path).then(() => true, () => false);

function withNotes(map: MapDocument, notes: string, field: 'notes' | 'area' = 'notes'): MapDocument {
  return { ...map, stakeholders: map.stakeholders.map((s) => (s.id === SURVIVOR.id ? { ...s, [field]: notes } : s)) };
}

const survivorOf = async (who: Trio['ana']) => (await current(who)).stakeholders.find((s) => s.id === SURVIVOR.id);
const notesOf = async (who: Trio['ana']) => (await survivorOf(who))?.notes;
const settingsOf = (who: Trio['ana']) => readSharingFile(who.opened.file.path, null);

/** The sealed changes in a record's relay folder. */
async function sealedIn(folder: string): Promise<{ id: string; ct: string }[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.sealed'));
  return Promise.all(names.map(async (n) => ({ id: n.slice(0, -'.sealed'.length), ct: await readFile(join(folder, n), 'utf8') })));
}

function opens(open: () => unknown): boolean {
  try {
    open();
    return true;
  } catch {
    return false;
  }
}

describe('removing an organizer from a restricted record', () => {
  it('moves the record to a new key the others follow, offline ones later; the removed one opens nothing written afterwards', async () => {
    const trio = await startTrio(backends);
    const { ana, ben, carol, record } = trio;
    const forCarol = await ana.api.inviteToRestrictedRecord({ record, name: 'Carol' });
    await carol.api.joinRestrictedRecord({ invite: forCarol.words, relay: forCarol.relay });
    await syncAll(ana.api, ben.api, carol.api);
    const carolId = (await carol.api.sharingStatus({})).youId!;
    expect((await ana.api.sharingStatus({})).restrictedDetails?.[0]?.organizers?.map((o) => o.name).sort()).toEqual(['Ana', 'Ben', 'Carol']);
    const carolBefore = await settingsOf(carol);

    // Ben goes offline and edits the survivor there.
    await ben.api.saveMap({ map: withNotes(await current(ben), 'ben-offline-area', 'area') });
    await expect(ana.api.removeFromRestrictedRecord({ record, member: (await ana.api.sharingStatus({})).youId! })).rejects.toThrow(/cannot remove yourself/);
    const removal = await ana.api.removeFromRestrictedRecord({ record, member: carolId });
    expect(removal).toMatchObject({ removed: 'Carol', setup: null });

    // Ana is on the new record: a new id and key, the old record's sealed changes gone from her computer.
    const anaEntry = (await settingsOf(ana)).restricted?.[0];
    expect(anaEntry?.id).not.toBe(record);
    expect(anaEntry?.key).not.toBe(carolBefore.restricted?.[0]?.key);
    expect(await exists(restrictedSyncFilePath(ana.opened.file.path, record))).toBe(false);
    expect([...((await ana.api.sharingStatus({})).restrictedDetails?.[0]?.members ?? [])].sort()).toEqual(['Ana', 'Ben']);
    await ana.api.saveMap({ map: withNotes(await current(ana), 'ana-after-removal') });
    await ana.api.syncSharedNow({});

    // Ben comes back: his app follows by itself, his offline edit carried over; he keeps writing.
    await syncAll(ben.api, ana.api);
    expect((await settingsOf(ben)).restricted?.[0]).toEqual(anaEntry === undefined ? undefined : { ...anaEntry, label: 'Shared with you' });
    for (const who of [ana, ben]) expect(await survivorOf(who)).toMatchObject({ notes: 'ana-after-removal', area: 'ben-offline-area', confidential: true });
    await ben.api.saveMap({ map: withNotes(await current(ben), 'ben-after-move') });
    await syncAll(ben.api, ana.api);
    expect(await notesOf(ana)).toBe('ben-after-move');

    // Carol: told she was removed, still holding only the old key, which opens nothing written since.
    await syncAll(carol.api);
    expect((await carol.api.sharingStatus({})).restrictedDetails?.[0]).toMatchObject({ id: record, removedBy: 'Ana' });
    const carolNow = await settingsOf(carol);
    expect(carolNow.restricted).toEqual(carolBefore.restricted);
    const newFolder = join(trio.relay, `restricted-${anaEntry!.id}`);
    const written = await sealedIn(newFolder);
    expect(written.length).toBeGreaterThan(0);
    const withCarolsKey = restrictedSealer({ id: anaEntry!.id, key: carolBefore.restricted![0]!.key });
    expect(written.filter((s) => opens(() => withCarolsKey.open(s)))).toEqual([]);
    expect(written.every((s) => opens(() => restrictedSealer(anaEntry!).open(s)))).toBe(true);
    // Nor does her own box key open any key handed over in the note.
    const carolBox = boxKeysOf(signingOf(carolNow), carolNow.coalitionId);
    const handed = wrapKey(Buffer.from(anaEntry!.key, 'base64'), boxKeysOf(signingOf(await settingsOf(ben)), carolNow.coalitionId).publicKey, anaEntry!.id, (await ben.api.sharingStatus({})).youId!);
    expect(unwrapKey(handed, carolBox, anaEntry!.id, carolId)).toBeNull();
    // Her map, the others' changes taken in, still has the survivor as before, and nothing written since.
    expect((await current(carol)).stakeholders.find((s) => s.id === SURVIVOR.id)).toMatchObject({ confidential: true, notes: SURVIVOR.notes });
    for (const canary of ['ana-after-removal', 'ben-after-move', 'ben-offline-area']) expect(await canaryHits(carol.dataDir, [canary])).toEqual([]);
    await expect(carol.api.inviteToRestrictedRecord({ record, name: 'Dana' })).rejects.toThrow(/Ana removed you from “Shared with you”: you can only leave it\. Nobody was invited\./);
    await expect(carol.api.removeFromRestrictedRecord({ record, member: (await ana.api.sharingStatus({})).youId! })).rejects.toThrow(/Ana removed you from “Shared with you”: you can only leave it\. Nobody was removed\./);
    // Asked to, Carol leaves: the survivor leaves her computer (it cannot be forced: her app could keep them).
    expect(await canaryHits(carol.dataDir, [SURVIVOR.name])).not.toEqual([]);
    await carol.api.leaveRestrictedRecord({ record });
    expect(await canaryHits(carol.dataDir, [SURVIVOR.name])).toEqual([]);

    const log = await verifyAuditLog(ana.dataDir);
    expect(log.entries.filter((e) => e.action === 'sync-restricted-remove').map((e) => [e.recordCount, e.fieldNames])).toEqual([[1, []]]);
    const text = await readFile(join(ana.dataDir, 'audit.log'), 'utf8');
    for (const secret of ['Carol', carolId, record, anaEntry!.id, SURVIVOR.name]) expect(text).not.toContain(secret);
  });

  it('follows a removal by a member this device had not heard of yet, in one round, and audits no refusal', async () => {
    const { ana, ben, carol, record } = await startTrio(backends);
    await syncAll(ana.api, ben.api);
    // Carol joins while Ben is offline, then removes Ana: Ben's copy of the record does not list Carol yet.
    const forCarol = await ana.api.inviteToRestrictedRecord({ record, name: 'Carol' });
    await carol.api.joinRestrictedRecord({ invite: forCarol.words, relay: forCarol.relay });
    await syncAll(carol.api);
    const anaId = (await ana.api.sharingStatus({})).youId!;
    await carol.api.removeFromRestrictedRecord({ record, member: anaId });
    const carolEntry = (await settingsOf(carol)).restricted![0]!;

    await ben.api.syncSharedNow({});
    expect((await settingsOf(ben)).restricted?.[0]).toMatchObject({ id: carolEntry.id, key: carolEntry.key });
    expect((await verifyAuditLog(ben.dataDir)).entries.filter((e) => e.action === 'sync-refused')).toEqual([]);
    await syncAll(ana.api);
    expect((await ana.api.sharingStatus({})).restrictedDetails?.[0]).toMatchObject({ id: record, removedBy: 'Carol' });
  });

  it('refuses a removal signed by an organizer who is not a member of the record, and audits it as a count', async () => {
    const { ana, ben, carol, record } = await startTrio(backends);
    await syncAll(ana.api, ben.api);
    const anaSettings = await settingsOf(ana);
    const carolSettings = await settingsOf(carol);
    const benSettings = await settingsOf(ben);
    const entry = anaSettings.restricted![0]!;
    const benId = benSettings.actor;
    // Carol, in the coalition but not in the record, with the record's key (as if it leaked) and her own signing key.
    const forged = sealNote(
      'rekey',
      { at: new Date().toISOString(), by: carolSettings.actor, removed: [anaSettings.actor], next: 'ab'.repeat(16), basis: {}, keys: { [benId]: wrapKey(Buffer.alloc(32, 7), boxKeysOf(signingOf(benSettings), benSettings.coalitionId).publicKey, 'ab'.repeat(16), benId) } },
      recordNoteKey(entry, signingOf(carolSettings)),
    );
    if (entry.relay.kind !== 'folder') throw new Error('a folder relay was expected');
    await writeFile(join(entry.relay.path, 'note-rekey.note'), forged);

    await syncAll(ben.api, ana.api);
    expect((await settingsOf(ben)).restricted).toEqual(benSettings.restricted);
    expect((await ben.api.sharingStatus({})).restrictedDetails?.[0]).toMatchObject({ id: record, removedBy: null });
    await ana.api.saveMap({ map: withNotes(await current(ana), 'after-forgery') });
    await syncAll(ana.api, ben.api);
    expect(await notesOf(ben)).toBe('after-forgery');
    const log = await verifyAuditLog(ben.dataDir);
    expect(log.entries.filter((e) => e.action === 'sync-refused').map((e) => e.recordCount)).toEqual([1]);
    const text = await readFile(join(ben.dataDir, 'audit.log'), 'utf8');
    for (const secret of ['Carol', carolSettings.actor, record, SURVIVOR.name]) expect(text).not.toContain(secret);
  });
});

function signingOf(settings: SharingSettings): { publicKey: string; privateKey: string } {
  const s = settings.signing;
  if (s === undefined) throw new Error('a signed map was expected');
  return { publicKey: s.publicKey, privateKey: s.privateKey };
}
