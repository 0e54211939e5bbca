// The audit log's seal for encrypted maps: `audit.seals` beside the log holds, for each key that
// appended to it, how many entries the log held then and the hash of its last line, authenticated
// with an HMAC under a key derived from the map's own key (PassphraseCodec.auditSealKeys). The head
// (audit-head.ts) is plain: whoever can write the data folder can rewrite the log and the head
// together. The seal they cannot rewrite without the passphrase, so editing, removing or cutting
// any entry up to the last one the app appended under that key shows when the map is unlocked.
//
// What a seal cannot show, stated plainly: entries added after the last sealed one (other maps,
// plain maps and the command line append without this key, so later lines are expected), and a
// plain map's log, which has only the head (today's behaviour). Each seal is found by an id made
// from its key, so the file names no map; seals of keys no longer used are dropped oldest first.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../store/atomic-write';
import { errorCode, type FsPort } from '../store/fs-port';
import { decodeJsonBytes } from '../store/safe-json';
import { sha256Hex } from './audit-entry';

export const AUDIT_SEALS_FILE_NAME = 'audit.seals';
const MAX_SEALS = 50;

const sealSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  entries: z.number().int().min(0),
  lastHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  problems: z.array(z.string().max(400)).max(100),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
const sealsSchema = z.strictObject({ format: z.literal('coalition-audit-seals'), version: z.literal(1), seals: z.array(sealSchema).max(MAX_SEALS) });

type Seal = z.infer<typeof sealSchema>;
type SealsRead = { readonly kind: 'seals'; readonly seals: readonly Seal[] } | { readonly kind: 'unreadable' };

export function auditSealsPath(dataDir: string): string {
  return join(dataDir, AUDIT_SEALS_FILE_NAME);
}

const hmac = (key: Uint8Array, text: string): string => createHmac('sha256', key).update(text, 'utf8').digest('hex');
const sealIdOf = (key: Uint8Array): string => hmac(key, 'coalition-mapper audit seal id').slice(0, 32);
const macOf = (key: Uint8Array, seal: Omit<Seal, 'mac'>): string =>
  hmac(key, JSON.stringify({ id: seal.id, entries: seal.entries, lastHash: seal.lastHash, problems: seal.problems }));

async function readSeals(dataDir: string, fs: FsPort): Promise<SealsRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(auditSealsPath(dataDir));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'seals', seals: [] };
    throw error;
  }
  const decoded = decodeJsonBytes(bytes);
  const parsed = decoded.ok ? sealsSchema.safeParse(decoded.value) : null;
  return parsed?.success ? { kind: 'seals', seals: parsed.data.seals } : { kind: 'unreadable' };
}

/** The seal made under one of `keys` (the map's key may have been upgraded since), checked; null when none. */
function ownSeal(seals: readonly Seal[], keys: readonly Uint8Array[]): { seal: Seal; genuine: boolean } | null {
  for (const key of keys) {
    const seal = seals.find((s) => s.id === sealIdOf(key));
    if (!seal) continue;
    const expected = Buffer.from(macOf(key, seal), 'hex');
    return { seal, genuine: timingSafeEqual(expected, Buffer.from(seal.mac, 'hex')) };
  }
  return null;
}

const entries = (n: number): string => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** A seal check's outcome: problems the seal carried from earlier checks, and what is found now. */
export interface SealCheck {
  readonly carried: readonly string[];
  readonly found: readonly string[];
  /** No seal under these keys: a first seal (after a new passphrase), or one deleted. */
  readonly absent: boolean;
}

/** What the log says against this map's seal; nothing found when every sealed entry is still there, unchanged. */
export async function checkAuditSeal(dataDir: string, lines: readonly string[], keys: readonly Uint8Array[], fs: FsPort): Promise<SealCheck> {
  const read = await readSeals(dataDir, fs);
  if (read.kind === 'unreadable') {
    return { carried: [], found: ['the audit seal (audit.seals) was changed or damaged: the log cannot be checked against this map\'s key'], absent: false };
  }
  const own = ownSeal(read.seals, keys);
  if (own === null) {
    if (lines.length === 0) return { carried: [], found: [], absent: true };
    const found = ['no audit seal for this map\'s key was found (audit.seals was deleted or rewritten, or the map was last used by an older version or on another computer): the log is sealed again from now on'];
    return { carried: [], found, absent: true };
  }
  if (!own.genuine) return { carried: [], found: ['the audit seal for this map was forged or changed (its check under the map\'s key fails)'], absent: false };
  const { seal } = own;
  const found: string[] = [];
  if (lines.length < seal.entries) found.push(`the audit log holds ${entries(lines.length)}, but ${entries(seal.entries)} were sealed under this map's key: entries were removed`);
  else if (seal.entries > 0 && sha256Hex(lines[seal.entries - 1]!) !== seal.lastHash) {
    found.push(`the audit log's first ${entries(seal.entries)} are not the ones sealed under this map's key: entries were changed, removed or inserted`);
  }
  return { carried: seal.problems, found, absent: false };
}

/**
 * Seals the log as it now ends under every key given, carrying `problems` (what was found before)
 * so a later seal cannot wash them away. A seal file that cannot be read is replaced: its problem
 * is among those carried.
 */
export async function writeAuditSeal(dataDir: string, lines: readonly string[], keys: readonly Uint8Array[], problems: readonly string[], fs: FsPort): Promise<void> {
  if (keys.length === 0) return;
  const read = await readSeals(dataDir, fs);
  const ids = new Set(keys.map(sealIdOf));
  const kept = read.kind === 'seals' ? read.seals.filter((s) => !ids.has(s.id)) : [];
  const last = lines.at(-1);
  const fresh = keys.map((key): Seal => {
    const body = { id: sealIdOf(key), entries: lines.length, lastHash: last === undefined ? null : sha256Hex(last), problems: problems.slice(-100) };
    return { ...body, mac: macOf(key, body) };
  });
  const seals = [...kept, ...fresh].slice(-MAX_SEALS);
  await writeFileAtomic(auditSealsPath(dataDir), `${JSON.stringify({ format: 'coalition-audit-seals', version: 1, seals })}\n`, { fs });
}
