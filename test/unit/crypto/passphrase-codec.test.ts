// PRIV-2 at the codec level: round trips, fresh nonces, authentication of every byte and of the
// header, clear refusals for a wrong passphrase and for damaged envelopes.
import { describe, expect, it } from 'vitest';
import { createPassphraseCodec, unlockPassphraseCodec } from '../../../electron/main/crypto';
import { mapFileErrorFrom } from '../store/helpers/map-file-error';

const PLAIN = Buffer.from('{"format":"coalition-map","note":"lived-experience: ZZ"}\n');
const PATH = '/data/maps/test.coalition.json';

function envelopeOf(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
}

function reEnvelope(bytes: Uint8Array, change: (e: Record<string, unknown>) => void): Buffer {
  const e = envelopeOf(bytes);
  change(e);
  return Buffer.from(JSON.stringify(e));
}

const rejection = (run: () => unknown) => mapFileErrorFrom(run);

describe('passphrase codec', () => {
  it('writes the documented envelope and reads it back', async () => {
    const codec = await createPassphraseCodec('correct horse battery');
    const stored = codec.encode(PLAIN);
    const e = envelopeOf(stored);
    expect(Object.keys(e)).toEqual(['format', 'version', 'kdf', 'nonce', 'ciphertext', 'tag']);
    expect(e).toMatchObject({ format: 'coalition-map-encrypted', version: 1, kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } });
    expect(Buffer.from(e.nonce as string, 'base64')).toHaveLength(12);
    expect(Buffer.from(e.tag as string, 'base64')).toHaveLength(16);
    expect(Buffer.from(stored).includes(Buffer.from('lived-experience'))).toBe(false);
    expect(Buffer.from(codec.decode(stored, PATH)).equals(PLAIN)).toBe(true);
  });

  it('uses a fresh nonce for each of 1,000 writes', async () => {
    const codec = await createPassphraseCodec('correct horse battery');
    const nonces = new Set<string>();
    for (let i = 0; i < 1000; i += 1) nonces.add(envelopeOf(codec.encode(PLAIN)).nonce as string);
    expect(nonces.size).toBe(1000);
  });

  it('unlocks with the right passphrase (composed or decomposed) and refuses a wrong one clearly', async () => {
    const codec = await createPassphraseCodec('café au lait 42');
    const stored = codec.encode(PLAIN);
    const decomposed = 'café au lait 42'.normalize('NFD');
    const unlocked = await unlockPassphraseCodec(stored, decomposed, PATH);
    expect(Buffer.from(unlocked?.decode(stored, PATH) ?? []).equals(PLAIN)).toBe(true);
    const error = await rejection(() => unlockPassphraseCodec(stored, 'cafe au lait 42', PATH));
    expect(error.reason).toBe('wrong-passphrase');
    expect(error.message).toContain('the passphrase is wrong or the file was changed');
    expect(error.message).not.toContain('lived-experience');
  });

  it('detects one flipped bit anywhere in the ciphertext, nonce or tag', async () => {
    const codec = await createPassphraseCodec('correct horse battery');
    const stored = codec.encode(PLAIN);
    for (const field of ['ciphertext', 'nonce', 'tag'] as const) {
      const changed = reEnvelope(stored, (e) => {
        const bytes = Buffer.from(e[field] as string, 'base64');
        bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
        e[field] = bytes.toString('base64');
      });
      expect((await rejection(() => codec.decode(changed, PATH))).reason).toBe('wrong-passphrase');
    }
  });

  it('authenticates the header: a changed salt or cost is refused', async () => {
    const codec = await createPassphraseCodec('correct horse battery');
    const stored = codec.encode(PLAIN);
    const cheaper = reEnvelope(stored, (e) => ((e.kdf as Record<string, unknown>).N = 2 ** 14));
    expect((await rejection(() => codec.decode(cheaper, PATH))).reason).toBe('wrong-passphrase');
  });

  it('calls a cut-short or malformed envelope damaged, and never quotes it', async () => {
    const codec = await createPassphraseCodec('correct horse battery');
    const stored = codec.encode(PLAIN);
    const shortNonce = reEnvelope(stored, (e) => (e.nonce = 'AAAA'));
    const hugeCost = reEnvelope(stored, (e) => ((e.kdf as Record<string, unknown>).N = 2 ** 30));
    const extraKey = reEnvelope(stored, (e) => (e.note = 'x'));
    for (const bad of [shortNonce, hugeCost, extraKey]) {
      const error = await rejection(() => codec.decode(bad, PATH));
      expect(error.reason).toBe('unreadable');
      expect(error.message).toMatch(/envelope is damaged/);
    }
    // Truncated bytes are not JSON: the codec passes them on and the map reader reports them.
    const truncated = Buffer.from(stored).subarray(0, 80);
    expect(Buffer.from(codec.decode(truncated, PATH)).equals(truncated)).toBe(true);
    const newer = reEnvelope(stored, (e) => (e.version = 2));
    expect((await rejection(() => codec.decode(newer, PATH))).reason).toBe('newer-version');
  });

  it('opens an envelope written under another salt of the same passphrase', async () => {
    const first = await createPassphraseCodec('correct horse battery');
    const second = await createPassphraseCodec('correct horse battery');
    expect(first.kdf.salt.equals(second.kdf.salt)).toBe(false);
    expect(Buffer.from(second.decode(first.encode(PLAIN), PATH)).equals(PLAIN)).toBe(true);
  });

  it('refuses all work once the key is forgotten, and weak new passphrases', async () => {
    const codec = await createPassphraseCodec('correct horse battery');
    const stored = codec.encode(PLAIN);
    codec.forget();
    expect(() => codec.encode(PLAIN)).toThrow(/locked/);
    expect(() => codec.decode(stored, PATH)).toThrow(/locked/);
    await expect(createPassphraseCodec('short')).rejects.toThrow(/at least 8 characters/);
    await expect(createPassphraseCodec(' padded passphrase')).rejects.toThrow(/space/);
  });

  it('passes a plain map through unchanged', async () => {
    const codec = await createPassphraseCodec('correct horse battery');
    expect(codec.decode(PLAIN, PATH)).toBe(PLAIN);
    expect(await unlockPassphraseCodec(PLAIN, 'anything at all', PATH)).toBeNull();
  });
});
