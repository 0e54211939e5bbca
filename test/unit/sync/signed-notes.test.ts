// Signed relay notes (relay-note.ts) on a real folder relay: in a signed map a "moved" note opens
// only when a member's key signed it over its own id; a key holder's unsigned note, a note signed
// by a key no member holds, and a note stripped of its signature on the relay open as nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNote, readNote, sealNote, writeNote } from '../../../electron/main/sync/relay-note';
import { newCoalitionKey } from '../../../electron/main/sync/seal';
import { newSigningKeys } from '../../../electron/main/sync/signing';
import { useTempDirs } from '../store/helpers/temp-dir';

const tempDir = useTempDirs();
const ANA = newSigningKeys();
const BEN = newSigningKeys();
const KEY = { key: newCoalitionKey(), coalitionId: 'c'.repeat(32) };
const MOVED = { at: '2026-12-04T19:00:00.000Z', by: 'Ana', removed: ['org-carol-0001'] };
const MEMBERS = { ...KEY, signers: [ANA.publicKey, BEN.publicKey] };

describe('signed relay notes', () => {
  it("open only when a member signed them; unsigned, a stranger's or stripped of the signature open as nothing", async () => {
    const relay = { kind: 'folder' as const, path: join(await tempDir(), 'relay') };
    await writeNote(relay, 'moved', MOVED, { ...KEY, signer: ANA });
    expect(await readNote(relay, 'moved', MEMBERS)).toEqual(MOVED);
    // Positive control for the next step: Ben's note opens too, and an older reader (no member list) still reads it.
    expect(openNote('moved', sealNote('moved', MOVED, { ...KEY, signer: BEN }), MEMBERS)).toEqual(MOVED);
    expect(await readNote(relay, 'moved', KEY)).toEqual(MOVED);

    expect(openNote('moved', sealNote('moved', MOVED, KEY), MEMBERS)).toBeNull();
    expect(openNote('moved', sealNote('moved', MOVED, { ...KEY, signer: newSigningKeys() }), MEMBERS)).toBeNull();
    // A stranger who names a member's public key as the signer still cannot sign for it.
    const stranger = sealNote('moved', MOVED, { ...KEY, signer: newSigningKeys() }).split('.');
    expect(openNote('moved', [stranger[0], stranger[1], ANA.publicKey].join('.'), MEMBERS)).toBeNull();

    const file = join(relay.path, 'note-moved.note');
    const signed = await readFile(file, 'utf8');
    await writeFile(file, signed.split('.')[0] ?? '');
    expect(await readNote(relay, 'moved', MEMBERS)).toBeNull();
    await writeFile(file, signed);
    expect(await readNote(relay, 'moved', MEMBERS)).toEqual(MOVED);
  });
});
