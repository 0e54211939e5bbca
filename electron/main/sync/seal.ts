// Sealing: every change is encrypted and authenticated on this device before it goes to the relay,
// so the relay (or a shared folder) holds only random ids and ciphertext. AES-256-GCM under the
// coalition key, a fresh 96-bit nonce per change, and the coalition id as associated data, so a
// change sealed for one shared map cannot be replayed into another. A change that fails the tag
// check (altered, or sealed with another key) is refused and never applied.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { changeSchema, type Change } from '../../../shared/sync/change';

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
  const aad = Buffer.from(`coalition-map/sync/v1/${coalitionId}`, 'utf8');
  return {
    seal(change) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aad);
      const body = Buffer.concat([cipher.update(JSON.stringify(change), 'utf8'), cipher.final()]);
      return { id: newSealedId(), ct: Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64') };
    },
    open(sealed) {
      const bytes = Buffer.from(sealed.ct, 'base64');
      if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new SyncRefusal(sealed.id, 'too short to be a sealed change');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES)).setAAD(aad);
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      let text: string;
      try {
        text = Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SyncRefusal(sealed.id, 'it was altered or sealed with another key');
      }
      return parseChange(sealed.id, text);
    },
  };
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
