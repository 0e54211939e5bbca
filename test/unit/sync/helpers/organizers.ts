// Two (or more) organizers with real sync files and one folder relay, all in temp folders.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { folderRelay, type Relay } from '../../../../electron/main/sync/folder-relay';
import { coalitionSealer, newCoalitionKey, parseChange, type Sealer } from '../../../../electron/main/sync/seal';
import { SyncPeer } from '../../../../electron/main/sync/sync-peer';
import type { Stakeholder } from '../../../../shared/model';
import { sampleCoalition } from '../../../../shared/sample';
import { MAP_FORMAT, MAP_VERSION } from '../../../../shared/schema';

export const HEADER = { format: MAP_FORMAT, version: MAP_VERSION };

/** The positive control's sealer: what the relay would hold if the app did not seal. */
export const plainSealer: Sealer = {
  seal: (change) => ({ id: randomBytes(16).toString('hex'), ct: Buffer.from(JSON.stringify(change)).toString('base64') }),
  open: (sealed) => parseChange(sealed.id, Buffer.from(sealed.ct, 'base64').toString('utf8')),
  sealBlob: (_context, bytes) => Buffer.from(bytes).toString('base64'),
  openBlob: (_id, _context, ct) => Buffer.from(ct, 'base64'),
};

export interface Coalition {
  readonly relayFolder: string;
  readonly relay: Relay;
  readonly sealer: Sealer;
  organizer(name: string, actor?: string): Promise<SyncPeer>;
}

export function coalition(dir: string, options: { readonly sealed: boolean } = { sealed: true }): Coalition {
  const relayFolder = join(dir, 'relay');
  const relay = folderRelay(relayFolder);
  const sealer = options.sealed ? coalitionSealer(newCoalitionKey(), 'coalition-test') : plainSealer;
  return {
    relayFolder,
    relay,
    sealer,
    organizer: (name, actor = `actor-${name.toLowerCase()}-${randomBytes(3).toString('hex')}`) =>
      SyncPeer.open({ actor, name, sealer, relay, stateFile: join(dir, `${name}.sync.json`) }),
  };
}

/** The people of `peer`'s map as it is now. */
export function people(peer: SyncPeer): Stakeholder[] {
  return peer.map(HEADER).stakeholders as Stakeholder[];
}

/** One local edit on `peer`: the n-th person (counting round again past the last) with `field` set to `value`. */
export async function editPerson(peer: SyncPeer, n: number, field: keyof Stakeholder, value: string): Promise<void> {
  const before = peer.map(HEADER);
  const all = people(peer);
  await peer.record(before, { ...before, stakeholders: all.map((s, i) => (i === n % all.length ? { ...s, [field]: value } : s)) });
}

/** Ana shares the sample coalition (as of 1 March 2026) and Ben joins it, each opened through `open`. */
export async function anaSharesBenJoins(open: (name: string) => Promise<SyncPeer>): Promise<{ ana: SyncPeer; ben: SyncPeer }> {
  const ana = await open('Ana');
  await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
  await ana.sync();
  const ben = await open('Ben');
  await ben.join();
  return { ana, ben };
}
