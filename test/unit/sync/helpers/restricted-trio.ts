// Three organizers' backends on a folder relay, as the window drives them: Ana shares her map
// (placeholders on) with Ben and Carol, then shares her confidential survivor with Ben in a
// restricted record, and Ben joins it. Carol is in the coalition but not in the record. Used by
// restricted-members.test.ts and restricted-leave.test.ts.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { coalitionSealer } from '../../../../electron/main/sync/seal';
import { readSharingFile, syncFilePath } from '../../../../electron/main/sync/sharing-file';
import { readSyncFile } from '../../../../electron/main/sync/sync-file';
import type { OpenedMap } from '../../../../shared/ipc';
import type { MapDocument, Stakeholder } from '../../../../shared/model';
import type { Backends, StartedBackend } from '../../backend/use-backends';
import { sharedWithBenAndCarol, syncAll } from './backend-pair';

export { syncAll };

export const SURVIVOR = { id: 'survivor-members-1', name: 'Philippa Ardenwyck-Secret', email: 'pa-secret@example.org', phone: '+1 555 0199 4040', notes: 'members-survivor-note' };

export interface Trio {
  readonly relay: string;
  readonly ana: StartedBackend & { readonly opened: OpenedMap };
  readonly ben: StartedBackend & { readonly opened: OpenedMap };
  readonly carol: StartedBackend & { readonly opened: OpenedMap };
  /** The restricted record's id, as the status gives it. */
  readonly record: string;
}

/** The map as the backend holds it now, the others' changes taken in. */
export async function current(backend: StartedBackend & { readonly opened: OpenedMap }): Promise<MapDocument> {
  await backend.api.takeSharedChanges({});
  return JSON.parse(await readFile(backend.opened.file.path, 'utf8')) as MapDocument;
}

/** A confidential person of one's own, as the window would save them. */
export function ownPerson(map: MapDocument, person: Partial<Stakeholder> & { id: string; name: string }): MapDocument {
  return { ...map, stakeholders: [...map.stakeholders, { ...map.stakeholders[0]!, ...person, categories: ['directly-affected'], confidential: true }] };
}

/** A clock 11 minutes on at each reading, so every save keeps a backup of the map before it (backups are 10 minutes apart). */
export function backupEverySave(): () => Date {
  let ticks = 0;
  return () => new Date(Date.now() + 11 * 60_000 * ++ticks);
}

export async function startTrio(backends: Backends, benClock?: () => Date): Promise<Trio> {
  const { relay, ana, start, ben, benJoined, carol, carolJoined } = await sharedWithBenAndCarol(backends, (map) => ownPerson(map, SURVIVOR), benClock);
  const invite = await ana.api.shareRestrictedPerson({ person: SURVIVOR.id, name: 'Ben' });
  const status = await ben.api.joinRestrictedRecord({ invite: invite.words, relay: invite.relay });
  const record = status.restrictedDetails?.[0]?.id;
  if (record === undefined) throw new Error('Ben joined no record');
  await syncAll(ana.api, ben.api, carol.api);
  return { relay, ana: { ...ana, opened: start }, ben: { ...ben, opened: benJoined }, carol: { ...carol, opened: carolJoined }, record };
}

/** Every change of the coalition's shared map this device holds, decrypted under the coalition key. */
export async function decryptedSharedMap(mapPath: string): Promise<string> {
  const settings = await readSharingFile(mapPath, null);
  const { file } = await readSyncFile(syncFilePath(mapPath));
  const sealer = coalitionSealer(Buffer.from(settings.key, 'base64'), settings.coalitionId);
  expect(file.known.length).toBeGreaterThan(0);
  return JSON.stringify(file.known.map((s) => sealer.open(s)));
}
