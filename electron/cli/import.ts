// `coalition-map import <file.csv|file.xlsx|file.gexf|file.graphml> [--ties <ties.csv|ties.xlsx>] --into <map.json>`:
// adds a stakeholder sheet or a graph file to a map in one save, or creates the map when it does not exist yet. All or nothing:
// any refusal leaves the target file exactly as it was and exits non-zero with the reason.
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { NotRegularFileError, readRegularFile, regularFileSize } from '../main/store/read-regular';
import { homedir } from 'node:os';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { importedGraphToStakeholders, type MapAddition } from '../../shared/exchange/graph-to-map';
import { readCsvFile, type CsvTable } from '../../shared/exchange/csv';
import { csvToStakeholders } from '../../shared/exchange/csv-to-map';
import { ImportError } from '../../shared/exchange/import-error';
import { DEFAULT_IMPORT_LIMITS } from '../../shared/exchange/imported-graph';
import { addImportToMap } from '../../shared/exchange/merge-into-map';
import { graphFormatOf, readGraphFile } from '../../shared/exchange/read-graph-file';
import { kumuSheetsOf, readKumuWorkbook } from '../../shared/exchange/kumu';
import { listXlsxSheetNames, readXlsxRows, type XlsxTable } from '../../shared/exchange/xlsx';
import type { MapDocument } from '../../shared/model';
import { emptyMap } from '../../shared/new-map';
import { DATA_DIR_ENV } from '../main/data-dir';
import { createMapFile, isMapFileError, openMapStore, readMapFile } from '../main/store';
import { recordCliAudit } from './cli-audit';
import { codecForMap, codecForNewMap, PASSPHRASE_USAGE, takePassphrase } from './passphrase';
import { UsageError, type CliCommand, type CliIO } from './types';

interface ImportArgs {
  readonly file: string;
  readonly into: string;
  readonly ties: string | null;
  readonly encoding: string | null;
  /** The workbook sheet to read (--sheet); the first, or Kumu's Elements and Connections, when absent. */
  readonly sheet: string | null;
}

/** A stakeholder or ties sheet: CSV, or the first sheet of an Excel workbook. */
function isSheet(file: string): boolean {
  return /\.(csv|xlsx)$/i.test(file);
}

function readSheet(bytes: Uint8Array, fileName: string, encoding: string | undefined, sheet?: string): CsvTable | XlsxTable {
  return /\.xlsx$/i.test(fileName) ? readXlsxRows(bytes, fileName, sheet === undefined ? {} : { sheet }) : readCsvFile(bytes, fileName, encoding);
}

export function parseImportArgs(args: readonly string[]): ImportArgs {
  let file: string | null = null;
  let into: string | null = null;
  let encoding: string | null = null;
  let ties: string | null = null;
  let sheet: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--into' || arg === '--ties' || arg === '--encoding' || arg === '--sheet') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`import: ${arg} needs a value`);
      if (arg === '--into') into = value;
      else if (arg === '--encoding') encoding = value;
      else if (arg === '--sheet') sheet = value;
      else ties = value;
    } else if (arg.startsWith('-')) throw new UsageError(`import: unknown option ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`import: expected one file to import, got a second one: ${arg}`);
  }
  if (file === null) throw new UsageError('import: which file? Give a .csv, .xlsx, .gexf or .graphml file.');
  if (into === null) throw new UsageError('import: which map? Give it with --into <map.json>.');
  if (!isSheet(file) && graphFormatOf(file) === null) throw new UsageError(`import: ${basename(file)} is not a .csv, .xlsx, .gexf or .graphml file`);
  if (ties !== null && !isSheet(file)) throw new UsageError('import: --ties goes with a CSV or XLSX stakeholder sheet');
  if (ties !== null && !isSheet(ties)) throw new UsageError(`import: the ties sheet ${basename(ties)} is not a .csv or .xlsx file`);
  if (sheet !== null && !/\.xlsx$/i.test(file)) throw new UsageError('import: --sheet goes with an .xlsx workbook');
  return { file, into, ties, encoding, sheet };
}

/** Backups of CLI saves go where the app keeps them, so the app can list and restore them. */
export function backupDirFor(env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env[DATA_DIR_ENV]?.trim();
  if (fromEnv && isAbsolute(fromEnv)) return join(fromEnv, 'backups');
  const home = env.HOME ?? homedir();
  // Electron's userData folder for productName "Coalition Mapper", without loading Electron.
  const appData =
    process.platform === 'win32' ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
    : process.platform === 'darwin' ? join(home, 'Library', 'Application Support')
    : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Coalition Mapper', 'backups');
}

async function readImportBytes(path: string): Promise<Uint8Array> {
  const name = basename(path);
  let size: number;
  try {
    size = await regularFileSize(path);
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new ImportError(name, null, `this is a ${error.kind}, not a file; nothing was read`);
    throw new ImportError(name, null, `the file was not found at ${path}`);
  }
  // Checked before reading, so a 4 GB file is refused without filling memory.
  if (size > DEFAULT_IMPORT_LIMITS.maxBytes) {
    throw new ImportError(name, null, `the file is ${size} bytes, more than the import limit of ${DEFAULT_IMPORT_LIMITS.maxBytes}`);
  }
  return readRegularFile(path);
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function summary(addition: MapAddition, fileName: string, target: string, created: boolean): string {
  const lines = [
    `Imported ${addition.stakeholders.length} stakeholders and ${addition.ties.length} ties from ${fileName} ` +
      `into ${created ? 'a new map at ' : ''}${target}.`,
  ];
  if (addition.warnings.length > 0) lines.push(`${addition.warnings.length} warnings:`, ...addition.warnings.map((w) => `  warning: ${w}`));
  return lines.join('\n');
}

type Converter = (map: MapDocument) => MapAddition;

/** A workbook with more than one sheet: which one was read, and how to choose another. */
function otherSheetsNote(table: CsvTable | XlsxTable, fileName: string): string | null {
  if (!('sheets' in table) || table.sheets.length < 2) return null;
  const others = table.sheets.filter((name) => name !== table.sheet).map((name) => `"${name}"`);
  return `${fileName}: read the sheet "${table.sheet}"; the workbook also has ${others.join(', ')} (choose one with --sheet NAME)`;
}

/** Reads and parses the input files completely before the map is touched. */
async function readInput(parsed: ImportArgs, cwd: string): Promise<Converter> {
  const source = resolve(cwd, parsed.file);
  const fileName = basename(source);
  const encoding = parsed.encoding ?? undefined;
  const base = (map: MapDocument) => ({ now: new Date().toISOString(), newId: randomUUID, sourceLabel: fileName, serviceCatalog: map.coalition.serviceCatalog });
  if (!isSheet(fileName)) {
    const graph = readGraphFile(await readImportBytes(source), fileName, DEFAULT_IMPORT_LIMITS, encoding);
    return (map) => importedGraphToStakeholders(graph, base(map));
  }
  const bytes = await readImportBytes(source);
  const kumu = /\.xlsx$/i.test(fileName) && parsed.sheet === null && parsed.ties === null ? kumuSheetsOf(listXlsxSheetNames(bytes, fileName)) : null;
  if (kumu) {
    // Kumu's workbook: elements are the stakeholders, connections the ties.
    const workbook = readKumuWorkbook(bytes, fileName, kumu);
    return (map) => csvToStakeholders(workbook.elements, workbook.connections, { ...base(map), tiesLabel: workbook.connectionsLabel, existingStakeholders: map.stakeholders });
  }
  const people = readSheet(bytes, fileName, encoding, parsed.sheet ?? undefined);
  const tiesPath = parsed.ties === null ? null : resolve(cwd, parsed.ties);
  const ties = tiesPath === null ? null : readSheet(await readImportBytes(tiesPath), basename(tiesPath), encoding);
  const note = otherSheetsNote(people, fileName);
  return (map) => {
    const addition = csvToStakeholders(people, ties, { ...base(map), tiesLabel: tiesPath === null ? undefined : basename(tiesPath), existingStakeholders: map.stakeholders });
    return note === null ? addition : { ...addition, warnings: [note, ...addition.warnings] };
  };
}

interface Imported {
  readonly report: string;
  readonly records: number;
  readonly created: boolean;
}

async function importInto(parsed: ImportArgs, io: CliIO, passphrase: string | null): Promise<Imported> {
  const target = resolve(io.cwd, parsed.into);
  const fileName = basename(parsed.file);
  const toAddition = await readInput(parsed, io.cwd);
  const convert = (map: MapDocument): { addition: MapAddition; next: MapDocument } => {
    const addition = toAddition(map);
    return { addition, next: addImportToMap(map, addition, fileName) };
  };
  if (!(await fileExists(target))) {
    const { addition, next } = convert(emptyMap(basename(fileName, extname(fileName)) || 'Imported map'));
    await createMapFile(target, next, { codec: await codecForNewMap(passphrase) });
    return { report: summary(addition, fileName, target, true), records: addition.stakeholders.length, created: true };
  }
  // Read-only check first: the store moves an unreadable map aside, and a failed import must
  // leave whatever the user pointed --into (even a file that is not a map) where it was.
  const codec = await codecForMap(target, passphrase);
  await readMapFile(target, { codec });
  const store = await openMapStore(target, { backupDir: backupDirFor(io.env), codec });
  try {
    const { addition, next } = convert(store.map);
    await store.save(next);
    return { report: summary(addition, fileName, target, false), records: addition.stakeholders.length, created: false };
  } finally {
    await store.close();
  }
}

/** What the audit log records of an import's options: the kind of file, never its name or the passphrase. */
function importFlags(parsed: ImportArgs, created: boolean, passphrase: string | null): string[] {
  const kind = extname(parsed.file).slice(1).toLowerCase();
  return [`format=${kind}`, `ties=${parsed.ties === null ? 'no' : 'yes'}`, `encoding=${parsed.encoding === null ? 'detected' : 'given'}`, `new-map=${created ? 'yes' : 'no'}`, `passphrase=${passphrase === null ? 'no' : 'yes'}`];
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  let parsed: ImportArgs;
  let passphrase: string | null;
  try {
    const choice = takePassphrase(args, io.env);
    passphrase = choice.passphrase;
    parsed = parseImportArgs(choice.rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\nusage: coalition-map import ${importCommand.usage}`);
    return 2;
  }
  try {
    const imported = await importInto(parsed, io, passphrase);
    io.out(imported.report);
    await recordCliAudit(io, { action: 'import', recordCount: imported.records, writtenFile: resolve(io.cwd, parsed.into), flags: importFlags(parsed, imported.created, passphrase) });
    return 0;
  } catch (error) {
    if (error instanceof ImportError || isMapFileError(error)) {
      io.err(`Nothing was imported. ${error.message}`);
      return 1;
    }
    throw error;
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: `<file.csv|file.xlsx|file.gexf|file.graphml> [--ties <ties.csv|ties.xlsx>] --into <map.json> [--encoding <name>] [--sheet <name>] ${PASSPHRASE_USAGE}`,
  summary: 'Add a stakeholder sheet or graph file to a map (created if missing), all or nothing.',
  run,
};
