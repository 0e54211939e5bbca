// `coalition-map export <map.json> --format csv|xlsx|gexf|graphml|json [--list ...] --out <file>`:
// writes one export of a map through the field policy, atomically, and says what it left out.
// Reads the map only; refuses to write over it, whatever path spelling points there.
import { basename, resolve } from 'node:path';
import {
  describeContents, describeExport, EXPORT_FORMATS, EXPORT_LISTS, exportMap, isListFormat, type ExportFormat, type ExportList, type ExportResult,
} from '../../shared/exchange/export-map';
import { isSameFile } from '../main/export-file';
import { isMapFileError, readMapFile, writeFileAtomic } from '../main/store';
import { exportAuditFlags } from '../../shared/audit-flags';
import { recordCliAudit } from './cli-audit';
import { codecForMap, PASSPHRASE_USAGE, takePassphrase } from './passphrase';
import { UsageError, type CliCommand, type CliIO } from './types';

interface ExportArgs {
  readonly map: string;
  readonly format: ExportFormat;
  readonly list: ExportList | undefined;
  readonly out: string;
  readonly includeConfidential: boolean;
  readonly includeSensitive: boolean;
  readonly includeCustom: boolean;
  readonly withContacts: boolean;
}

const FLAGS = new Set(['--include-confidential', '--include-sensitive', '--include-custom', '--with-contacts']);
const VALUED = new Set(['--format', '--list', '--out']);

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const found = allowed.find((a) => a === value.toLowerCase());
  if (found === undefined) throw new UsageError(`export: ${option} must be one of ${allowed.join(', ')}, not "${value}"`);
  return found;
}

export function parseExportArgs(args: readonly string[]): ExportArgs {
  let map: string | null = null;
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (VALUED.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`export: ${arg} needs a value`);
      values.set(arg, value);
    } else if (FLAGS.has(arg)) flags.add(arg);
    else if (arg.startsWith('-')) throw new UsageError(`export: unknown option ${arg}`);
    else if (map === null) map = arg;
    else throw new UsageError(`export: expected one map file, got a second one: ${arg}`);
  }
  if (map === null) throw new UsageError('export: which map? Give the path of a map file.');
  const formatText = values.get('--format');
  if (formatText === undefined) throw new UsageError(`export: choose a format with --format (${EXPORT_FORMATS.join(', ')})`);
  const format = oneOf(formatText, EXPORT_FORMATS, '--format');
  const listText = values.get('--list');
  const list = listText === undefined ? undefined : oneOf(listText, EXPORT_LISTS, '--list');
  if (isListFormat(format) && list === undefined) throw new UsageError(`export: ${format} holds one list; choose it with --list (${EXPORT_LISTS.join(', ')})`);
  if (!isListFormat(format) && list !== undefined) throw new UsageError(`export: ${format} holds the whole map; --list goes with csv or xlsx`);
  const withContacts = flags.has('--with-contacts');
  if (withContacts && list !== 'stakeholders') throw new UsageError('export: --with-contacts goes with --list stakeholders');
  const out = values.get('--out');
  if (out === undefined) throw new UsageError('export: where to? Give the file to write with --out <file>.');
  return {
    map, format, list, out, withContacts,
    includeConfidential: flags.has('--include-confidential'),
    includeSensitive: flags.has('--include-sensitive'),
    includeCustom: flags.has('--include-custom'),
  };
}

/** Today's calendar day where the user is: consent runs out at the end of their day. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function report(result: ExportResult, format: ExportFormat, out: string): string {
  const hints = { confidential: 'add --include-confidential', sensitive: 'add --include-sensitive', custom: 'add --include-custom' };
  return [`Wrote ${describeContents(result)} to ${out} (${format.toUpperCase()}, ${result.bytes.length} bytes).`, ...describeExport(result, hints)].join('\n');
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  const { rest, passphrase } = takePassphrase(args, io.env);
  const parsed = parseExportArgs(rest);
  const mapPath = resolve(io.cwd, parsed.map);
  const out = resolve(io.cwd, parsed.out);
  if (await isSameFile(mapPath, out)) {
    io.err(`error: --out points at the map itself (${basename(mapPath)}); an export never replaces the map. Choose another file.`);
    return 1;
  }
  let map;
  try {
    map = await readMapFile(mapPath, { codec: await codecForMap(mapPath, passphrase) });
  } catch (error) {
    if (!isMapFileError(error)) throw error;
    io.err(`error: ${error.message}\nNothing was written.`);
    return 1;
  }
  const result = exportMap(map, { ...parsed, today: localToday() });
  try {
    await writeFileAtomic(out, result.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    io.err(`error: could not write ${out} (${code}). Nothing was written.`);
    return 1;
  }
  io.out(report(result, parsed.format, out));
  await recordCliAudit(io, {
    action: 'export', recordCount: result.records, fieldNames: [parsed.format], writtenFile: out,
    flags: exportAuditFlags({ ...parsed, withContacts: parsed.list === 'stakeholders' ? parsed.withContacts : undefined }),
  });
  return 0;
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    '<map.json> --format csv|xlsx|gexf|graphml|json [--list stakeholders|ties|recruitment] --out <file> ' +
    `[--include-confidential] [--include-sensitive] [--include-custom] [--with-contacts] ${PASSPHRASE_USAGE}`,
  summary: 'Write a list, the graph or the map; confidential details left out.',
  run,
};
