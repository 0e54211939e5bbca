// `coalition-map sync status <map>` and `coalition-map sync export <map> <out.json>`: a shared map
// seen from the terminal, from this device's own copy (the network only to ask whether the shared
// map moved). Status says whether it moved, what is waiting, refused or held for a newer app, who
// the organizers are and which conflicts are open;
// export writes the shared map as it stands as a `coalition-map` JSON file, through the same field
// policy as `export` (sensitive and custom fields only when asked), atomically, and audits it.
import { basename, resolve } from 'node:path';
import { exportAuditFlags } from '../../shared/audit-flags';
import { describeExport, exportMap } from '../../shared/exchange/export-map';
import { mapDocumentSchema, describeSchemaError, MAP_FORMAT, MAP_VERSION } from '../../shared/schema';
import { knownView } from '../../shared/sync/schema-skew';
import { isSameFile } from '../main/export-file';
import { isMapFileError, writeFileAtomic } from '../main/store';
import { SyncRefusal } from '../main/sync/seal';
import { noteKeyOf } from '../main/sync/note-key';
import { readNote, type MovedNote } from '../main/sync/relay-note';
import { describeRelay, peerForMap, readSharingFile, SharingFileError, sharingFilePath, syncFilePath, type SharingSettings } from '../main/sync/sharing-file';
import type { SyncPeer } from '../main/sync/sync-peer';
import { recordCliAudit } from './cli-audit';
import { compactShared } from './sync-compact';
import { localToday } from './export';
import { codecForMap, PASSPHRASE_USAGE, takePassphrase } from './passphrase';
import { UsageError, type CliCommand, type CliIO } from './types';

const HEADER = { format: MAP_FORMAT, version: MAP_VERSION };

/**
 * The "moved" note in this copy's relay database, as a status line: the one thing status asks the
 * relay (a file at a folder relay, one request to CouchDB), because a moved copy is no longer
 * synced and everything else the status says is then out of date.
 */
async function movedLines(settings: SharingSettings, peer: SyncPeer): Promise<string[]> {
  let note: MovedNote | null;
  try {
    note = await readNote(settings.relay, 'moved', noteKeyOf(settings, peer.state));
  } catch (error) {
    return [`  moved:         not known (the relay could not be asked: ${error instanceof Error ? error.message : String(error)})`];
  }
  if (note === null) return ['  moved:         no (this copy is the current one)'];
  const when = `on ${note.at.slice(0, 10)} at ${note.at.slice(11, 16)} UTC by ${note.by}`;
  return note.removed.includes(settings.actor)
    ? [`  moved:         yes, ${when}, and you were removed: this copy is no longer synced and you hold no key to the new one`]
    : [`  moved:         yes, ${when}: this copy is no longer synced; follow to the new copy with the handover invite (in the window: “Follow to the new copy…”)`];
}

function statusText(peer: SyncPeer, mapPath: string, relay: string, coalitionId: string, moved: readonly string[]): string {
  const status = peer.status();
  const members = peer.members();
  const conflicts = peer.conflicts();
  const newer = status.newerFormat === null ? [] : [`  read-only:     changes from a newer app (sync format ${status.newerFormat}) wait until this app is updated`];
  return [
    `Shared map ${coalitionId}`,
    `  map file:      ${mapPath}`,
    `  relay:         ${relay}`,
    ...moved,
    `  you:           ${peer.name}`,
    `  organizers:    ${members.length} (${members.join(', ')})`,
    `  changes:       ${status.changes} on this device`,
    `  waiting:       ${status.waitingToSend === 0 ? 'nothing waiting to send' : `${status.waitingToSend} change${status.waitingToSend === 1 ? '' : 's'} waiting to send`}`,
    `  refused:       ${status.refused === 0 ? 'none' : `${status.refused} (altered, or sealed with another key; never applied)`}`,
    ...newer,
    `  conflicts:     ${conflicts.length === 0 ? 'none open' : `${conflicts.length} open`}`,
    ...conflicts.map((c) => `    ${c.sentence}`),
    'As of the last sync on this device; the command line only asks the relay whether the shared map moved.',
  ].join('\n');
}

async function openPeer(mapPath: string, passphrase: string | null): Promise<{ peer: SyncPeer; relay: string; coalitionId: string; settings: SharingSettings }> {
  const settings = await readSharingFile(mapPath, await codecForMap(mapPath, passphrase));
  return { peer: await peerForMap(mapPath, settings), relay: describeRelay(settings.relay), coalitionId: settings.coalitionId, settings };
}

async function exportShared(peer: SyncPeer, mapPath: string, out: string, flags: ReadonlySet<string>, io: CliIO): Promise<number> {
  if (await isSameFile(mapPath, out)) {
    io.err(`error: ${basename(out)} is the map itself; an export never replaces the map. Choose another file.`);
    return 1;
  }
  const view = knownView(peer.map(HEADER));
  const checked = mapDocumentSchema.safeParse(view.map);
  if (!checked.success) {
    io.err(`error: the shared map does not validate, so nothing was written:\n${describeSchemaError(checked.error)}`);
    return 1;
  }
  const choice = { format: 'json' as const, list: undefined, includeConfidential: false, includeSensitive: flags.has('--include-sensitive'), includeCustom: flags.has('--include-custom') };
  const result = exportMap(checked.data, { ...choice, today: localToday() });
  await writeFileAtomic(out, result.bytes);
  io.out([`Wrote the shared map (${result.records} stakeholders, ${result.ties} ties) to ${out}.`, ...describeExport(result, { sensitive: 'add --include-sensitive', custom: 'add --include-custom', confidential: '' })].join('\n'));
  if (view.unknown.length > 0) io.out(`Left out fields a newer app added (kept in the shared map): ${view.unknown.join(', ')}`);
  await recordCliAudit(io, { action: 'export', recordCount: result.records, fieldNames: ['json'], writtenFile: out, flags: ['sync', ...exportAuditFlags(choice)] });
  return 0;
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  const { rest, passphrase } = takePassphrase(args, io.env);
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const [action, map, out, ...extra] = rest.filter((a) => !a.startsWith('--'));
  for (const flag of flags) if (action !== 'export' || !['--include-sensitive', '--include-custom'].includes(flag)) throw new UsageError(`sync: unknown option ${flag}`);
  if (action !== 'status' && action !== 'export' && action !== 'compact') throw new UsageError('sync: say status, export or compact');
  if (map === undefined) throw new UsageError(`sync ${action}: which map? Give the path of a map file.`);
  if (action !== 'export' && out !== undefined) throw new UsageError(`sync ${action} takes one map file`);
  if (action === 'export' && (out === undefined || extra.length > 0)) throw new UsageError('sync export takes a map file and the file to write');
  const mapPath = resolve(io.cwd, map);
  try {
    const { peer, relay, coalitionId, settings } = await openPeer(mapPath, passphrase);
    if (action === 'status') {
      io.out(statusText(peer, mapPath, relay, coalitionId, await movedLines(settings, peer)));
      return 0;
    }
    if (action === 'compact') return await compactShared(peer, relay, io);
    return await exportShared(peer, mapPath, resolve(io.cwd, out ?? ''), flags, io);
  } catch (error) {
    if (error instanceof SyncRefusal) {
      io.err(`error: this device's sync file ${syncFilePath(mapPath)} does not open with the key in ${basename(sharingFilePath(mapPath))} (${error.message}).\nNothing was changed.`);
      return 1;
    }
    if (!(error instanceof SharingFileError) && !isMapFileError(error)) throw error;
    io.err(`error: ${error.message}\nNothing was changed.`);
    return 1;
  }
}

export const syncCommand: CliCommand = {
  name: 'sync',
  usage: `status <map.json> | export <map.json> <out.json> [--include-sensitive] [--include-custom] | compact <map.json> ${PASSPHRASE_USAGE}`,
  summary: "A shared map's status, its JSON export, or its relay compacted.",
  run,
};
