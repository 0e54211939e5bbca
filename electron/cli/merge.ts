// `coalition-map merge <other.json> --into <map.json> [--label <text>]`: adds another organizer's
// map to this one in one save. Only exact duplicates are merged; near ones are listed for review
// in the app, with confidential names hidden. All or nothing: a refusal leaves the target as it was.
import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { DuplicateMatch } from '../../shared/exchange/dedupe';
import { ImportError } from '../../shared/exchange/import-error';
import { mergeMaps, proposeMerge, type MergeResult } from '../../shared/exchange/merge-maps';
import type { MapDocument, Stakeholder } from '../../shared/model';
import { isMapFileError, openMapStore, readMapFile } from '../main/store';
import { codecForMap, PASSPHRASE_USAGE, takePassphrase } from './passphrase';
import { recordCliAudit } from './cli-audit';
import { backupDirFor } from './import';
import { UsageError, type CliCommand, type CliIO } from './types';

interface MergeArgs {
  readonly other: string;
  readonly into: string;
  readonly label: string | null;
}

/** More unmerged pairs than this are summed up in one line: the app's review step is the place for them. */
const MAX_LISTED = 50;

export function parseMergeArgs(args: readonly string[]): MergeArgs {
  let other: string | null = null;
  let into: string | null = null;
  let label: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--into' || arg === '--label') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`merge: ${arg} needs a value`);
      if (arg === '--into') into = value;
      else label = value;
    } else if (arg.startsWith('-')) throw new UsageError(`merge: unknown option ${arg}`);
    else if (other === null) other = arg;
    else throw new UsageError(`merge: expected one map to merge, got a second one: ${arg}`);
  }
  if (other === null) throw new UsageError('merge: which map? Give the path of the map to merge in.');
  if (into === null) throw new UsageError('merge: into which map? Give it with --into <map.json>.');
  return { other, into, label };
}

/**
 * A pair with a confidential side shows neither name: a near match would otherwise tell the reader
 * that the hidden record is spelled almost like the one shown. Ids stay, so the pair can be found.
 */
function pairNames(incoming: Stakeholder | undefined, base: Stakeholder | undefined): [string, string] {
  if (!incoming || !base) return ['(unknown)', '(unknown)'];
  if (!incoming.confidential && !base.confidential) return [`“${incoming.name}”`, `“${base.name}”`];
  const hidden = (s: Stakeholder) => (s.confidential ? `[confidential ${s.kind}]` : '[name hidden]');
  return [hidden(incoming), hidden(base)];
}

function unmergedLines(matches: readonly DuplicateMatch[], merged: MapDocument, result: MergeResult, ambiguous: ReadonlySet<DuplicateMatch>): string[] {
  const onMap = new Map(merged.stakeholders.map((s) => [s.id, s]));
  const lines = matches.slice(0, MAX_LISTED).map((m) => {
    // Looked up on the merged map, where a record merged into a confidential one is confidential too.
    const newId = result.idMap.get(m.incomingId) ?? m.incomingId;
    const [incomingName, baseName] = pairNames(onMap.get(newId), onMap.get(m.baseId));
    const reasons = ambiguous.has(m) ? [...m.reasons, 'it matches more than one stakeholder on the map'] : m.reasons;
    return `  ${incomingName} [${newId}] may be ${baseName} [${m.baseId}]: ${reasons.join('; ')}`;
  });
  if (matches.length > MAX_LISTED) lines.push(`  …and ${matches.length - MAX_LISTED} more`);
  return lines;
}

function report(result: MergeResult, otherName: string, target: string, unmerged: string[], unmergedCount: number): string {
  const s = result.summary;
  const lines = [
    `Merged ${otherName} into ${target} (provenance label: ${result.sourceLabel}).`,
    `  stakeholders: ${s.stakeholdersMerged} merged as exact duplicates, ${s.stakeholdersAdded} added`,
    `  ties:         ${s.tiesAdded} added, ${s.tiesCollapsed} left out as repeats`,
    `  ids renamed:  ${s.idsRenamed} (already used on the map)`,
    `  services:     ${s.servicesAdded} added to the catalog`,
  ];
  if (unmergedCount === 0) lines.push('No possible duplicates were left unmerged.');
  else lines.push(`${unmergedCount === 1 ? '1 possible duplicate was' : `${unmergedCount} possible duplicates were`} not merged; review in the app:`, ...unmerged);
  return lines.join('\n');
}

/** Both maps open with the one passphrase given (each may also be plain). */
async function mergeInto(parsed: MergeArgs, io: CliIO, passphrase: string | null): Promise<{ report: string; records: number }> {
  const otherPath = resolve(io.cwd, parsed.other);
  const target = resolve(io.cwd, parsed.into);
  if (otherPath === target) throw new ImportError(basename(otherPath), null, 'a map cannot be merged into itself');
  const incoming = await readMapFile(otherPath, { codec: await codecForMap(otherPath, passphrase) });
  // Read-only check first: the store moves an unreadable map aside, and a failed merge must leave
  // whatever the user pointed --into exactly where and as it was.
  const codec = await codecForMap(target, passphrase);
  await readMapFile(target, { codec });
  const store = await openMapStore(target, { backupDir: backupDirFor(io.env), codec });
  try {
    const base = store.map;
    const proposal = proposeMerge(base, incoming);
    const label = parsed.label ?? `${incoming.coalition.name} (${basename(otherPath)})`;
    const result = mergeMaps(base, incoming, proposal.exactDecisions, { now: new Date().toISOString(), newId: randomUUID, sourceLabel: label });
    await store.save(result.map);
    const accepted = new Set(proposal.exactDecisions.accept.map(([b, i]) => `${b}\u0000${i}`));
    const unmerged = proposal.matches.filter((m) => !accepted.has(`${m.baseId}\u0000${m.incomingId}`));
    const lines = unmergedLines(unmerged, result.map, result, new Set(proposal.ambiguous));
    const records = result.summary.stakeholdersMerged + result.summary.stakeholdersAdded;
    return { report: report(result, basename(otherPath), target, lines, unmerged.length), records };
  } finally {
    await store.close();
  }
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  let parsed: MergeArgs;
  let passphrase: string | null;
  try {
    const choice = takePassphrase(args, io.env);
    passphrase = choice.passphrase;
    parsed = parseMergeArgs(choice.rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\nusage: coalition-map merge ${mergeCommand.usage}`);
    return 2;
  }
  try {
    const merged = await mergeInto(parsed, io, passphrase);
    io.out(merged.report);
    const flags = [`label=${parsed.label === null ? 'default' : 'given'}`, `passphrase=${passphrase === null ? 'no' : 'yes'}`];
    await recordCliAudit(io, { action: 'merge', recordCount: merged.records, writtenFile: resolve(io.cwd, parsed.into), flags });
    return 0;
  } catch (error) {
    if (error instanceof ImportError || isMapFileError(error)) {
      io.err(`Nothing was merged. ${error.message}`);
      return 1;
    }
    throw error;
  }
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  usage: `<other.json> --into <map.json> [--label <text>] ${PASSPHRASE_USAGE}`,
  summary: "Merge another organizer's map into a map: exact duplicates merged, near ones listed, all or nothing.",
  run,
};
