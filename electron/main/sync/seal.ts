// Sealing: every change is encrypted and authenticated on this device before it goes to the relay,
// so the relay (or a shared folder) holds only random ids and ciphertext. AES-256-GCM under the
// coalition key, a fresh 96-bit nonce per change, and the coalition id as associated data, so a
// change sealed for one shared map cannot be replayed into another. A change that fails the tag
// check (altered, or sealed with another key) is refused and never applied.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { changeSchema, type Change } from '../../../shared/sync/change';
import type { SharedRecord } from '../../../shared/sync/replica';

export interface Sealed {
  /** Random: says nothing about the author, the record or the order. */
  readonly id: string;
  /** base64 of nonce | ciphertext | tag. */
  readonly ct: string;
}

export interface Sealer {
  seal(change: Change): Sealed;
  /** The change inside, or a SyncRefusal. */
  open(sealed: Sealed): Change;
  /**
   * Seals bytes that are not a change (a part of a snapshot); `context` (what it is and where it
   * belongs) is authenticated too, so a part opens only as itself, never as a change or another part.
   */
  sealBlob?(context: string, bytes: Uint8Array): string;
  /** The bytes inside, or a SyncRefusal naming `id`. */
  openBlob?(id: string, context: string, ct: string): Buffer;
  /**
   * Signed maps (signing-peer.ts): once a snapshot's parts are open, checks their signer against the
   * member list (this device's and the snapshot's own); throws a SyncRefusal naming `sid`.
   */
  checkSnapshot?(sid: string, partIds: readonly string[], records: readonly SharedRecord[]): void;
}

export class SyncRefusal extends Error {
  constructor(readonly sealedId: string, reason: string) {
    super(`change ${sealedId} refused: ${reason}`);
  }
}

export const COALITION_KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function newCoalitionKey(): Buffer {
  return randomBytes(COALITION_KEY_BYTES);
}

export function newSealedId(): string {
  return randomBytes(16).toString('hex');
}

export function coalitionSealer(key: Uint8Array, coalitionId: string): Sealer {
  if (key.length !== COALITION_KEY_BYTES) throw new Error('a coalition key is 32 bytes');
  const aad = `coalition-map/sync/v1/${coalitionId}`;
  return {
    seal: (change) => ({ id: newSealedId(), ct: encrypt(key, aad, Buffer.from(JSON.stringify(change), 'utf8')) }),
    // A signed map's change carries its author's signature after a '.' (signing.ts), checked apart.
    open: (sealed) => parseChange(sealed.id, decrypt(key, aad, sealed.id, sealed.ct.split('.')[0] ?? '', 'change').toString('utf8')),
    sealBlob: (context, bytes) => encrypt(key, `${aad}/${context}`, bytes),
    openBlob: (id, context, ct) => decrypt(key, `${aad}/${context}`, id, ct, 'part'),
  };
}

function encrypt(key: Uint8Array, aad: string, plain: Uint8Array): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
}

function decrypt(key: Uint8Array, aad: string, id: string, ct: string, what: string): Buffer {
  const bytes = Buffer.from(ct, 'base64');
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new SyncRefusal(id, `too short to be a sealed ${what}`);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES)).setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SyncRefusal(id, 'it was altered or sealed with another key');
  }
}

/** Even a correctly sealed change is checked: a member's app may be older, newer or broken. */
export function parseChange(sealedId: string, text: string): Change {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SyncRefusal(sealedId, 'its content is not a change');
  }
  const parsed = changeSchema.safeParse(value);
  if (!parsed.success) throw new SyncRefusal(sealedId, 'its content is not a valid change');
  return parsed.data as Change;
}
