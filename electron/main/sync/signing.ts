// Each organizer's own signing key (Ed25519, node:crypto): the coalition key proves a change came
// from a member, the signature proves which member. Signatures sit outside the AES-GCM seal, over
// the sealed bytes and the relay document's id (and the coalition id), so a signed change cannot be
// moved to another document or another shared map; the relay sees a signature but no public key
// of a change's author (the member list travels sealed), so it cannot tell whose it is.
//
// A signed relay document's `ct` is `<sealed base64>.<signature base64>` ('.' is not base64, so an
// unsigned `ct` from before this update is told apart at once). Snapshot parts and notes carry the
// signer's public key as a third piece: a device opening a snapshot may not know the roster yet.
import { createHash, randomBytes, createPrivateKey, createPublicKey, generateKeyPairSync, hkdfSync, sign, verify, type KeyObject } from 'node:crypto';

export interface SigningKeys {
  /** The raw 32-byte Ed25519 public key, base64: what the member list carries. */
  readonly publicKey: string;
  /** The raw 32-byte Ed25519 private key (its seed), base64: never leaves the sharing settings. */
  readonly privateKey: string;
}

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
export const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
const B64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function newSigningKeys(): SigningKeys {
  const { privateKey } = generateKeyPairSync('ed25519');
  return keysOfPrivate(privateKey);
}

/** The key pair of a 32-byte seed (an invitation's key is derived from the invite's secret). */
export function signingKeysFromSeed(seed: Uint8Array): SigningKeys {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  return keysOfPrivate(createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' }));
}

/** The invitation key pair an invite's secret stands for, bound to its coalition. */
export function invitationKeys(secret: Uint8Array, coalitionId: string): SigningKeys {
  return signingKeysFromSeed(Buffer.from(hkdfSync('sha256', secret, coalitionId, 'coalition-map/invitation/v1', 32)));
}

function keysOfPrivate(privateKey: KeyObject): SigningKeys {
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  return { publicKey: spki.subarray(SPKI_PREFIX.length).toString('base64'), privateKey: pkcs8.subarray(PKCS8_PREFIX.length).toString('base64') };
}

/**
 * A coalition id anchored at a public key: 32 hex digits (128 bits of SHA-256) of the key and a
 * random salt. A signed shared map's id is its creator's anchored id, so every invite already names
 * the anchor of the member list; the salt (in the creator's member record) makes each new copy of a
 * map (after a removal or a clean copy) a new id even when the same organizer anchors it.
 */
export function fingerprint(publicKey: string, salt: string): string {
  return createHash('sha256').update(`coalition-map/anchor/v1\n${salt}\n`).update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32);
}

/** A new signed map's coalition id and the salt its creator's member record will carry. */
export function anchoredCoalition(publicKey: string): { coalitionId: string; salt: string } {
  const salt = randomBytes(16).toString('hex');
  return { coalitionId: fingerprint(publicKey, salt), salt };
}

export function isPublicKey(value: unknown): value is string {
  return typeof value === 'string' && B64.test(value) && Buffer.from(value, 'base64').length === PUBLIC_KEY_BYTES;
}

export function signText(privateKey: string, message: string | Uint8Array): string {
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(privateKey, 'base64')]), format: 'der', type: 'pkcs8' });
  return sign(null, typeof message === 'string' ? Buffer.from(message, 'utf8') : message, key).toString('base64');
}

/** True only for a well-formed signature by `publicKey` over `message`; anything malformed is false. */
export function verifyText(publicKey: string, message: string | Uint8Array, signature: string): boolean {
  if (!isPublicKey(publicKey) || !B64.test(signature)) return false;
  const sig = Buffer.from(signature, 'base64');
  if (sig.length !== SIGNATURE_BYTES) return false;
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKey, 'base64')]), format: 'der', type: 'spki' });
    return verify(null, typeof message === 'string' ? Buffer.from(message, 'utf8') : message, key, sig);
  } catch {
    return false;
  }
}

/** What a relay document's signature covers: the coalition, the document's id, what it is and its sealed bytes. */
export function documentMessage(coalitionId: string, docId: string, kind: string, ct: string): string {
  return `coalition-map/signed/v1\n${coalitionId}\n${kind}\n${docId}\n${ct}`;
}

export interface SignedCt {
  /** The sealed part (what the coalition key opens). */
  readonly ct: string;
  /** Null: an unsigned document, from before this update or from a forger. */
  readonly signature: string | null;
  /** Only on snapshot parts and notes. */
  readonly signer: string | null;
}

export function joinCt(ct: string, signature: string, signer?: string): string {
  return signer === undefined ? `${ct}.${signature}` : `${ct}.${signature}.${signer}`;
}

export function splitCt(stored: string): SignedCt {
  const [ct = '', signature, signer] = stored.split('.');
  return { ct, signature: signature ?? null, signer: signer ?? null };
}
