// Two small sealed notes a relay database may hold beside the sealed changes, for a shared map that
// moved to a new key and a new database (removing an organizer, or a clean copy):
//
// - "moved", left in the OLD database under the OLD key: when, who moved it, and which organizers
//   were removed. It carries no key and no address of the new copy, on purpose: the removed
//   organizer still holds the old key and can read it. Members share one coalition key for reading
//   (their own keys only sign), so nothing sealed in the old database could reach the others
//   without reaching the removed one too. The new key
//   travels only in a handover invite, given out of band like the first invite.
// - "handover", left in the NEW database under the NEW key: which shared map this copy continues
//   (the old coalition id), what the copy covers (the version vector) and the ids of records left
//   out. Only those given the new key read it; a follower checks it continues their own map.
//
// In a signed map (signing-peer.ts) a note is signed by the member who wrote it, over its sealed
// bytes and its id, and read only when a member's key signed it: no key holder can leave a "moved"
// note in another member's name.
//
// A note's id is not a sealed change's (32 hex digits), so the sync never reads one as a change.
// Sealed with AES-256-GCM like a change, but bound to its own associated data, so a note cannot be
// passed off as a change or the other note.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateFolder, writeFileAtomic } from '../store/atomic-write';
import { errorCode } from '../store/fs-port';
import { RelayUnavailable, relayFetch } from './couch-relay';
import type { RelaySettings } from './sharing-file';
import { documentMessage, joinCt, signText, splitCt, verifyText, type SigningKeys } from './signing';

const movedSchema = z.strictObject({ at: z.iso.datetime(), by: z.string().max(200), removed: z.array(z.string().max(64)).max(200) });
const handoverSchema = z.strictObject({
  previous: z.string().regex(/^[0-9a-f]{32}$/),
  basis: z.record(z.string().max(64), z.number().int().min(0)),
  erase: z.array(z.string().max(200)).max(100_000),
});
/**
 * "rekey", left in a restricted record's database under its current key (restricted-rekey.ts): the
 * record moved to a new key and database without the organizers in `removed`; the new key is in
 * `keys`, wrapped for each remaining member's own key, so the removed ones cannot open it.
 */
const rekeySchema = z.strictObject({
  at: z.iso.datetime(),
  by: z.string().regex(/^[a-z0-9-]{8,64}$/),
  removed: z.array(z.string().regex(/^[a-z0-9-]{8,64}$/)).min(1).max(200),
  next: z.string().regex(/^[0-9a-f]{32}$/),
  basis: z.record(z.string().max(64), z.number().int().min(0)),
  keys: z.record(z.string().regex(/^[a-z0-9-]{8,64}$/), z.base64().max(200)),
});
const SCHEMAS = { moved: movedSchema, handover: handoverSchema, rekey: rekeySchema } as const;
export type MovedNote = z.infer<typeof movedSchema>;
export type HandoverNote = z.infer<typeof handoverSchema>;
export type RekeyNote = z.infer<typeof rekeySchema>;
type NoteKind = keyof typeof SCHEMAS;
type NoteOf<K extends NoteKind> = z.infer<(typeof SCHEMAS)[K]>;

const NONCE = 12;
const TAG = 16;
const docId = (kind: NoteKind) => `note-${kind}`;
const aad = (kind: NoteKind, coalitionId: string) => Buffer.from(`coalition-map/note/v1/${kind}/${coalitionId}`, 'utf8');

export interface NoteKey {
  readonly key: Uint8Array;
  readonly coalitionId: string;
  /** A signed map: the writer signs the note with their own key (signing.ts). */
  readonly signer?: SigningKeys;
  /** A signed map: the members' public keys; a note none of them signed opens as null. */
  readonly signers?: readonly string[];
}

export function sealNote<K extends NoteKind>(kind: K, note: NoteOf<K>, noteKey: NoteKey): string {
  const ct = sealUnsigned(kind, note, noteKey);
  const { signer, coalitionId } = noteKey;
  return signer === undefined ? ct : joinCt(ct, signText(signer.privateKey, documentMessage(coalitionId, docId(kind), 'note', ct)), signer.publicKey);
}

function sealUnsigned<K extends NoteKind>(kind: K, note: NoteOf<K>, { key, coalitionId }: NoteKey): string {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aad(kind, coalitionId));
  const body = Buffer.concat([cipher.update(JSON.stringify(SCHEMAS[kind].parse(note)), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
}

/** The note inside, or null when it does not open under this key (altered, or another coalition's). */
export function openNote<K extends NoteKind>(kind: K, stored: string, { key, coalitionId, signers }: NoteKey): NoteOf<K> | null {
  const { ct, signature, signer } = splitCt(stored);
  if (signers !== undefined && (signature === null || signer === null || !signers.includes(signer) || !verifyText(signer, documentMessage(coalitionId, docId(kind), 'note', ct), signature))) return null;
  const bytes = Buffer.from(ct, 'base64');
  if (bytes.length < NONCE + TAG) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE)).setAAD(aad(kind, coalitionId));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
    const text = Buffer.concat([decipher.update(bytes.subarray(NONCE, bytes.length - TAG)), decipher.final()]).toString('utf8');
    const parsed = SCHEMAS[kind].safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as NoteOf<K>) : null;
  } catch {
    return null;
  }
}

export async function writeNote<K extends NoteKind>(relay: RelaySettings, kind: K, note: NoteOf<K>, key: NoteKey): Promise<void> {
  const ct = sealNote(kind, note, key);
  if (relay.kind === 'folder') {
    await ensurePrivateFolder(relay.path);
    await writeFileAtomic(join(relay.path, `${docId(kind)}.note`), ct);
    return;
  }
  const response = await call(relay, docId(kind), 'PUT', JSON.stringify({ ct }));
  if (!response.ok) throw new RelayUnavailable(`the relay answered ${response.status} ${response.statusText}`);
}

/** The note of this kind the relay holds, or null when there is none (or none this key opens). */
export async function readNote<K extends NoteKind>(relay: RelaySettings, kind: K, key: NoteKey): Promise<NoteOf<K> | null> {
  const ct = await readStoredNote(relay, kind);
  return ct === null ? null : openNote(kind, ct, key);
}

/** The note of this kind as the relay stores it (sealed and signed), or null when there is none. */
export async function readStoredNote(relay: RelaySettings, kind: NoteKind): Promise<string | null> {
  if (relay.kind === 'folder') {
    try {
      return await readFile(join(relay.path, `${docId(kind)}.note`), 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }
  const response = await call(relay, docId(kind), 'GET');
  if (response.status === 404) return null;
  if (!response.ok) throw new RelayUnavailable(`the relay answered ${response.status} ${response.statusText}`);
  const doc = (await response.json()) as { ct?: unknown };
  return typeof doc.ct === 'string' ? doc.ct : null;
}

/** True when the relay holds nothing but notes (no sealed change): a moved copy's old database. */
export async function holdsOnlyNotes(relay: RelaySettings): Promise<boolean> {
  if (relay.kind === 'folder') return (await readdir(relay.path).catch(() => [] as string[])).every((name) => name.endsWith('.note'));
  const response = await call(relay, '_all_docs', 'GET');
  if (!response.ok) throw new RelayUnavailable(`the relay answered ${response.status} ${response.statusText}`);
  const body = (await response.json()) as { rows?: { id?: unknown }[] };
  return (body.rows ?? []).every((row) => typeof row.id === 'string' && row.id.startsWith('note-'));
}

async function call(relay: Extract<RelaySettings, { kind: 'couch' }>, id: string, method: 'GET' | 'PUT', body?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (relay.user !== undefined) headers.authorization = `Basic ${Buffer.from(`${relay.user}:${relay.password ?? ''}`).toString('base64')}`;
  return relayFetch(`${relay.url.replace(/\/+$/, '')}/${id}`, { method, headers, ...(body === undefined ? {} : { body }), signal: AbortSignal.timeout(15_000) });
}
