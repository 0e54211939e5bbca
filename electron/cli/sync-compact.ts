// `coalition-map sync compact <map>`: this device sends what is waiting, fetches what is new, writes
// a sealed snapshot of the shared map to the relay, and deletes from the relay the changes and older
// snapshots that snapshots there (read back and checked) cover. The only sync command that connects
// to the relay; the app does the same on its own after every thousand or so changes.
import { RelayUnavailable } from '../main/sync/couch-relay';
import type { SyncPeer } from '../main/sync/sync-peer';
import type { CliIO } from './types';

export async function compactShared(peer: SyncPeer, relay: string, io: CliIO): Promise<number> {
  try {
    const report = await peer.compact();
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    io.out(
      [
        `Compacted the shared map on ${relay}:`,
        `  a sealed snapshot of the shared map was written and read back`,
        `  deleted from the relay: ${plural(report.purgedChanges, 'change')} and ${plural(report.purgedSnapshots, 'older snapshot')} that snapshots there cover`,
        ...(report.refused.length === 0 ? [] : [`  ${plural(report.refused.length, 'snapshot')} on the relay did not open with this map's key (altered, or sealed with another key); nothing was deleted because of them`]),
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RelayUnavailable)) throw error;
    io.err(`error: ${relay}: ${error.message}. Nothing was deleted; the changes on this device are kept.`);
    return 1;
  }
}
