// Where a shared map's settings live on this device: beside the map file, `<map>.sharing` (the
// coalition key, the relay's address, who this organizer is) and `<map>.sync.json` (sealed changes
// only). The settings hold the coalition key, so they are encrypted exactly like the map: under its
// passphrase when the map is encrypted, and a plain settings file next to an encrypted map is refused
// rather than trusted. Both the window and the command line read them through here.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PassphraseCodec } from '../crypto';
import { looksEncrypted } from '../crypto';
import { writeFileAtomic } from '../store/atomic-write';
import { errorCode } from '../store/fs-port';
import { couchRelay } from './couch-relay';
import { folderRelay, type Relay } from './folder-relay';
import { mainPart } from './placeholder-policy';
import { COALITION_KEY_BYTES, coalitionSealer } from './seal';
import { changeSigning, type ChangeSigning } from './signing-peer';
import { SyncPeer } from './sync-peer';

const FORMAT = 'coalition-map-sharing';

const relaySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('couch'), url: z.url({ protocol: /^https?$/ }), user: z.string().max(200).optional(), password: z.string().max(500).optional() }),
  z.strictObject({ kind: z.literal('folder'), path: z.string().min(1).max(4096) }),
]);

const keySchema = z.base64().refine((k) => Buffer.from(k, 'base64').length === COALITION_KEY_BYTES, 'a key is 32 bytes');

/** A restricted record this organizer is a member of (restricted-record.ts): its own key and relay database. */
const restrictedSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  label: z.string().min(1).max(200),
  key: keySchema,
  relay: relaySchema,
});

const settingsSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  coalitionId: z.string().min(1).max(200),
  actor: z.string().regex(/^[a-z0-9-]{8,64}$/),
  name: z.string().min(1).max(200),
  key: z.base64().refine((k) => Buffer.from(k, 'base64').length === COALITION_KEY_BYTES, 'a coalition key is 32 bytes'),
  relay: relaySchema,
  /**
   * Present when the holder allows anonymous placeholders for their confidential people (off by
   * default): the secret their placeholder ids are derived from, which never leaves this file.
   */
  placeholders: z.strictObject({ secret: z.base64().refine((k) => Buffer.from(k, 'base64').length === 32, 'a placeholder secret is 32 bytes') }).optional(),
  restricted: z.array(restrictedSchema).max(100).optional(),
  /**
   * A signed map (signing-peer.ts): this organizer's Ed25519 key pair, kept under the same at-rest
   * protection as the coalition key, and how they entered the member list (the anchor's salt for
   * the creator, the invite's secret for anyone else). Absent: a map shared before signing.
   */
  signing: z
    .strictObject({
      publicKey: z.base64().refine((k) => Buffer.from(k, 'base64').length === 32, 'a public key is 32 bytes'),
      privateKey: z.base64().refine((k) => Buffer.from(k, 'base64').length === 32, 'a private key is 32 bytes'),
      anchor: z.string().regex(/^[0-9a-f]{32}$/).optional(),
      invitation: z.base64().refine((k) => Buffer.from(k, 'base64').length === 16, 'an invitation secret is 16 bytes').optional(),
    })
    .refine((s) => (s.anchor === undefined) !== (s.invitation === undefined), 'a signing organizer is either the anchor or invited')
    .optional(),
});

export type RestrictedSettings = z.infer<typeof restrictedSchema>;

export type RelaySettings = z.infer<typeof relaySchema>;
export type SharingSettings = Omit<z.infer<typeof settingsSchema>, 'format' | 'version'>;

/** The map is not shared, or its settings cannot be read; the message says which and where. */
export class SharingFileError extends Error {}

/** The map has no `.sharing` file beside it: it is not shared (the window shows "not shared"). */
export class NotShared extends SharingFileError {}

export function sharingFilePath(mapPath: string): string {
  return `${mapPath}.sharing`;
}

export function syncFilePath(mapPath: string): string {
  return `${mapPath}.sync.json`;
}

export async function writeSharingFile(mapPath: string, settings: SharingSettings, codec: PassphraseCodec | null): Promise<void> {
  const plain = Buffer.from(JSON.stringify({ format: FORMAT, version: 1, ...settingsSchema.omit({ format: true, version: true }).parse(settings) }));
  await writeFileAtomic(sharingFilePath(mapPath), codec === null ? plain : codec.encode(plain));
}

export async function readSharingFile(mapPath: string, codec: PassphraseCodec | null): Promise<SharingSettings> {
  const path = sharingFilePath(mapPath);
  let stored: Buffer;
  try {
    stored = await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new NotShared(`${mapPath} is not shared: there is no ${path}`);
    throw new SharingFileError(`${path} cannot be read (${errorCode(error) ?? 'unknown error'})`);
  }
  if (codec !== null && !looksEncrypted(stored)) throw new SharingFileError(`${path} is not encrypted while the map is; it was not used`);
  if (codec === null && looksEncrypted(stored)) throw new SharingFileError(`${path} is encrypted; give the map's passphrase`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(codec === null ? stored : codec.decode(stored, path)).toString('utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new SharingFileError(`${path} is not a sharing settings file`);
    throw error;
  }
  const parsed = settingsSchema.safeParse(value);
  if (!parsed.success) throw new SharingFileError(`${path}: ${parsed.error.issues[0]?.path.join('.') || '(top level)'}: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
  const { format: _format, version: _version, ...settings } = parsed.data;
  return settings;
}

/** The map's sharing settings, or null when it is not shared; settings that cannot be read still throw. */
export async function readSharingFileIfShared(mapPath: string, codec: PassphraseCodec | null): Promise<SharingSettings | null> {
  try {
    return await readSharingFile(mapPath, codec);
  } catch (error) {
    if (error instanceof NotShared) return null;
    throw error;
  }
}

export function relayFor(settings: RelaySettings): Relay {
  return settings.kind === 'folder' ? folderRelay(settings.path) : couchRelay(settings);
}

/** Where the relay is, for messages: the address without any password. */
export function describeRelay(settings: RelaySettings): string {
  if (settings.kind === 'folder') return `the folder ${settings.path}`;
  const url = new URL(settings.url);
  url.username = '';
  url.password = '';
  return `${url.toString().replace(/\/$/, '')}${settings.user === undefined ? '' : ` (account ${settings.user})`}`;
}

/** This device's side of the shared map `mapPath`, opened from its settings. */
export async function peerForMap(mapPath: string, settings: SharingSettings): Promise<SyncPeer> {
  const sealer = coalitionSealer(Buffer.from(settings.key, 'base64'), settings.coalitionId);
  const signing = signingOf(settings);
  return SyncPeer.open({
    actor: settings.actor,
    name: settings.name,
    sealer: signing === undefined ? sealer : signing.wrap(sealer),
    ...(signing === undefined ? {} : { signing }),
    relay: relayFor(settings.relay),
    stateFile: syncFilePath(mapPath),
    part: mainPart(settings),
  });
}

/** The signing side of a signed map's settings, or undefined for a map shared before signing. */
export function signingOf(settings: SharingSettings): ChangeSigning | undefined {
  const s = settings.signing;
  if (s === undefined) return undefined;
  const keys = { publicKey: s.publicKey, privateKey: s.privateKey };
  return changeSigning({ keys, coalitionId: settings.coalitionId, ...(s.anchor === undefined ? {} : { anchor: s.anchor }), ...(s.invitation === undefined ? {} : { invitation: Buffer.from(s.invitation, 'base64') }) });
}
