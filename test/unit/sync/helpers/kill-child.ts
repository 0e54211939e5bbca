// One organizer's app as a process the random-kill test can kill at any moment: it opens its sync
// file, makes the edits still to do (edit i adds stakeholder kill-i), prints "ack i" once each edit
// is safely recorded, and now and then syncs. Arguments: folder, relay url, key (hex), total, round.
import { join } from 'node:path';
import { couchRelay, RelayUnavailable } from '../../../../electron/main/sync/couch-relay';
import { coalitionSealer } from '../../../../electron/main/sync/seal';
import { SyncPeer } from '../../../../electron/main/sync/sync-peer';
import type { Stakeholder } from '../../../../shared/model';
import { HEADER } from './organizers';

const [dir = '', url = '', keyHex = '', totalText = '50', roundText = '0'] = process.argv.slice(2);
const total = Number(totalText);
const round = Number(roundText);
const peer = await SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer: coalitionSealer(Buffer.from(keyHex, 'hex'), 'harlow-bend'), relay: couchRelay({ url }), stateFile: join(dir, 'ana.sync.json') });

async function trySync(): Promise<void> {
  try {
    await peer.sync();
    process.stdout.write('synced\n');
  } catch (error) {
    if (!(error instanceof RelayUnavailable)) throw error;
    process.stdout.write('offline\n');
  }
}

const done = (peer.map(HEADER).stakeholders as Stakeholder[]).filter((s) => s.id.startsWith('kill-')).length;
for (let i = done; i < total; i++) {
  const before = peer.map(HEADER);
  const model = (before.stakeholders as Stakeholder[])[0];
  const added = { ...model, id: `kill-${i}`, name: `Kill edit ${i}`, email: '', phone: '', notes: '' };
  await peer.record(before, { ...before, stakeholders: [...(before.stakeholders as Stakeholder[]), added] });
  process.stdout.write(`ack ${i}\n`);
  if ((i + round) % 3 === 0) await trySync();
}
await trySync();
process.stdout.write('done\n');
