// The holder's side of anonymous placeholders (shared/sync/placeholders.ts): whether they are
// allowed is a per-map sharing setting, off by default, kept in `<map>.sharing` with the other
// sharing settings. A placeholder's id is HMAC-SHA-256 of the local id under a random 256-bit
// secret kept in that (encrypted) settings file: stable from one edit to the next, so an edit
// does not churn the shared map, yet without the secret no one, not even another organizer,
// can tell which local person a placeholder stands for. Turning the option off forgets the
// secret, so turning it on again later gives placeholders new, unrelated ids.
import { createHmac, randomBytes } from 'node:crypto';
import { REMOVED_FIELD, type SetOp } from '../../../shared/sync/change';
import type { MapLike } from '../../../shared/sync/map-ops';
import { isPlaceholderId, type PlaceholderPolicy } from '../../../shared/sync/placeholders';
import { isRemoved } from '../../../shared/sync/replica';
import { sharedPart } from '../../../shared/sync/shared-part';
import type { PassphraseCodec } from '../crypto';
import { writeSharingFile, type SharingSettings } from './sharing-file';
import type { SyncPeer } from './sync-peer';

/** The placeholder rule of `settings`, or null when placeholders are not allowed. */
export function placeholderPolicy(settings: SharingSettings, withoutIds: ReadonlySet<string> = new Set()): PlaceholderPolicy | null {
  if (settings.placeholders === undefined) return null;
  const secret = Buffer.from(settings.placeholders.secret, 'base64');
  return {
    heldBy: settings.name,
    idFor: (localId) => (withoutIds.has(localId) ? null : `held-${createHmac('sha256', secret).update(localId, 'utf8').digest('hex').slice(0, 32)}`),
  };
}

/** What the main shared map gets of a map under `settings`. */
export function mainPart(settings: SharingSettings, withoutIds?: ReadonlySet<string>): (map: MapLike) => MapLike {
  const policy = placeholderPolicy(settings, withoutIds);
  return (map) => sharedPart(map, policy, withoutIds);
}

/**
 * Turns placeholders on or off for the map at `mapPath`: the setting is saved first (under the
 * map's passphrase when it has one), then the placeholders are added to or removed from the shared
 * map as one change. Returns the new settings.
 */
export async function allowPlaceholders(
  mapPath: string,
  settings: SharingSettings,
  codec: PassphraseCodec | null,
  peer: SyncPeer,
  map: MapLike,
  allowed: boolean,
  withoutIds?: ReadonlySet<string>,
): Promise<SharingSettings> {
  if (allowed === (settings.placeholders !== undefined)) return settings;
  const { placeholders: _old, ...rest } = settings;
  const next: SharingSettings = allowed ? { ...rest, placeholders: { secret: randomBytes(32).toString('base64') } } : rest;
  await writeSharingFile(mapPath, next, codec);
  await peer.repart(mainPart(next, withoutIds), map);
  return next;
}

/**
 * Removals for this organizer's own placeholders that the shared map still has but `part` of the
 * map no longer gives: one left behind when its person moved into a restricted record (whose
 * people get none) after the placeholder was written. Empty when nothing is stale.
 */
export function stalePlaceholderOps(peer: SyncPeer, part: (map: MapLike) => MapLike, map: MapLike, at: string): SetOp[] {
  const wanted = new Set((part(map).stakeholders as { id: string }[] | undefined)?.map((s) => s.id) ?? []);
  return peer.state
    .recordsOf('stakeholders')
    .filter((r) => r.first.actor === peer.actor && isPlaceholderId(r.id) && !isRemoved(r) && !wanted.has(r.id))
    .map((r) => ({ table: 'stakeholders' as const, id: r.id, field: REMOVED_FIELD, value: { by: peer.actor, at } }));
}
