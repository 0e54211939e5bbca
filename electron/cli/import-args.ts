// The import command's options: the files, and the same choices the window's review offers
// (columns, values, key column, keep or replace, skip bad rows) so a sheet whose headers are not
// the app's own can be imported from a terminal too.
import { basename } from 'node:path';
import { isColumnChoice, type ColumnChoice } from '../../shared/exchange/column-choices';
import { graphFormatOf } from '../../shared/exchange/read-graph-file';
import type { KeyColumn } from '../../shared/exchange/reconcile';
import { TIES_KEY_PREFIX } from '../../shared/exchange/sheet-mapping';
import { UsageError } from './types';

export interface ImportArgs {
  readonly file: string;
  readonly into: string;
  readonly ties: string | null;
  readonly encoding: string | null;
  /** The workbook sheet to read (--sheet); the first, or Kumu's Elements and Connections, when absent. */
  readonly sheet: string | null;
  /** --mapping FILE: a mapping saved from the window (columns, values, key). */
  readonly mappingFile: string | null;
  /** --column "Header=field", in order. */
  readonly columns: ReadonlyArray<readonly [header: string, choice: ColumnChoice]>;
  /** --value "Header:Value=target[,target]", in order. */
  readonly values: ReadonlyArray<{ readonly header: string; readonly value: string; readonly targets: readonly string[] }>;
  readonly key: KeyColumn | null;
  /** --replace: an update replaces values that differ (by default the map's are kept). */
  readonly replace: boolean;
  /** --skip-bad-rows: import the good rows and list the others; otherwise all or nothing. */
  readonly skipBadRows: boolean;
  /** --groups-as-stakeholders: yEd groups and GraphML subgraphs stay plain stakeholders, without works-at ties. */
  readonly groupsAsOrganizations: boolean;
}

/** A stakeholder or ties sheet: CSV, or the first sheet of an Excel workbook. */
export function isSheet(file: string): boolean {
  return /\.(csv|xlsx)$/i.test(file);
}

const VALUED = new Set(['--into', '--ties', '--encoding', '--sheet', '--mapping', '--column', '--value', '--key']);
const FLAGS = new Set(['--replace', '--skip-bad-rows', '--groups-as-stakeholders']);

function parseColumn(text: string): readonly [string, ColumnChoice] {
  const at = text.lastIndexOf('=');
  const header = text.slice(0, Math.max(at, 0)).trim();
  const choice = text.slice(at + 1).trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (at <= 0 || header === '') throw new UsageError(`import: --column wants "Header=field", not "${text}"`);
  if (!isColumnChoice(choice)) throw new UsageError(`import: --column "${text}": "${choice}" is not a field (name, kind, categories, organization, email, phone, ..., custom or ignore)`);
  return [header, choice];
}

function parseValue(text: string): ImportArgs['values'][number] {
  // "ties:Type:…" names the ties sheet's "Type" when the stakeholder sheet has a "Type" too.
  const colon = text.indexOf(':', text.startsWith(TIES_KEY_PREFIX) ? TIES_KEY_PREFIX.length : 0);
  const equals = text.lastIndexOf('=');
  if (colon <= 0 || equals <= colon) throw new UsageError(`import: --value wants "Header:Value=target", not "${text}"`);
  const targets = text.slice(equals + 1).split(/[,;+]/).map((t) => t.trim()).filter((t) => t !== '');
  return { header: text.slice(0, colon).trim(), value: text.slice(colon + 1, equals).trim(), targets };
}

export function parseImportArgs(args: readonly string[]): ImportArgs {
  let file: string | null = null;
  const single = new Map<string, string>();
  const columns: (readonly [string, ColumnChoice])[] = [];
  const values: ImportArgs['values'][number][] = [];
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (VALUED.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`import: ${arg} needs a value`);
      if (arg === '--column') columns.push(parseColumn(value));
      else if (arg === '--value') values.push(parseValue(value));
      else single.set(arg, value);
    } else if (FLAGS.has(arg)) flags.add(arg);
    else if (arg.startsWith('-')) throw new UsageError(`import: unknown option ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`import: expected one file to import, got a second one: ${arg}`);
  }
  const into = single.get('--into') ?? null;
  const ties = single.get('--ties') ?? null;
  const key = single.get('--key') ?? null;
  if (file === null) throw new UsageError('import: which file? Give a .csv, .xlsx, .gexf or .graphml file.');
  if (into === null) throw new UsageError('import: which map? Give it with --into <map.json>.');
  if (!isSheet(file) && graphFormatOf(file) === null) throw new UsageError(`import: ${basename(file)} is not a .csv, .xlsx, .gexf or .graphml file`);
  if (ties !== null && !isSheet(file)) throw new UsageError('import: --ties goes with a CSV or XLSX stakeholder sheet');
  if (ties !== null && !isSheet(ties)) throw new UsageError(`import: the ties sheet ${basename(ties)} is not a .csv or .xlsx file`);
  if (key !== null && key !== 'id' && key !== 'email') throw new UsageError(`import: --key is id or email, not "${key}"`);
  if (single.has('--sheet') && !/\.xlsx$/i.test(file)) throw new UsageError('import: --sheet goes with an .xlsx workbook');
  const sheetOnly = columns.length > 0 || values.length > 0 || single.has('--mapping') || flags.has('--skip-bad-rows');
  if (flags.has('--groups-as-stakeholders') && graphFormatOf(file) === null) throw new UsageError('import: --groups-as-stakeholders goes with a .gexf or .graphml file');
  if (sheetOnly && !isSheet(file)) throw new UsageError('import: --column, --value, --mapping and --skip-bad-rows go with a CSV or XLSX sheet');
  return {
    file, into, ties, columns, values, key,
    encoding: single.get('--encoding') ?? null,
    sheet: single.get('--sheet') ?? null,
    mappingFile: single.get('--mapping') ?? null,
    replace: flags.has('--replace'),
    skipBadRows: flags.has('--skip-bad-rows'),
    groupsAsOrganizations: !flags.has('--groups-as-stakeholders'),
  };
}

export const IMPORT_USAGE =
  '<file.csv|file.xlsx|file.gexf|file.graphml> [--ties <ties.csv|ties.xlsx>] --into <map.json> [--encoding <name>] [--sheet <name>] ' +
  '[--mapping <mapping.json>] [--column "Header=field"]... [--value "Header:Value=target"]... [--key id|email] [--replace] [--skip-bad-rows] [--groups-as-stakeholders]';
