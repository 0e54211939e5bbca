// An organizer's app as a process the compaction kill test can kill at any moment: it opens its
// sync file and syncs once with a folder relay, which keeps the relay's newer snapshot as its base
// and shortens the sync file. It prints "opened", each compaction step it passes ("step <name>")
// and "done"; at the step named `stopAt` it waits, so the test can kill it exactly there.
// Arguments: relay folder, sync file, key (hex), stopAt (a step name, or "none").
import { folderRelay } from '../../../../electron/main/sync/folder-relay';
import { coalitionSealer } from '../../../../electron/main/sync/seal';
import { SyncPeer } from '../../../../electron/main/sync/sync-peer';

const [relayFolder = '', stateFile = '', keyHex = '', stopAt = 'none'] = process.argv.slice(2);
const seam = async (step: string): Promise<void> => {
  process.stdout.write(`step ${step}\n`);
  if (step === stopAt) await new Promise(() => undefined);
};
const peer = await SyncPeer.open({ actor: 'actor-ben-0001', name: 'Ben', sealer: coalitionSealer(Buffer.from(keyHex, 'hex'), 'harlow-bend'), relay: folderRelay(relayFolder), stateFile, compaction: { seam } });
process.stdout.write('opened\n');
await peer.sync();
process.stdout.write('done\n');
