// The invite's words form: it carries the coalition id, key and name exactly, survives any
// separators and case, and a changed, missing or unknown word is caught with a sentence saying so.
// In a signed map's invite (version 2, ending in a CRC-16) every change of any one word to any
// other is caught, also between the words for bytes 0 and 255, which the first release's sum
// (Fletcher-16, modulo 255, kept for version 1) cannot tell apart; that release's invites still read.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inviteFromWords, inviteToWords, InviteError } from '../../../shared/sharing/invite';
import { INVITE_WORDS } from '../../../shared/sharing/invite-words';

/** Written by the first release's inviteToWords (commit c17612a) for the id below, a key holding 255s and this name. */
const FIRST_RELEASE_INVITE =
  'adobe acorn marsh acorn marsh avenue border canyon cotton drum fox heron kitten meadow olive planet salmon marsh bracket curtain granite lobster marsh thimble agent bridge delta guitar mango planet tiger alley buffalo diamond harvest meadow poppy tomato apple button domino heron mint puzzle trumpet arena camera drum honey baker copper fountain granite fountain fossil gazelle forest harvest fountain blanket quill lobster blanket domino quill pine finch gazelle hammer forest blossom pocket';

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
    const swapped = [...words];
    [swapped[10], swapped[11]] = [swapped[11]!, swapped[10]!];
    if (swapped[10] !== swapped[11]) expect(() => inviteFromWords(swapped.join(' '))).toThrow(/do not add up/);
    expect(() => inviteFromWords(words.slice(0, -1).join(' '))).toThrow(InviteError);
  });

  it('in a signed map’s invite, catches every change of any one word to any other word, also from the byte 255 to 0', () => {
    const signed = { ...invite, coalitionId: '00ff00ff112233445566778899aabbcc', invitation: new Uint8Array(randomBytes(16)) };
    const bytes = inviteToWords(signed).split(' ').map((w) => INVITE_WORDS.indexOf(w));
    expect(bytes[0]).toBe(2);
    let tried = 0;
    for (let at = 0; at < bytes.length; at += 1) {
      for (let value = 0; value < 256; value += 1) {
        if (value === bytes[at]) continue;
        const changed = bytes.map((b, i) => INVITE_WORDS[i === at ? value : b]).join(' ');
        expect(() => inviteFromWords(changed), `word ${at + 1} changed to ${INVITE_WORDS[value]}`).toThrow(InviteError);
        tried += 1;
      }
    }
    expect(tried).toBe(bytes.length * 255);
  });

  it('reads a version-1 invite made by the first release, whose sum was Fletcher-16', () => {
    const back = inviteFromWords(FIRST_RELEASE_INVITE);
    expect(back.coalitionId).toBe('00ff00ff112233445566778899aabbcc');
    expect(back.name).toBe('Benedicte Ó Rúairc');
    expect(back.key[5]).toBe(255);
  });
});
