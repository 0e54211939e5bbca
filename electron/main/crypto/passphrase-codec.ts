// A store codec keyed by a passphrase: AES-256-GCM with a fresh random 96-bit nonce per write,
// the key from scrypt. Keys are cached per salt, so backups written under an earlier salt of the
// same passphrase still open. `forget()` drops the passphrase and keys (auto-lock calls it).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { ByteCodec } from '../store/codec';
import { MapFileError } from '../store/errors';
import { associatedData, NONCE_BYTES, parseEnvelope, serializeEnvelope, TAG_BYTES, type Envelope } from './envelope';
import { deriveKey, deriveKeySync, freshScryptParams, isBelowDefaultCost, passphraseBytes, type ScryptParams } from './kdf';

export interface PassphraseCodec extends ByteCodec {
  /** The key-derivation settings new writes carry (no secret in them). */
  readonly kdf: ScryptParams;
  /**
   * Keys for sealing the audit log (electron/main/audit/audit-seal.ts), one per key held (the
   * current one first, then those of older settings the file was read with): HKDF-SHA256 of the
   * map's key under their own label, so a seal never reveals or reuses the encryption key.
   */
  auditSealKeys(): Buffer[];
  /** Overwrites the passphrase and keys held in memory; the codec refuses all work afterwards. */
  forget(): void;
}

export function wrongPassphrase(path: string): MapFileError {
  return new MapFileError(
    'wrong-passphrase',
    path,
    `${path}: the passphrase is wrong or the file was changed, so it could not be decrypted. The file was left untouched.`,
  );
}

const AUDIT_SEAL_LABEL = 'coalition-mapper audit seal v1';

function kdfId(kdf: ScryptParams): string {
  return `${kdf.salt.toString('hex')}:${kdf.N}:${kdf.r}:${kdf.p}`;
}

/** Decrypts and authenticates; null when the tag does not match (wrong key or changed bytes). */
function openEnvelope(envelope: Envelope, key: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', key, envelope.nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(envelope.kdf));
  decipher.setAuthTag(envelope.tag);
  try {
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

function makeCodec(secret: Buffer, kdf: ScryptParams, key: Buffer, older: readonly [ScryptParams, Buffer][] = []): PassphraseCodec {
  const keys = new Map<string, Buffer>([[kdfId(kdf), key], ...older.map(([params, k]): [string, Buffer] => [kdfId(params), k])]);
  let forgotten = false;
  const ensureHeld = (): void => {
    if (forgotten) throw new Error('The map is locked: its key was dropped from memory. Unlock it again.');
  };
  const keyFor = (params: ScryptParams): Buffer => {
    const id = kdfId(params);
    const cached = keys.get(id);
    if (cached) return cached;
    const derived = deriveKeySync(secret, params);
    keys.set(id, derived);
    return derived;
  };
  return {
    kdf,
    encode(plain) {
      ensureHeld();
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(associatedData(kdf));
      const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
      return serializeEnvelope({ kdf, nonce, ciphertext, tag: cipher.getAuthTag() });
    },
    decode(stored, path) {
      ensureHeld();
      const envelope = parseEnvelope(stored, path);
      if (envelope === null) return stored;
      const plain = openEnvelope(envelope, keyFor(envelope.kdf));
      if (plain === null) throw wrongPassphrase(path);
      return plain;
    },
    auditSealKeys() {
      ensureHeld();
      return [key, ...older.map(([, k]) => k)].map((k) => Buffer.from(hkdfSync('sha256', k, Buffer.alloc(0), AUDIT_SEAL_LABEL, 32)));
    },
    forget() {
      forgotten = true;
      secret.fill(0);
      for (const k of keys.values()) k.fill(0);
      keys.clear();
    },
  };
}

/** A codec for a map being encrypted now (or getting a new passphrase): a new random salt. */
export async function createPassphraseCodec(passphrase: string, cost?: Pick<ScryptParams, 'N' | 'r' | 'p'>): Promise<PassphraseCodec> {
  // The strength meter's dictionaries are large: loaded only when a passphrase is chosen, never to unlock.
  const { newPassphraseProblem } = await import('./new-passphrase');
  const problem = newPassphraseProblem(passphrase);
  if (problem !== null) throw new Error(problem);
  const secret = passphraseBytes(passphrase);
  const kdf = freshScryptParams(cost);
  return makeCodec(secret, kdf, await deriveKey(secret, kdf));
}

/**
 * Unlocks an encrypted file's bytes: derives the key from the file's own salt and proves it by
 * decrypting, so a wrong passphrase is refused here, before anything is opened for writing.
 * Returns null when the bytes are not an encrypted map (nothing to unlock).
 */
export async function unlockPassphraseCodec(stored: Uint8Array, passphrase: string, path: string): Promise<PassphraseCodec | null> {
  const envelope = parseEnvelope(stored, path);
  if (envelope === null) return null;
  const secret = passphraseBytes(passphrase);
  const key = await deriveKey(secret, envelope.kdf);
  if (openEnvelope(envelope, key) === null) {
    secret.fill(0);
    key.fill(0);
    throw wrongPassphrase(path);
  }
  if (!isBelowDefaultCost(envelope.kdf)) return makeCodec(secret, envelope.kdf, key);
  // Written under older, cheaper parameters: read with them, write under today's from the next save.
  const current = freshScryptParams();
  return makeCodec(secret, current, await deriveKey(secret, current), [[envelope.kdf, key]]);
}
