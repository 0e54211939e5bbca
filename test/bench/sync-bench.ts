// The sync rows of `npm run bench`: a map of 20,000 stakeholders and 60,000 ties shared through a
// real CouchDB-compatible relay (pouchdb-server on loopback), sealed as the app seals it. Times the
// first share, a second device joining, one local edit, and another device applying 100 and then
// 300 edits; sizes of the first share and of one sealed edit; then compaction on that relay and a
// new device joining from the snapshot (sync-compaction-bench.ts). Wall time with CPU time in brackets.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { couchRelay } from '../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey } from '../../electron/main/sync/seal';
import { newSigningKeys } from '../../electron/main/sync/signing';
import { changeSigning } from '../../electron/main/sync/signing-peer';
import { SyncPeer } from '../../electron/main/sync/sync-peer';
import type { MapPatch } from '../../shared/map-patch';
import type { Stakeholder } from '../../shared/model';
import type { MapLike } from '../../shared/sync/map-ops';
import { HEADER } from '../unit/sync/helpers/organizers';
import { allDocs, startRelayServer } from '../unit/sync/helpers/pouchdb-server';
import { generateMap } from './generate-map';
import { compactionRows, type Timed } from './sync-compaction-bench';

const SIZE = Number(process.env.SYNC_BENCH_SIZE ?? 20_000);

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpuBefore);
  return { value, wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());
const both = (t: Timed<unknown>) => `${ms(t.wall)} (${ms(t.cpu)})`;

/**
 * `count` edits, one role each, as the app records them: from the window's patch (`byPatch`, what
 * a patch save hands the sync), or by comparing the whole map before and after (a whole-map save).
 */
async function edit(peer: SyncPeer, start: MapLike, count: number, label: string, byPatch: boolean): Promise<{ map: MapLike; times: number[]; cpu: number[] }> {
  let map = start;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const people = map.stakeholders as Stakeholder[];
    const target = (i * 197) % people.length;
    const changed = { ...people[target]!, role: `${label} ${i}` };
    const next = { ...map, stakeholders: people.map((s, j) => (j === target ? changed : s)) };
    const patch: MapPatch = { stakeholders: { upsert: [changed], remove: [] }, ties: { upsert: [], remove: [] }, sections: {} };
    const took = await timed(() => (byPatch ? peer.recordPatch(map, patch) : peer.record(map, next)));
    times.push(took.wall);
    cpu.push(took.cpu);
    map = next;
  }
  return { map, times, cpu };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function printSyncTable(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sync-bench-'));
  const server = await startRelayServer(dir);
  try {
    const url = `${server.url}/bench`;
    await couchRelay({ url }).create();
    const sealer = coalitionSealer(newCoalitionKey(), 'bench');
    // No device compacts on its own here: the compaction rows below time one compaction, on purpose.
    const compaction = { every: Number.MAX_SAFE_INTEGER };
    const open = (name: string) => SyncPeer.open({ actor: `actor-${name}-0001`, name, sealer, relay: couchRelay({ url }), stateFile: join(dir, `${name}.sync.json`), compaction });
    const map = generateMap(SIZE, 1, 6);
    const ana = await open('ana');
    const share = await timed(async () => {
      await ana.share(map);
      return ana.sync();
    });
    const firstDocs = await allDocs(server, 'bench', false);
    const shareBytes = firstDocs.reduce((sum, d) => sum + d.ct.length, 0);
    const ben = await open('ben');
    const join_ = await timed(() => ben.join());
    await ana.sync();
    const start = ana.map(HEADER);
    const hundred = await edit(ana, start, 100, 'Edited', false);
    await ana.sync();
    const apply100 = await timed(() => ben.sync());
    const threeHundred = await edit(ana, hundred.map, 300, 'Edited again', true);
    await ana.sync();
    const apply300 = await timed(() => ben.sync());
    const docs = await allDocs(server, 'bench', false);
    const oneEdit = docs.filter((d) => !firstDocs.some((f) => f.id === d.id)).map((d) => d.ct.length);
    // The same largest edit as a signed map's member writes it (signing-peer.ts): sealed, then signed.
    const largest = docs.filter((d) => d.ct.length === Math.max(...oneEdit))[0];
    const signedEdit = largest === undefined ? 0 : changeSigning({ keys: newSigningKeys(), coalitionId: 'bench', anchor: '0'.repeat(32) }).wrap(sealer).seal(sealer.open({ id: largest.id, ct: largest.ct })).ct.length;
    const fileSize = (await stat(join(dir, 'ana.sync.json'))).size;
    const rows: [string, string, string][] = [
      ['first share (seal + send)', both(share), `${share.value.sent} changes, ${(shareBytes / 1e6).toFixed(1)} MB sealed`],
      ['second device joins', both(join_), `${join_.value.received} changes applied`],
      ['one local edit from the patch (median / max of 300)', `${ms(median(threeHundred.times))} / ${ms(Math.max(...threeHundred.times))}`, `CPU median ${ms(median(threeHundred.cpu))} ms; sync file ${(fileSize / 1e6).toFixed(1)} MB, one line appended and flushed per edit`],
      ['one local edit, whole map compared (median / max of 100)', `${ms(median(hundred.times))} / ${ms(Math.max(...hundred.times))}`, `CPU median ${ms(median(hundred.cpu))} ms; what a whole-map save still costs`],
      ['other device applies 100 edits', both(apply100), `${apply100.value.received} changes`],
      ['other device applies 300 edits', both(apply300), `${apply300.value.received} changes`],
      ['one sealed edit on the relay (bytes)', `${Math.max(...oneEdit)}`, 'largest of the 400 single-field edits'],
      ['the same edit in a signed map (bytes)', `${signedEdit}`, 'sealed and signed by its author (Ed25519)'],
      ...(await compactionRows({ server, db: 'bench', ana, open, timed, both })),
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`\nSync on ${SIZE.toLocaleString('en')} stakeholders and ${map.ties.length.toLocaleString('en')} ties through pouchdb-server on loopback (ms, CPU ms in brackets)`);
    for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padStart(14)}  ${note}`);
    console.log('Goals (sync design, check 15): 300 remote changes in under 3 s CPU; one local edit under 50 ms; one sealed change under 1 KB.');
    console.log('Compaction (check 11) has no time goal: the relay holds fewer documents after it, and a new device joins from the snapshot.');
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('sync-bench.ts')) await printSyncTable();
