// Where a shared map's sharing settings live: the coalition id and key, the relay, and who this
// organizer is. One file per map in the data folder's private `sharing` folder, named by a hash
// of the map's path (the name says nothing about the coalition). The key is a secret: when the map
// has a passphrase the file is written through the same codec as the map, so it is encrypted at
// rest exactly as the map is; a plain map's settings are plain, in a folder only the user can read.
import { createHash } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ByteCodec } from '../store';
import { ensurePrivateFolder, writeFileAtomic } from '../store/atomic-write';
import { errorCode } from '../store/fs-port';

export interface SharingConfig {
  readonly coalitionId: string;
  /** The coalition key, base64. */
  readonly key: string;
  /** The relay as the app reaches it (may hold this organizer's account). */
  readonly relay: string;
  readonly actor: string;
  readonly name: string;
}

const configSchema = z.strictObject({
  coalitionId: z.string().regex(/^[0-9a-f]{32}$/),
  key: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  relay: z.string().min(1).max(2_048),
  actor: z.string().regex(/^[a-z0-9-]{8,64}$/),
  name: z.string().min(1).max(60),
});

export function sharingFolder(dataDir: string): string {
  return join(dataDir, 'sharing');
}

/** The settings file and the sync file (sealed changes only) of the map at `mapPath`. */
export function sharingFiles(dataDir: string, mapPath: string): { readonly config: string; readonly state: string } {
  const stem = createHash('sha256').update(mapPath, 'utf8').digest('hex').slice(0, 32);
  return { config: join(sharingFolder(dataDir), `${stem}.sharing`), state: join(sharingFolder(dataDir), `${stem}.sync.json`) };
}

export async function writeSharingConfig(path: string, config: SharingConfig, codec: ByteCodec | null): Promise<void> {
  const plain = new TextEncoder().encode(JSON.stringify(configSchema.parse(config)));
  await ensurePrivateFolder(join(path, '..'));
  await writeFileAtomic(path, codec === null ? plain : codec.encode(plain));
}

/** The map's sharing settings, or null when the map is not shared. A file that cannot be read is reported, never overwritten. */
export async function readSharingConfig(path: string, codec: ByteCodec | null): Promise<SharingConfig | null> {
  let stored: Uint8Array;
  try {
    stored = await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  const bytes = codec === null ? stored : codec.decode(stored, path);
  let parsed;
  try {
    parsed = configSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) throw new Error(`${path}: the sharing settings of this map cannot be read (encrypted under another passphrase, or damaged); sharing is paused and the file was left as it is.`);
  return parsed.data;
}

/** Moves a joining organizer's sync file to the name of the map it became. */
export async function moveSyncFile(from: string, to: string): Promise<void> {
  await rename(from, to);
}
