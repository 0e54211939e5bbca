// The compaction rows of the sync bench (check 11 of the sync design, at check 15's size): on the
// relay the sync bench has filled (the first share and 400 edits), one member compacts: a sealed
// snapshot written in parts, read back, and every change it covers purged. Measured: the time and
// CPU of that, the relay's documents before and after, the parts written, and a new device joining
// from the snapshot next to one that joined from the full history a moment before, at the same
// state. Printed, never asserted (speed belongs here, not in the unit tests).
import { stat } from 'node:fs/promises';
import type { CompactionReport } from '../../electron/main/sync/compactor';
import type { SyncPeer } from '../../electron/main/sync/sync-peer';
import { HEADER } from '../unit/sync/helpers/organizers';
import { allDocs, type RelayServer } from '../unit/sync/helpers/pouchdb-server';

export interface Timed<T> {
  readonly value: T;
  readonly wall: number;
  readonly cpu: number;
}

export type TimedRun = <T>(work: () => Promise<T>) => Promise<Timed<T>>;

export interface CompactionBench {
  readonly server: RelayServer;
  readonly db: string;
  /** The member who compacts; everything it holds is on the relay already. */
  readonly ana: SyncPeer;
  /** A new device's peer (a fresh sync file), not yet joined. */
  open(name: string): Promise<SyncPeer>;
  timed: TimedRun;
  both(t: Timed<unknown>): string;
}

/** Documents in the relay's database that are not deleted, as CouchDB reports them. */
async function docCount(server: RelayServer, db: string): Promise<number> {
  return ((await (await fetch(`${server.url}/${db}`)).json()) as { doc_count: number }).doc_count;
}

const sameMap = (a: SyncPeer, b: SyncPeer) => JSON.stringify(a.map(HEADER)) === JSON.stringify(b.map(HEADER));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Rows [what, wall (CPU), note] for the sync bench's table. */
export async function compactionRows(b: CompactionBench): Promise<[string, string, string][]> {
  const { server, db, ana, timed, both } = b;
  // The yardstick: a device joining from every change, just before the compaction.
  // Dan is let go after his join (as the rows before this one did), so his map does not weigh on the
  // heap while the compaction and Cara's join are measured; he is opened again from his files after.
  const fromHistory = await timed(async () => (await b.open('dan')).join());
  const changesBefore = await docCount(server, db);
  const size = async (path: string) => (await stat(path)).size;
  const anaFile = await size(ana.stateFile);
  const compact = await timed<CompactionReport>(() => ana.compact());
  const after = await allDocs(server, db, false);
  const parts = after.filter((d) => d.id.startsWith(`snap-${compact.value.written}-`));
  const docsAfter = await docCount(server, db);
  let cara: SyncPeer | null = null;
  const fromSnapshot = await timed(async () => {
    cara = await b.open('cara');
    return cara.join();
  });
  await ana.sync();
  const same = cara !== null && sameMap(cara, ana) ? 'the same map as the compacting member' : 'NOT the same map as the compacting member';
  const rss = process.memoryUsage().rss;
  cara = null;
  const dan = await b.open('dan');
  const danFile = await size(dan.stateFile);
  const danSync = await timed(() => dan.sync());
  return [
    ['new device joins from the full history', both(fromHistory), `${fromHistory.value.received} changes applied (the relay just before compacting)`],
    ['compact (sync, seal, write, read back, purge)', both(compact), `${compact.value.purgedChanges} changes purged; ${parts.length} parts written, ${mb(parts.reduce((s, d) => s + d.ct.length, 0))} sealed`],
    ['relay documents before / after compacting', `${changesBefore} / ${docsAfter}`, `after: the ${parts.length} snapshot parts and ${docsAfter - parts.length} changes`],
    ['new device joins from the snapshot', both(fromSnapshot), `${fromSnapshot.value.received} changes applied besides the snapshot; ${same}; process RSS ${mb(rss)} after`],
    ['sync file of the compacting member, before / after', `${mb(anaFile)} / ${mb(await size(ana.stateFile))}`, 'its own changes stay (undo, a clean copy\'s carry-over); the others\' that its snapshot covers go'],
    ['device that joined from the full history: next sync (opened again)', both(danSync), `its sync file ${mb(danFile)} before, ${mb(await size(dan.stateFile))} after; the snapshot kept beside it ${mb(await size(`${dan.stateFile}.snapshot`))}`],
  ];
}
