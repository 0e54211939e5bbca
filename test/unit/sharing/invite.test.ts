// The invite's words form: it carries the coalition id, key and name exactly, survives any
// separators and case, and a changed, missing or unknown word is caught with a sentence saying so.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inviteFromWords, inviteToWords, InviteError } from '../../../shared/sharing/invite';
import { INVITE_WORDS } from '../../../shared/sharing/invite-words';

const invite = { coalitionId: randomBytes(16).toString('hex'), key: new Uint8Array(randomBytes(32)), name: 'Benedicte Ó Rúairc' };

describe('invite words', () => {
  it('has 256 distinct words, so each byte has its own', () => {
    expect(new Set(INVITE_WORDS).size).toBe(256);
  });

  it('round-trips the id, the key and a non-ASCII name, whatever the separators and case', () => {
    const words = inviteToWords(invite);
    const pasted = words.toUpperCase().split(' ').join(',\n  ');
    const back = inviteFromWords(pasted);
    expect(back.coalitionId).toBe(invite.coalitionId);
    expect(Buffer.from(back.key).equals(Buffer.from(invite.key))).toBe(true);
    expect(back.name).toBe(invite.name);
  });

  it('refuses an unknown word by its place, and a swapped, changed or missing word by the checksum', () => {
    const words = inviteToWords(invite).split(' ');
    expect(() => inviteFromWords([...words.slice(0, 4), 'zzzz', ...words.slice(5)].join(' '))).toThrow('Word 5 of the invite, “zzzz”');
    const changed = [...words];
    changed[20] = changed[20] === 'acorn' ? 'adobe' : 'acorn';
    expect(() => inviteFromWords(changed.join(' '))).toThrow(InviteError);
    const swapped = [...words];
    [swapped[10], swapped[11]] = [swapped[11]!, swapped[10]!];
    if (swapped[10] !== swapped[11]) expect(() => inviteFromWords(swapped.join(' '))).toThrow(/do not add up/);
    expect(() => inviteFromWords(words.slice(0, -1).join(' '))).toThrow(InviteError);
  });
});
