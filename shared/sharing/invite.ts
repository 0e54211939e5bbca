// An invite to a shared map, for one named organizer: the coalition's id, its 256-bit key and the
// invited organizer's name, as a row of everyday words (one word per byte) that can be pasted,
// read over the phone or carried in a QR code. It holds a secret: whoever has it can read the
// shared map, so it travels out of band (in person, a call), never through the relay. Two
// checksum bytes at the end catch a mistyped, missing or swapped word before anything is tried.
// Version 2 (a signed map's invite) ends in a CRC-16. Version 1 keeps the first release's
// Fletcher-16, so that release and this one read each other's invites; that sum cannot tell a
// byte 0 from a byte 255 (it adds modulo 255), so in a version-1 invite a word changed between
// those two goes unnoticed until the key or the coalition id fails to open anything.
import { INVITE_WORDS } from './invite-words';

export interface Invite {
  /** 32 hex characters; also the associated data every sealed change is bound to. */
  readonly coalitionId: string;
  /** The coalition key, 32 bytes. */
  readonly key: Uint8Array;
  /** Who the invite is for; their changes carry this name ("Changed by Ana and Ben"). */
  readonly name: string;
  /**
   * A signed map only: the 16-byte secret of the invitation that admits this organizer to the
   * member list (electron/main/sync/signing-peer.ts). Written as version 2 of the words form,
   * 16 words longer; the list's anchor needs no words, the coalition id is its fingerprint.
   */
  readonly invitation?: Uint8Array;
}

export class InviteError extends Error {}

const VERSION = 1;
const SIGNED_VERSION = 2;
const ID_BYTES = 16;
const INVITATION_BYTES = 16;
const KEY_BYTES = 32;
export const MAX_INVITE_NAME_BYTES = 60;
const WORD_INDEX = new Map(INVITE_WORDS.map((w, i) => [w, i]));

export function inviteToWords(invite: Invite): string {
  const name = new TextEncoder().encode(invite.name.trim());
  if (name.length === 0 || name.length > MAX_INVITE_NAME_BYTES) throw new InviteError(`An invite needs a name of 1 to ${MAX_INVITE_NAME_BYTES} bytes.`);
  if (invite.key.length !== KEY_BYTES) throw new InviteError('A coalition key is 32 bytes.');
  if (invite.invitation !== undefined && invite.invitation.length !== INVITATION_BYTES) throw new InviteError('An invitation secret is 16 bytes.');
  const signed = invite.invitation === undefined ? [] : [...invite.invitation];
  const body = [signed.length === 0 ? VERSION : SIGNED_VERSION, ...hexBytes(invite.coalitionId), ...invite.key, ...signed, name.length, ...name];
  const sum = checksumOf(body);
  return [...body, sum >> 8, sum & 0xff].map((b) => INVITE_WORDS[b]).join(' ');
}

/** Reads pasted words back; any separators, any case. Throws an InviteError saying what is wrong. */
export function inviteFromWords(text: string): Invite {
  const words = text.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
  const bytes = words.map((word, at) => {
    const value = WORD_INDEX.get(word);
    if (value === undefined) throw new InviteError(`Word ${at + 1} of the invite, “${word}”, is not an invite word. Check its spelling.`);
    return value;
  });
  const extra = bytes[0] === SIGNED_VERSION ? INVITATION_BYTES : 0;
  const fixed = 1 + ID_BYTES + KEY_BYTES + extra + 1;
  if (bytes.length < fixed + 1 + 2) throw new InviteError(`The invite is too short (${bytes.length} words): some words are missing.`);
  const body = bytes.slice(0, -2);
  const sum = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (checksumOf(body) !== sum) throw new InviteError('The invite’s words do not add up: a word is mistyped, missing or out of order.');
  if (body[0] !== VERSION && body[0] !== SIGNED_VERSION) throw new InviteError('This invite was made by a newer version of the app; update the app to join.');
  const nameLength = body[fixed - 1] ?? 0;
  if (body.length !== fixed + nameLength) throw new InviteError('The invite’s words do not add up: a word is missing or left over.');
  const coalitionId = body.slice(1, 1 + ID_BYTES).map((b) => b.toString(16).padStart(2, '0')).join('');
  const key = Uint8Array.from(body.slice(1 + ID_BYTES, 1 + ID_BYTES + KEY_BYTES));
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(body.slice(fixed)));
  } catch {
    throw new InviteError('The name in the invite is not readable text.');
  }
  if (extra === 0) return { coalitionId, key, name };
  return { coalitionId, key, name, invitation: Uint8Array.from(body.slice(1 + ID_BYTES + KEY_BYTES, 1 + ID_BYTES + KEY_BYTES + extra)) };
}

export function isCoalitionId(value: string): boolean {
  return /^[0-9a-f]{32}$/.test(value);
}

function hexBytes(hex: string): number[] {
  if (!isCoalitionId(hex)) throw new InviteError('A coalition id is 32 hex characters.');
  return Array.from({ length: ID_BYTES }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/** The sum a body's version ends in: the first release's for version 1, a CRC-16 from version 2 on. */
function checksumOf(body: readonly number[]): number {
  return body[0] === VERSION ? fletcher16(body) : crc16(body);
}

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF): it catches every changed word, since one
 * word is an 8-bit burst, and every swap of two neighbouring words, a burst of at most 16 bits.
 */
function crc16(bytes: readonly number[]): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** The first release's sum, kept for version 1. */
function fletcher16(bytes: readonly number[]): number {
  let a = 0;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return (b << 8) | a;
}
