// The pieces of a restricted record's key handover (restricted-rekey.ts), with real keys: a new key
// wrapped for one member opens only with that member's box key, for that member and that new
// record; a box key counts only when its member's coalition signing key signed it; a "rekey" note
// counts only when a listed member of the record signed it, not when a member it removes did, and
// not when it is sealed under another key.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MEMBER_TABLE } from '../../../shared/sync/change';
import { SharedReplica } from '../../../shared/sync/replica';
import { boxKeysOf, boxOp, readRekeyNote, recordNoteKey, unwrapKey, verifiedBox, wrapKey, writeRekeyNote } from '../../../electron/main/sync/restricted-rekey';
import { newCoalitionKey } from '../../../electron/main/sync/seal';
import { newSigningKeys } from '../../../electron/main/sync/signing';

const COALITION = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const NEXT = 'ab'.repeat(16);
const [ana, ben, carol] = [newSigningKeys(), newSigningKeys(), newSigningKeys()];
const roster = new Map([
  ['org-ana-0001', ana.publicKey],
  ['org-ben-0002', ben.publicKey],
  ['org-carol-003', carol.publicKey],
]);
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('handing a restricted record’s new key over', () => {
  it('opens a wrapped key only with the member’s own box key, for that member and that record', () => {
    const key = newCoalitionKey();
    const benBox = boxKeysOf(ben, COALITION);
    const wrapped = wrapKey(key, benBox.publicKey, NEXT, 'org-ben-0002');
    expect(unwrapKey(wrapped, benBox, NEXT, 'org-ben-0002')?.equals(key)).toBe(true);
    expect(unwrapKey(wrapped, boxKeysOf(carol, COALITION), NEXT, 'org-ben-0002')).toBeNull();
    expect(unwrapKey(wrapped, benBox, NEXT, 'org-carol-003')).toBeNull();
    expect(unwrapKey(wrapped, benBox, 'cd'.repeat(16), 'org-ben-0002')).toBeNull();
    // Another coalition's box key of the same organizer is another key.
    expect(unwrapKey(wrapped, boxKeysOf(ben, 'f'.repeat(32)), NEXT, 'org-ben-0002')).toBeNull();
  });

  it('trusts a published box key only under its member’s own signing key', () => {
    const replica = new SharedReplica();
    const own = boxOp('org-ben-0002', ben, COALITION);
    // Carol writes a box key of hers onto Ana's member record, signed by herself.
    const forged = { ...boxOp('org-carol-003', carol, COALITION), id: 'org-ana-0001' };
    replica.commit('org-ben-0002', [own, forged], new Date().toISOString(), 1);
    expect(verifiedBox(replica, 'org-ben-0002', roster, COALITION)).toBe(boxKeysOf(ben, COALITION).publicKey);
    expect(verifiedBox(replica, 'org-ana-0001', roster, COALITION)).toBeNull();
    expect(verifiedBox(replica, 'org-ben-0002', new Map(), COALITION)).toBeNull();
    expect(own.table).toBe(MEMBER_TABLE);
  });

  it('reads a rekey note only when a listed member who is not removed signed it under the record’s key', async () => {
    const relay = { kind: 'folder' as const, path: await mkdtemp(join(tmpdir(), 'rekey-')) };
    dirs.push(relay.path);
    const record = { id: '12'.repeat(16), key: newCoalitionKey().toString('base64') };
    const note = (by: string, removed: string[]) => ({ at: new Date().toISOString(), by, removed, next: NEXT, basis: {}, keys: {} });
    const members = ['org-ana-0001', 'org-ben-0002'];
    expect(await readRekeyNote(relay, record, members, roster)).toEqual({ kind: 'none' });

    await writeRekeyNote(relay, note('org-ana-0001', ['org-ben-0002']), recordNoteKey(record, ana));
    expect(await readRekeyNote(relay, record, members, roster)).toMatchObject({ kind: 'valid', note: { by: 'org-ana-0001' } });
    // Carol is in the coalition but not in the record.
    await writeRekeyNote(relay, note('org-carol-003', ['org-ana-0001']), recordNoteKey(record, carol));
    expect(await readRekeyNote(relay, record, members, roster)).toEqual({ kind: 'refused' });
    // A member's note naming another author, or removing its own author.
    await writeRekeyNote(relay, note('org-ana-0001', ['org-carol-003']), recordNoteKey(record, ben));
    expect(await readRekeyNote(relay, record, members, roster)).toEqual({ kind: 'refused' });
    await writeRekeyNote(relay, note('org-ben-0002', ['org-ben-0002']), recordNoteKey(record, ben));
    expect(await readRekeyNote(relay, record, members, roster)).toEqual({ kind: 'refused' });
    // Signed by a member, sealed under another key.
    await writeRekeyNote(relay, note('org-ana-0001', ['org-ben-0002']), recordNoteKey({ ...record, key: newCoalitionKey().toString('base64') }, ana));
    expect(await readRekeyNote(relay, record, members, roster)).toEqual({ kind: 'refused' });
  });
});
