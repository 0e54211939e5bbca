// The store's one hook for encryption at rest: every byte of a map, a backup or a temp file passes
// through a codec on its way to the disk, so with a key set no plaintext ever lands there. The
// store knows nothing of ciphers; electron/main/crypto supplies the codec.

/** The `format` an encrypted map's envelope carries; the store uses it to ask for a passphrase. */
export const ENCRYPTED_MAP_FORMAT = 'coalition-map-encrypted';

export interface ByteCodec {
  /** Plain map bytes to what is stored (a fresh nonce every call). */
  encode(plain: Uint8Array): Uint8Array;
  /**
   * Stored bytes back to the plain map bytes. Bytes that are not an encrypted envelope are returned
   * as they are (a plain map opened with a key is encrypted at its next save). Throws a MapFileError:
   * 'wrong-passphrase' when authentication fails, 'unreadable' for a damaged envelope.
   */
  decode(stored: Uint8Array, path: string): Uint8Array;
}

const utf8 = new TextEncoder();

/** What goes to the disk for `plain`: encoded when a codec is set, else the plain bytes. */
export function toStored(plain: string | Uint8Array, codec: ByteCodec | null | undefined): string | Uint8Array {
  if (!codec) return plain;
  return codec.encode(typeof plain === 'string' ? utf8.encode(plain) : plain);
}
