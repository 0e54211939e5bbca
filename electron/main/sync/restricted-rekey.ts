// Handing a restricted record's new key to the members who stay, through the relay, so nobody
// retypes anything (restricted-rotation.ts moves the record). Members share one record key for
// reading, so the new key cannot be sealed under the old one (the removed organizer holds it).
// Instead each member has a key pair for receiving keys (X25519), derived from their own signing key
// in the coalition's signed map, and publishes its public half on their member record in the
// record, signed with that signing key: no other key holder can give a member another box key,
// since the coalition's member list (signing-roster.ts) says whose signing key is whose.
//
// The remover wraps the new key for each member who stays (ephemeral X25519 agreement, HKDF, then
// AES-256-GCM bound to the new record and the member), and leaves the wrapped keys in a "rekey"
// note in the record's current database, sealed under the current key and signed like every other
// note. A member's app follows a note only when a member of the record signed it, with the key the
// coalition's member list holds for them, and not a member the note removes; any other note is refused.
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { MEMBER_TABLE, type SetOp } from '../../../shared/sync/change';
import { winner } from '../../../shared/sync/register';
import { isRemoved, type SharedReplica } from '../../../shared/sync/replica';
import { openNote, readStoredNote, writeNote, type NoteKey, type RekeyNote } from './relay-note';
import type { RelaySettings } from './sharing-file';
import { isPublicKey, signText, splitCt, verifyText, type SigningKeys } from './signing';

/** The member field holding `{ key, sig }`: the member's public box key and their signature over it. */
export const BOX_FIELD = 'box';
const X25519_PKCS8 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const X25519_SPKI = Buffer.from('302a300506032b656e032100', 'hex');
const NONCE = 12;
const TAG = 16;

/** The coalition member list as this device holds it: actor id -> signing public key. */
export type SignerRoster = ReadonlyMap<string, string>;

export interface BoxKeys {
  readonly publicKey: string;
  readonly privateKey: KeyObject;
}

/** This organizer's box key pair, derived from their signing key (nothing more to keep on disk). */
export function boxKeysOf(signing: SigningKeys, coalitionId: string): BoxKeys {
  const seed = Buffer.from(hkdfSync('sha256', Buffer.from(signing.privateKey, 'base64'), coalitionId, 'coalition-map/record-box/v1', 32));
  const privateKey = createPrivateKey({ key: Buffer.concat([X25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
  return { publicKey: rawPublic(createPublicKey(privateKey)), privateKey };
}

function rawPublic(key: KeyObject): string {
  return key.export({ format: 'der', type: 'spki' }).subarray(X25519_SPKI.length).toString('base64');
}

function boxStatement(coalitionId: string, actor: string, boxKey: string): string {
  return `coalition-map/record-box/v1\n${coalitionId}\n${actor}\n${boxKey}`;
}

/** The op that publishes this organizer's box key on their member record in a restricted record. */
export function boxOp(actor: string, signing: SigningKeys, coalitionId: string): SetOp {
  const key = boxKeysOf(signing, coalitionId).publicKey;
  return { table: MEMBER_TABLE, id: actor, field: BOX_FIELD, value: { key, sig: signText(signing.privateKey, boxStatement(coalitionId, actor, key)) } };
}

/** Member `actor`'s box key when their coalition signing key signed it; null otherwise. */
export function verifiedBox(state: SharedReplica, actor: string, roster: SignerRoster, coalitionId: string): string | null {
  const register = state.record(MEMBER_TABLE, actor)?.fields.get(BOX_FIELD);
  const signer = roster.get(actor);
  if (register === undefined || register.length === 0 || signer === undefined) return null;
  const value = winner(register).value as { key?: unknown; sig?: unknown } | null;
  if (value === null || typeof value !== 'object' || !isPublicKey(value.key) || typeof value.sig !== 'string') return null;
  return verifyText(signer, boxStatement(coalitionId, actor, value.key), value.sig) ? value.key : null;
}

/** The record's members (actor ids) as its member table holds them; those who left are not. */
export function recordMembers(state: SharedReplica): string[] {
  return state.recordsOf(MEMBER_TABLE).flatMap((m) => (isRemoved(m) ? [] : [m.id]));
}

function kek(shared: Buffer, epk: Buffer, recipient: string, context: string): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([epk, Buffer.from(recipient, 'base64')]), context, 32));
}

const wrapContext = (next: string, actor: string) => `coalition-map/record-rekey/v1\n${next}\n${actor}`;

/** The new key for member `actor` (box key `boxKey`) of the new record `next`: only their box key opens it. */
export function wrapKey(key: Uint8Array, boxKey: string, next: string, actor: string): string {
  const eph = generateKeyPairSync('x25519');
  const recipient = createPublicKey({ key: Buffer.concat([X25519_SPKI, Buffer.from(boxKey, 'base64')]), format: 'der', type: 'spki' });
  const epk = Buffer.from(rawPublic(eph.publicKey), 'base64');
  const context = wrapContext(next, actor);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', kek(diffieHellman({ privateKey: eph.privateKey, publicKey: recipient }), epk, boxKey, context), nonce).setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([epk, nonce, body, cipher.getAuthTag()]).toString('base64');
}

/** The new key inside `wrapped`, or null when this box key does not open it. */
export function unwrapKey(wrapped: string, box: BoxKeys, next: string, actor: string): Buffer | null {
  const bytes = Buffer.from(wrapped, 'base64');
  if (bytes.length !== 32 + NONCE + 32 + TAG) return null;
  const epk = bytes.subarray(0, 32);
  const context = wrapContext(next, actor);
  try {
    const sender = createPublicKey({ key: Buffer.concat([X25519_SPKI, epk]), format: 'der', type: 'spki' });
    const decipher = createDecipheriv('aes-256-gcm', kek(diffieHellman({ privateKey: box.privateKey, publicKey: sender }), epk, box.publicKey, context), bytes.subarray(32, 32 + NONCE)).setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
    return Buffer.concat([decipher.update(bytes.subarray(32 + NONCE, bytes.length - TAG)), decipher.final()]);
  } catch {
    return null;
  }
}

/** The note key of a restricted record's notes: its current key, bound to the record. */
export function recordNoteKey(record: { readonly id: string; readonly key: string }, signer?: SigningKeys): NoteKey {
  return { key: Buffer.from(record.key, 'base64'), coalitionId: `restricted-${record.id}`, ...(signer === undefined ? {} : { signer }) };
}

export async function writeRekeyNote(relay: RelaySettings, note: RekeyNote, key: NoteKey): Promise<void> {
  await writeNote(relay, 'rekey', note, key);
}

/**
 * The record's "rekey" note: none, one a member signed ('valid'), or one refused (not signed by a
 * member of the record, signed by a member it removes, or not opening under the record's key).
 */
export async function readRekeyNote(
  relay: RelaySettings,
  record: { readonly id: string; readonly key: string },
  members: readonly string[],
  roster: SignerRoster,
): Promise<{ kind: 'none' } | { kind: 'refused' } | { kind: 'valid'; note: RekeyNote }> {
  const stored = await readStoredNote(relay, 'rekey');
  if (stored === null) return { kind: 'none' };
  const { signer } = splitCt(stored);
  const author = members.find((m) => roster.get(m) === signer);
  if (signer === null || author === undefined) return { kind: 'refused' };
  const note = openNote('rekey', stored, { ...recordNoteKey(record), signers: [signer] });
  if (note === null || note.by !== author || note.removed.includes(author)) return { kind: 'refused' };
  return { kind: 'valid', note };
}
