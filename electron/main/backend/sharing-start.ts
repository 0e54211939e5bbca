// Starting to share: "Share this map…" makes a coalition key and the coalition's own database at
// the relay and puts the map's shareable part there; "Join a shared map…" takes an invite's
// words and the relay's address, fetches the shared map, says who joined, and saves it as a new
// map on this computer (atomic, backed up, under the open map's passphrase when it has one).
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice, OpenedMap } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { MEMBER_TABLE } from '../../../shared/sync/change';
import { describeSchemaError, MAP_FORMAT, MAP_VERSION, mapDocumentSchema } from '../../../shared/schema';
import { inviteFromWords, inviteToWords } from '../../../shared/sharing/invite';
import type { SharedMapInvite } from '../../../shared/sharing/sharing-contract';
import { createMapFile, uniqueMapPath } from '../store';
import { ensurePrivateFolder } from '../store/atomic-write';
import { nodeFs } from '../store/fs-port';
import { followLinks } from '../store/real-path';
import { coalitionSealer, newCoalitionKey } from '../sync/seal';
import { anchoredCoalition, invitationKeys, newSigningKeys } from '../sync/signing';
import { INVITE_PREFIX } from '../sync/signing-roster';
import { SyncPeer } from '../sync/sync-peer';
import { readSharingFileIfShared, signingOf, syncFilePath, writeSharingFile, type SharingSettings } from '../sync/sharing-file';
import type { MapSession } from './map-session';
import { coalitionAddress, failureKind, joinAddress, relayFor, shownAddress } from './sharing-relay';

export interface ShareRequest {
  readonly yourName: string;
  readonly relay: string;
  readonly inviteName: string;
}

export function newActor(): string {
  return `org-${randomBytes(8).toString('hex')}`;
}

/** The invite for `name`; a signed map's carries the secret of the invitation that admits them. */
export function inviteFor(config: SharingSettings, name: string, invitation?: Uint8Array): SharedMapInvite {
  const words = inviteToWords({ coalitionId: config.coalitionId, key: Buffer.from(config.key, 'base64'), name, ...(invitation === undefined ? {} : { invitation }) });
  return { words, relay: shownAddress(config.relay), name: name.trim() };
}

/**
 * Sets up the coalition's database and the map's settings beside it (`<map>.sharing`, under the
 * map's passphrase), where `coalition-map sync` finds them too; the caller then shares the map.
 */
export async function prepareShare(session: MapSession, mapPath: string, request: ShareRequest): Promise<SharingSettings> {
  if ((await readSharingFileIfShared(mapPath, session.codec)) !== null) {
    throw new Error('This map is already shared. Use “Invite an organizer” to add someone.');
  }
  // A signed map (signing-peer.ts): the coalition id is the fingerprint of this organizer's new key.
  const keys = newSigningKeys();
  const { coalitionId, salt } = anchoredCoalition(keys.publicKey);
  const address = coalitionAddress(request.relay, coalitionId);
  try {
    await relayFor(address).create?.();
  } catch (error) {
    throw new Error(`The shared map could not be set up at ${shownAddress(address)}: ${failureKind(error).reason}. The map was not shared.`);
  }
  // A sync file left by a share that a crash cut short belongs to no key any more.
  await rm(syncFilePath(mapPath), { force: true });
  const config: SharingSettings = { coalitionId, key: newCoalitionKey().toString('base64'), relay: address, actor: newActor(), name: request.yourName.trim(), signing: { ...keys, anchor: salt } };
  await writeSharingFile(mapPath, config, session.codec);
  return config;
}

export async function joinShared(session: MapSession, words: string, relayTyped: string): Promise<OpenedMap> {
  const invite = inviteFromWords(words);
  const address = joinAddress(relayTyped);
  const signing = invite.invitation === undefined ? {} : { signing: { ...newSigningKeys(), invitation: Buffer.from(invite.invitation).toString('base64') } };
  const config: SharingSettings = { coalitionId: invite.coalitionId, key: Buffer.from(invite.key).toString('base64'), relay: address, actor: newActor(), name: invite.name, ...signing };
  // Fetched into a hidden file in the maps folder, renamed beside the new map once it is written.
  await ensurePrivateFolder(session.mapsDir);
  const temp = join(session.mapsDir, `.joining-${randomBytes(8).toString('hex')}.sync.json`);
  try {
    const map = await fetchShared(config, temp, shownAddress(address));
    const path = await followLinks(await uniqueMapPath(session.mapsDir, map.coalition.name), nodeFs);
    await createMapFile(path, map, { codec: session.codec });
    await rename(temp, syncFilePath(path));
    await writeSharingFile(path, config, session.codec);
    const notices: Notice[] = [{ level: 'info', message: `You joined “${map.coalition.name}” as ${invite.name}. Your changes are saved here first and shared when the relay can be reached.` }];
    return await session.openOrThrow(path, notices, session.codec);
  } finally {
    await rm(temp, { force: true });
  }
}

/** The shared map as the relay holds it, after saying who joined; nothing is kept when it fails. */
async function fetchShared(config: SharingSettings, stateFile: string, shown: string): Promise<MapDocument> {
  const base = coalitionSealer(Buffer.from(config.key, 'base64'), config.coalitionId);
  const signing = signingOf(config);
  const sealer = signing === undefined ? base : signing.wrap(base);
  const peer = await SyncPeer.open({ actor: config.actor, name: config.name, sealer, relay: relayFor(config.relay), stateFile, ...(signing === undefined ? {} : { signing }) });
  let refused: readonly string[];
  try {
    refused = (await peer.sync()).refused;
  } catch (error) {
    throw new Error(`Could not reach the relay at ${shown}: ${failureKind(error).reason}. Nothing was created; try again when it can be reached.`);
  }
  const header = { format: MAP_FORMAT, version: MAP_VERSION };
  if (!('coalition' in peer.map(header)) || !invitationArrived(peer, config)) {
    throw new Error(
      refused.length > 0
        ? `This invite does not open the changes at ${shown} (an invite for another shared map, or a mistyped word). Nothing was created.`
        : `The relay at ${shown} holds no shared map yet. If the invite was made a moment ago, the map may still be on its way: try again shortly; otherwise check the address you were given with the invite. Nothing was created.`,
    );
  }
  try {
    await peer.join();
  } catch (error) {
    throw new Error(`Could not reach the relay at ${shown}: ${failureKind(error).reason}. Nothing was created; try again when it can be reached.`);
  }
  const parsed = mapDocumentSchema.safeParse(peer.map(header));
  if (!parsed.success) throw new Error(`The shared map at ${shown} is not a valid map (${describeSchemaError(parsed.error)}). Nothing was created.`);
  return parsed.data;
}

/**
 * A signed map: true once the invitation this organizer joins with is on the relay (the inviter's
 * app may not have sent it yet); joining before would write a member entry no one could check.
 */
function invitationArrived(peer: SyncPeer, config: SharingSettings): boolean {
  const secret = config.signing?.invitation;
  if (secret === undefined) return true;
  const field = `${INVITE_PREFIX}${invitationKeys(Buffer.from(secret, 'base64'), config.coalitionId).publicKey}`;
  return peer.state.recordsOf(MEMBER_TABLE).some((m) => m.fields.has(field));
}
