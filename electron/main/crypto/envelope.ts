// The on-disk form of an encrypted map: a small JSON envelope around AES-256-GCM ciphertext.
//   { format, version, kdf: { name: "scrypt", salt, N, r, p }, nonce, ciphertext, tag }
// Binary fields are base64. The header (format, version, kdf) is bound into the authentication
// tag as associated data, so editing the cost parameters or salt is detected like any other change.
import { z } from 'zod';
import { ENCRYPTED_MAP_FORMAT } from '../store/codec';
import { MapFileError } from '../store/errors';
import { decodeJsonBytes } from '../store/safe-json';
import { scryptParamsProblem, type ScryptParams } from './kdf';

export const ENVELOPE_VERSION = 1;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

export interface Envelope {
  readonly kdf: ScryptParams;
  readonly nonce: Buffer;
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

const base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'not base64');

const envelopeSchema = z.strictObject({
  format: z.literal(ENCRYPTED_MAP_FORMAT),
  version: z.number().int().min(1),
  kdf: z.strictObject({ name: z.literal('scrypt'), salt: base64, N: z.number(), r: z.number(), p: z.number() }),
  nonce: base64,
  ciphertext: base64,
  tag: base64,
});

/** The exact bytes authenticated alongside the ciphertext; rebuilt the same way on both sides. */
export function associatedData(kdf: ScryptParams): Buffer {
  const header = { format: ENCRYPTED_MAP_FORMAT, version: ENVELOPE_VERSION, kdf: kdfJson(kdf) };
  return Buffer.from(JSON.stringify(header), 'utf8');
}

function kdfJson(kdf: ScryptParams): Record<string, string | number> {
  return { name: 'scrypt', salt: kdf.salt.toString('base64'), N: kdf.N, r: kdf.r, p: kdf.p };
}

export function serializeEnvelope(envelope: Envelope): Uint8Array {
  const json = {
    format: ENCRYPTED_MAP_FORMAT,
    version: ENVELOPE_VERSION,
    kdf: kdfJson(envelope.kdf),
    nonce: envelope.nonce.toString('base64'),
    ciphertext: envelope.ciphertext.toString('base64'),
    tag: envelope.tag.toString('base64'),
  };
  return Buffer.from(`${JSON.stringify(json)}\n`, 'utf8');
}

/** True for bytes that claim to be an encrypted map (whether or not the envelope is intact). */
export function looksEncrypted(bytes: Uint8Array): boolean {
  const decoded = decodeJsonBytes(bytes);
  return decoded.ok && isRecord(decoded.value) && decoded.value.format === ENCRYPTED_MAP_FORMAT;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function damaged(path: string, what: string): MapFileError {
  return new MapFileError('unreadable', path, `${path}: the encrypted map's envelope is damaged (${what})`);
}

/**
 * Reads an envelope, or returns null when the bytes are not one (a plain map, or not JSON at all:
 * the map reader reports those). Throws 'unreadable' for a damaged envelope and 'newer-version'
 * for one written by a newer app; the message never quotes the content.
 */
export function parseEnvelope(bytes: Uint8Array, path: string): Envelope | null {
  const decoded = decodeJsonBytes(bytes);
  if (!decoded.ok || !isRecord(decoded.value) || decoded.value.format !== ENCRYPTED_MAP_FORMAT) return null;
  const version = decoded.value.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > ENVELOPE_VERSION) {
    throw new MapFileError(
      'newer-version',
      path,
      `${path}: this map was encrypted by a newer version of Coalition Mapper (envelope ${version}; this app reads ${ENVELOPE_VERSION}). It was left untouched.`,
    );
  }
  const parsed = envelopeSchema.safeParse(decoded.value);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'top level';
    throw damaged(path, `${where}: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}`);
  }
  const e = parsed.data;
  const kdf: ScryptParams = { salt: Buffer.from(e.kdf.salt, 'base64'), N: e.kdf.N, r: e.kdf.r, p: e.kdf.p };
  const kdfProblem = scryptParamsProblem(kdf);
  if (kdfProblem !== null) throw damaged(path, `kdf: ${kdfProblem}`);
  const nonce = Buffer.from(e.nonce, 'base64');
  const tag = Buffer.from(e.tag, 'base64');
  if (nonce.length !== NONCE_BYTES) throw damaged(path, `nonce: expected ${NONCE_BYTES} bytes, found ${nonce.length}`);
  if (tag.length !== TAG_BYTES) throw damaged(path, `tag: expected ${TAG_BYTES} bytes, found ${tag.length}`);
  return { kdf, nonce, ciphertext: Buffer.from(e.ciphertext, 'base64'), tag };
}
