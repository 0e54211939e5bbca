// Starting to share: "Share this map…" makes a coalition key and the coalition's own database at
// the relay and puts the map's shareable part there; "Join a shared map…" takes an invite's
// words and the relay's address, fetches the shared map, says who joined, and saves it as a new
// map on this computer (atomic, backed up, under the open map's passphrase when it has one).
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice, OpenedMap } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { describeSchemaError, MAP_FORMAT, MAP_VERSION, mapDocumentSchema } from '../../../shared/schema';
import { inviteFromWords, inviteToWords } from '../../../shared/sharing/invite';
import type { SharedMapInvite } from '../../../shared/sharing/sharing-contract';
import { createMapFile, uniqueMapPath } from '../store';
import { nodeFs } from '../store/fs-port';
import { followLinks } from '../store/real-path';
import { coalitionSealer, newCoalitionKey } from '../sync/seal';
import { SyncPeer } from '../sync/sync-peer';
import type { MapSession } from './map-session';
import { moveSyncFile, readSharingConfig, sharingFiles, sharingFolder, writeSharingConfig, type SharingConfig } from './sharing-config';
import { coalitionAddress, failureKind, joinAddress, relayFor } from './sharing-relay';

export interface ShareRequest {
  readonly yourName: string;
  readonly relay: string;
  readonly inviteName: string;
}

export function newActor(): string {
  return `org-${randomBytes(8).toString('hex')}`;
}

export function inviteFor(config: SharingConfig, name: string): SharedMapInvite {
  const words = inviteToWords({ coalitionId: config.coalitionId, key: Buffer.from(config.key, 'base64'), name });
  return { words, relay: joinAddress(config.relay).shown, name: name.trim() };
}

/** Sets up the coalition's database and the map's settings; the caller then shares the map through its sync. */
export async function prepareShare(session: MapSession, mapPath: string, request: ShareRequest): Promise<SharingConfig> {
  const files = sharingFiles(session.dataDir, mapPath);
  if ((await readSharingConfig(files.config, session.codec)) !== null) {
    throw new Error('This map is already shared. Use “Invite an organizer” to add someone.');
  }
  const coalitionId = randomBytes(16).toString('hex');
  const address = coalitionAddress(request.relay, coalitionId);
  try {
    await relayFor(address).create?.();
  } catch (error) {
    throw new Error(`The shared map could not be set up at ${address.shown}: ${failureKind(error).reason}. The map was not shared.`);
  }
  // A sync file left by a share that a crash cut short belongs to no key any more.
  await rm(files.state, { force: true });
  const config: SharingConfig = { coalitionId, key: newCoalitionKey().toString('base64'), relay: address.full, actor: newActor(), name: request.yourName.trim() };
  await writeSharingConfig(files.config, config, session.codec);
  return config;
}

export async function joinShared(session: MapSession, words: string, relayTyped: string): Promise<OpenedMap> {
  const invite = inviteFromWords(words);
  const address = joinAddress(relayTyped);
  const config: SharingConfig = { coalitionId: invite.coalitionId, key: Buffer.from(invite.key).toString('base64'), relay: address.full, actor: newActor(), name: invite.name };
  const temp = join(sharingFolder(session.dataDir), `joining-${randomBytes(8).toString('hex')}.sync.json`);
  try {
    const map = await fetchShared(config, temp, address.shown);
    const path = await followLinks(await uniqueMapPath(session.mapsDir, map.coalition.name), nodeFs);
    await createMapFile(path, map, { codec: session.codec });
    const files = sharingFiles(session.dataDir, path);
    await moveSyncFile(temp, files.state);
    await writeSharingConfig(files.config, config, session.codec);
    const notices: Notice[] = [{ level: 'info', message: `You joined “${map.coalition.name}” as ${invite.name}. Your changes are saved here first and shared when the relay can be reached.` }];
    return await session.openOrThrow(path, notices, session.codec);
  } finally {
    await rm(temp, { force: true });
  }
}

/** The shared map as the relay holds it, after saying who joined; nothing is kept when it fails. */
async function fetchShared(config: SharingConfig, stateFile: string, shown: string): Promise<MapDocument> {
  const sealer = coalitionSealer(Buffer.from(config.key, 'base64'), config.coalitionId);
  const peer = await SyncPeer.open({ actor: config.actor, name: config.name, sealer, relay: relayFor(joinAddress(config.relay)), stateFile });
  let refused: readonly string[];
  try {
    refused = (await peer.sync()).refused;
  } catch (error) {
    throw new Error(`Could not reach the relay at ${shown}: ${failureKind(error).reason}. Nothing was created; try again when it can be reached.`);
  }
  const header = { format: MAP_FORMAT, version: MAP_VERSION };
  if (!('coalition' in peer.map(header))) {
    throw new Error(
      refused.length > 0
        ? `This invite does not open the changes at ${shown} (an invite for another shared map, or a mistyped word). Nothing was created.`
        : `The relay at ${shown} holds no shared map yet. Check the address you were given with the invite. Nothing was created.`,
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
