// The invite to a signed map (version 2 of the words form): it carries the invitation's 16-byte
// secret besides the id, key and name, 16 words more than an unsigned invite; the member list's
// anchor costs no words, since the coalition id is the creator's fingerprint. A joiner opened from
// the words alone is admitted to the member list; with one secret word changed the checksum says so.
import { describe, expect, it } from 'vitest';
import { inviteFromWords, inviteToWords, InviteError } from '../../../shared/sharing/invite';
import { INVITE_WORDS } from '../../../shared/sharing/invite-words';
import { sampleCoalition } from '../../../shared/sample';
import { newSigningKeys } from '../../../electron/main/sync/signing';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';
import { signedCoalition } from './helpers/signed-organizers';

const tempDir = useTempDirs();

describe('the invite to a signed map', () => {
  it('carries the invitation secret in 16 more words, and a joiner opened from the words alone is admitted', async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana } = await shared.start(sampleCoalition({ now: '2026-12-04T10:00:00.000Z' }));
    const secret = await shared.invite(ana);
    const plain = { coalitionId: shared.coalitionId, key: new Uint8Array(shared.key), name: 'Cara' };
    const words = inviteToWords({ ...plain, invitation: secret });
    expect(words.split(' ').length).toBe(inviteToWords(plain).split(' ').length + 16);
    expect(inviteFromWords(inviteToWords(plain)).invitation).toBeUndefined();

    const back = inviteFromWords(words);
    expect(back.coalitionId).toBe(shared.coalitionId);
    expect(back.name).toBe('Cara');
    if (back.invitation === undefined) throw new Error('the invitation secret was lost');
    const cara = await shared.organizer(back.name, newSigningKeys(), back.invitation);
    expect((await cara.join()).refused).toEqual([]);
    expect((await ana.peer.sync()).refused).toEqual([]);
    expect(ana.peer.members().sort()).toEqual(['Ana', 'Ben', 'Cara']);
    expect(cara.map(HEADER)).toEqual(ana.peer.map(HEADER));

    const list = words.split(' ');
    const at = 1 + 16 + 32 + 3; // a word of the secret
    list[at] = INVITE_WORDS[(INVITE_WORDS.indexOf(list[at] ?? '') + 1) % 255] ?? '';
    expect(() => inviteFromWords(list.join(' '))).toThrow(InviteError);
    expect(() => inviteToWords({ ...plain, invitation: secret.subarray(0, 15) })).toThrow('An invitation secret is 16 bytes.');
  });
});
