// Turning a passphrase into a 256-bit key with scrypt. The cost parameters travel in each file
// (salt, N, r, p in the envelope, bound into its authentication tag), so files written under an
// older, cheaper setting still open, and the limits below stop a doctored file from asking for
// gigabytes. A map opened under older parameters is written under the current ones from then on.
import { randomBytes, scrypt, scryptSync } from 'node:crypto';
import { MIN_PASSPHRASE_CHARS } from '../../../shared/security/passphrase-length';

export interface ScryptParams {
  readonly salt: Buffer;
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;
/**
 * 2^17 with r = 8 (OWASP's scrypt minimum) takes 128 MiB and about half a second: slow for
 * guessing, fine once per unlock. Maps written before used 2^15 (LEGACY_COST) and still open.
 */
export const DEFAULT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
export const LEGACY_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
export const MIN_PASSPHRASE_LENGTH = MIN_PASSPHRASE_CHARS;

/** True when a file's parameters are cheaper than today's: its next write uses DEFAULT_COST. */
export function isBelowDefaultCost(params: Pick<ScryptParams, 'N' | 'r' | 'p'>): boolean {
  return 128 * params.N * params.r * params.p < 128 * DEFAULT_COST.N * DEFAULT_COST.r * DEFAULT_COST.p;
}

const MAX_MEMORY_BYTES = 256 * 1024 * 1024;

/**
 * Memory scrypt needs, with headroom; Node refuses to run past `maxmem` (32 MiB by default, less
 * than 2^17 needs), so it is set explicitly.
 */
function maxmemFor(params: Pick<ScryptParams, 'N' | 'r' | 'p'>): number {
  return 2 * 128 * params.N * params.r * params.p;
}

/** Why these parameters are refused, or null when they are acceptable. */
export function scryptParamsProblem(params: Pick<ScryptParams, 'N' | 'r' | 'p'> & { readonly salt: Uint8Array }): string | null {
  const { N, r, p } = params;
  if (!Number.isInteger(N) || N < 2 ** 14 || N > 2 ** 20 || (N & (N - 1)) !== 0) return 'N must be a power of two from 2^14 to 2^20';
  if (!Number.isInteger(r) || r < 1 || r > 32) return 'r must be a whole number from 1 to 32';
  if (!Number.isInteger(p) || p < 1 || p > 4) return 'p must be a whole number from 1 to 4';
  if (128 * N * r * p > MAX_MEMORY_BYTES) return 'the parameters would need more than 256 MiB of memory';
  if (params.salt.length < SALT_BYTES || params.salt.length > 64) return `the salt must be ${SALT_BYTES} to 64 bytes`;
  return null;
}

/** The same passphrase typed on different systems may arrive composed differently; NFC makes it one. */
export function passphraseBytes(passphrase: string): Buffer {
  if (passphrase.length === 0) throw new Error('The passphrase is empty.');
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

export function freshScryptParams(cost: Pick<ScryptParams, 'N' | 'r' | 'p'> = DEFAULT_COST): ScryptParams {
  return { salt: randomBytes(SALT_BYTES), N: cost.N, r: cost.r, p: cost.p };
}

function checked(params: ScryptParams): ScryptParams {
  const problem = scryptParamsProblem(params);
  if (problem !== null) throw new Error(`Refused key-derivation parameters: ${problem}.`);
  return params;
}

export function deriveKey(secret: Buffer, params: ScryptParams): Promise<Buffer> {
  const { salt, N, r, p } = checked(params);
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_BYTES, { N, r, p, maxmem: maxmemFor(params) }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** For a backup written under another salt of the same passphrase; rare, so blocking is acceptable. */
export function deriveKeySync(secret: Buffer, params: ScryptParams): Buffer {
  const { salt, N, r, p } = checked(params);
  return scryptSync(secret, salt, KEY_BYTES, { N, r, p, maxmem: maxmemFor(params) });
}
