// The holder's side of anonymous placeholders (shared/sync/placeholders.ts): whether they are
// allowed is a per-map sharing setting, off by default, kept in `<map>.sharing` with the other
// sharing settings.
//
// Placeholders never go out in the change that records an edit. If they did, the change that
// removes a person made confidential would also add their placeholder, and everyone could tie the
// two together and then follow that person's stage from the placeholder. Instead the shared part
// of an edit leaves placeholders alone, and a placeholder refresh (placeholder-refresh.ts decides
// when) compares what this organizer has published with what the map now gives; when they differ
// it removes every published placeholder and writes them all again, in one change of its own,
// under new ids and in id order. An id is "held-", 16 random hex digits and the first 16 of
// HMAC-SHA-256 of those under a random 256-bit secret kept in the (encrypted) settings file: the
// local id goes into no id, no id or position links a placeholder of one refresh to one of the
// next, and only the holder, with the secret, can tell which placeholders are hers, wherever they
// are (a clean copy another organizer starts writes them again under that organizer's name).
// Turning the option off removes them, then forgets the secret.
import { createHmac, randomBytes } from 'node:crypto';
import type { SetOp } from '../../../shared/sync/change';
import { opsBetween, recordValue, type MapLike } from '../../../shared/sync/map-ops';
import { isPlaceholderId, placeholdersOf, type PlaceholderPolicy } from '../../../shared/sync/placeholders';
import { isRemoved } from '../../../shared/sync/replica';
import { sharedPart } from '../../../shared/sync/shared-part';
import type { PassphraseCodec } from '../crypto';
import { writeSharingFile, type SharingSettings } from './sharing-file';
import type { SyncPeer } from './sync-peer';

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

/**
 * The placeholder rule of `settings` for one refresh, or null when placeholders are not allowed.
 * People in `withoutIds` (restricted records) get none; everyone else a new id each time.
 */
export function placeholderPolicy(settings: SharingSettings, withoutIds: ReadonlySet<string> = new Set()): PlaceholderPolicy | null {
  if (settings.placeholders === undefined) return null;
  const secret = Buffer.from(settings.placeholders.secret, 'base64');
  return {
    heldBy: settings.name,
    idFor: (localId) => {
      if (withoutIds.has(localId)) return null;
      const nonce = randomBytes(8).toString('hex');
      return `held-${nonce}${tagOf(secret, nonce)}`;
    },
  };
}

/** Whether `id` is a placeholder id made under `secret` (base64), that is, one of this holder's. */
export function isOwnPlaceholderId(id: string, secret: string | undefined): boolean {
  if (secret === undefined || !isPlaceholderId(id)) return false;
  return id.slice(21) === tagOf(Buffer.from(secret, 'base64'), id.slice(5, 21));
}

/**
 * What the main shared map gets of a map under `settings` with each edit: never a placeholder
 * (those go out in refreshes, placeholderRefreshOps), never anyone in `withoutIds`.
 */
export function mainPart(_settings: SharingSettings, withoutIds?: ReadonlySet<string>): (map: MapLike) => MapLike {
  return (map) => sharedPart(map, withoutIds);
}

/**
 * The placeholders of the holder of `settings` as the shared map holds them now (none without a
 * secret). Given the holder's `map`, it also finds those an earlier release wrote under the first
 * id form, HMAC of the local id under the same secret: the next refresh then replaces them.
 */
export function publishedPlaceholders(peer: SyncPeer, settings: SharingSettings, map?: MapLike): Item[] {
  const secret = settings.placeholders?.secret;
  const legacy = secret === undefined || map === undefined ? new Set<string>() : legacyIds(secret, map);
  return peer.state
    .recordsOf('stakeholders')
    .filter((r) => !isRemoved(r) && (isOwnPlaceholderId(r.id, secret) || legacy.has(r.id)))
    .map(recordValue);
}

/** The ids the first id form gave the people of `map` under `secret` (base64). */
function legacyIds(secret: string, map: MapLike): Set<string> {
  const key = Buffer.from(secret, 'base64');
  const people = Array.isArray(map.stakeholders) ? (map.stakeholders as { id?: unknown }[]) : [];
  const ids = people.map((p) => p.id).filter((id): id is string => typeof id === 'string');
  return new Set(ids.map((id) => `held-${createHmac('sha256', key).update(id, 'utf8').digest('hex').slice(0, 32)}`));
}

/**
 * A placeholder refresh: empty when what is published says the same as what `map` gives under
 * `settings` (the same placeholders but for their ids); otherwise every published one removed and
 * all written again under a new epoch, sorted by their new ids so that map order says nothing.
 */
export function placeholderRefreshOps(peer: SyncPeer, settings: SharingSettings, map: MapLike, withoutIds: ReadonlySet<string>, at: string, published = publishedPlaceholders(peer, settings, map)): SetOp[] {
  const policy = placeholderPolicy(settings, withoutIds);
  const wanted = policy === null ? [] : placeholdersOf(map, policy).sort((a, b) => (a.id < b.id ? -1 : 1));
  const secret = settings.placeholders?.secret;
  const allCurrent = published.every((p) => isOwnPlaceholderId(p.id, secret));
  if (allCurrent && sameContent(published, wanted)) return [];
  return opsBetween({ stakeholders: published }, { stakeholders: wanted }, { by: peer.actor, at });
}

/**
 * Turns placeholders on or off for the map at `mapPath`: the setting is saved first (under the
 * map's passphrase when it has one), then a refresh adds them all to, or removes them all from,
 * the shared map as one change. Returns the new settings.
 */
export async function allowPlaceholders(
  mapPath: string,
  settings: SharingSettings,
  codec: PassphraseCodec | null,
  peer: SyncPeer,
  map: MapLike,
  allowed: boolean,
  withoutIds: ReadonlySet<string> = new Set(),
): Promise<SharingSettings> {
  if (allowed === (settings.placeholders !== undefined)) return settings;
  const { placeholders: _old, ...rest } = settings;
  const next: SharingSettings = allowed ? { ...rest, placeholders: { secret: randomBytes(32).toString('base64') } } : rest;
  // Those written under the old secret are found with it, before the new settings forget it.
  const published = publishedPlaceholders(peer, settings, map);
  await writeSharingFile(mapPath, next, codec);
  await peer.write(placeholderRefreshOps(peer, next, map, withoutIds, new Date().toISOString(), published));
  return next;
}

/** Whether two lists hold the same placeholders, ids and order aside. */
function sameContent(a: readonly Item[], b: readonly Item[]): boolean {
  const key = (items: readonly Item[]) => JSON.stringify(items.map(contentOf).sort());
  return a.length === b.length && key(a) === key(b);
}

function contentOf(item: Item): string {
  return JSON.stringify(Object.keys(item).filter((k) => k !== 'id').sort().map((k) => [k, item[k]]));
}

function tagOf(secret: Buffer, nonce: string): string {
  return createHmac('sha256', secret).update(nonce, 'utf8').digest('hex').slice(0, 16);
}
