// `coalition-map import <file.csv|file.xlsx|file.gexf|file.graphml> [--ties <ties.csv|ties.xlsx>] --into <map.json>`:
// reconciles a stakeholder sheet or a graph file with a map in one save (new, updated, repeated
// within the file, possible duplicates listed), or creates the map when it does not exist yet.
// Columns and values are mapped with --mapping/--column/--value (see import-args.ts). All or
// nothing unless --skip-bad-rows: any refusal leaves the target file exactly as it was and exits
// non-zero with every reason. Re-importing the same file changes nothing (and writes nothing).
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { NotRegularFileError, readRegularFile, regularFileSize } from '../main/store/read-regular';
import { homedir } from 'node:os';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { importedGraphToStakeholders, type MapAddition } from '../../shared/exchange/graph-to-map';
import { readCsvFile, type CsvTable } from '../../shared/exchange/csv';
import { convertSheet } from '../../shared/exchange/csv-to-map';
import { ImportError } from '../../shared/exchange/import-error';
import { DEFAULT_IMPORT_LIMITS } from '../../shared/exchange/imported-graph';
import { planReconciliation } from '../../shared/exchange/reconcile';
import { applyReconciliation } from '../../shared/exchange/reconcile-apply';
import { RowProblemsError, type RowProblem } from '../../shared/exchange/sheet-problems';
import { checkValueMapping, choicesFor, EMPTY_MAPPING, mapSheet, mapTiesSheet, parseMappingFile, unmappedValueNotes, withSheetHeaders, type ImportMapping } from '../../shared/exchange/sheet-mapping';
import { readGraphFile } from '../../shared/exchange/read-graph-file';
import { kumuSheetsOf, readKumuWorkbook } from '../../shared/exchange/kumu';
import { listXlsxSheetNames, readXlsxRows, type XlsxTable } from '../../shared/exchange/xlsx';
import type { MapDocument } from '../../shared/model';
import { emptyMap } from '../../shared/new-map';
import { DATA_DIR_ENV } from '../main/data-dir';
import { createMapFile, isMapFileError, openMapStore, readMapFile } from '../main/store';
import { recordCliAudit } from './cli-audit';
import { codecForMap, codecForNewMap, PASSPHRASE_USAGE, takePassphrase } from './passphrase';
import { IMPORT_USAGE, isSheet, parseImportArgs, type ImportArgs } from './import-args';
import { importReport } from './import-report';
import { UsageError, type CliCommand, type CliIO } from './types';

function readSheet(bytes: Uint8Array, fileName: string, encoding: string | undefined, sheet?: string): CsvTable | XlsxTable {
  return /\.xlsx$/i.test(fileName) ? readXlsxRows(bytes, fileName, sheet === undefined ? {} : { sheet }) : readCsvFile(bytes, fileName, encoding);
}

/** A workbook with more than one sheet: which one was read, and how to choose another. */
function otherSheetsNote(table: CsvTable | XlsxTable, fileName: string): string | null {
  if (!('sheets' in table) || table.sheets.length < 2) return null;
  const others = table.sheets.filter((name) => name !== table.sheet).map((name) => `"${name}"`);
  return `${fileName}: read the sheet "${table.sheet}"; the workbook also has ${others.join(', ')} (choose one with --sheet NAME)`;
}

export { parseImportArgs };

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

interface Prepared {
  readonly addition: MapAddition;
  readonly problems: readonly RowProblem[];
  readonly sheetIds: ReadonlyMap<string, string>;
  /** The sheet line of each incoming stakeholder (sheets only), so the report names rows, not ids. */
  readonly rowLines: ReadonlyMap<string, number>;
  readonly notes: readonly string[];
}

type Converter = (map: MapDocument) => Prepared;

/** The mapping file's choices, with --column and --value on top. */
async function mappingOf(parsed: ImportArgs, cwd: string): Promise<ImportMapping> {
  let base = EMPTY_MAPPING;
  if (parsed.mappingFile !== null) {
    const path = resolve(cwd, parsed.mappingFile);
    base = parseMappingFile(new TextDecoder().decode(await readImportBytes(path)), basename(path));
  }
  // Built with Maps and fromEntries: a header or value may be "__proto__".
  const values = new Map(Object.entries(base.values).map(([h, v]) => [h, new Map(Object.entries(v))]));
  for (const { header, value, targets } of parsed.values) values.set(header, (values.get(header) ?? new Map()).set(value, targets));
  const columns = Object.fromEntries([...Object.entries(base.columns), ...parsed.columns]);
  return { columns, values: Object.fromEntries([...values].map(([h, v]) => [h, Object.fromEntries(v)])), key: parsed.key ?? base.key };
}

/** Reads and parses the input files completely before the map is touched. */
async function readInput(parsed: ImportArgs, mapping: ImportMapping, cwd: string): Promise<Converter> {
  const source = resolve(cwd, parsed.file);
  const fileName = basename(source);
  const encoding = parsed.encoding ?? undefined;
  const base = (map: MapDocument) => ({ now: new Date().toISOString(), newId: randomUUID, sourceLabel: fileName, serviceCatalog: map.coalition.serviceCatalog });
  if (!isSheet(fileName)) {
    const graph = readGraphFile(await readImportBytes(source), fileName, DEFAULT_IMPORT_LIMITS, encoding);
    return (map) => ({ addition: importedGraphToStakeholders(graph, { ...base(map), groupsAsOrganizations: parsed.groupsAsOrganizations }), problems: [], sheetIds: new Map(), rowLines: new Map(), notes: [] });
  }
  const bytes = await readImportBytes(source);
  const kumu = /\.xlsx$/i.test(fileName) && parsed.sheet === null && parsed.ties === null ? kumuSheetsOf(listXlsxSheetNames(bytes, fileName)) : null;
  // Kumu's workbook: elements are the stakeholders, connections the ties.
  const workbook = kumu ? readKumuWorkbook(bytes, fileName, kumu) : null;
  const people = workbook ? workbook.elements : readSheet(bytes, fileName, encoding, parsed.sheet ?? undefined);
  const tiesPath = parsed.ties === null ? null : resolve(cwd, parsed.ties);
  const ties = workbook ? workbook.connections : tiesPath === null ? null : readSheet(await readImportBytes(tiesPath), basename(tiesPath), encoding);
  const tiesLabel = workbook ? workbook.connectionsLabel : tiesPath === null ? undefined : basename(tiesPath);
  const sheetNote = otherSheetsNote(people, fileName);
  const unknown = Object.keys(mapping.columns).filter((h) => !people.headers.includes(h));
  if (unknown.length > 0) throw new ImportError(fileName, 'header row', `no column ${unknown.map((h) => `"${h}"`).join(' or ')} to map (found: ${people.headers.join(', ')})`);
  const choices = choicesFor(people.headers, mapping);
  checkValueMapping(people.headers, choices, mapping.values, fileName, ties?.headers ?? []);
  const mapped = mapSheet(people, choices, mapping.values, fileName);
  const mappedTies = ties === null ? null : mapTiesSheet(ties, mapping.values, people.headers);
  const notes = unmappedValueNotes(people, choices, mapping.values);
  return (map) => {
    const conversion = convertSheet(mapped, mappedTies, { ...base(map), tiesLabel, existingStakeholders: map.stakeholders });
    const problems = withSheetHeaders(conversion.problems, people.headers, choices);
    if (problems.length > 0 && !parsed.skipBadRows) throw new RowProblemsError(problems);
    const addition = sheetNote === null ? conversion : { ...conversion, warnings: [sheetNote, ...conversion.warnings] };
    return { addition, problems, sheetIds: conversion.sheetIds, rowLines: conversion.rowLines, notes };
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
  const mapping = await mappingOf(parsed, io.cwd);
  const toAddition = await readInput(parsed, mapping, io.cwd);
  const reconcile = (map: MapDocument) => {
    const prepared = toAddition(map);
    const plan = planReconciliation(map.stakeholders, prepared.addition.stakeholders, { key: mapping.key, sheetIds: prepared.sheetIds });
    const result = applyReconciliation(map, prepared.addition, plan, { replace: parsed.replace ? 'all' : undefined }, { now: new Date().toISOString(), file: fileName });
    return { prepared, plan, result };
  };
  const report = (r: ReturnType<typeof reconcile>, created: boolean, saved: boolean): Imported => ({
    report: importReport({ fileName, target, created, saved, summary: r.result.summary, plan: r.plan, addition: r.prepared.addition, map: r.result.map, problems: r.prepared.problems, notes: r.prepared.notes, rowLines: r.prepared.rowLines }),
    records: r.result.summary.added + r.result.summary.updated,
    created,
  });
  if (!(await fileExists(target))) {
    const r = reconcile(emptyMap(basename(fileName, extname(fileName)) || 'Imported map'));
    await createMapFile(target, r.result.map, { codec: await codecForNewMap(passphrase) });
    return report(r, true, true);
  }
  // Read-only check first: the store moves an unreadable map aside, and a failed import must
  // leave whatever the user pointed --into (even a file that is not a map) where it was.
  const codec = await codecForMap(target, passphrase);
  await readMapFile(target, { codec });
  const store = await openMapStore(target, { backupDir: backupDirFor(io.env), codec });
  try {
    const r = reconcile(store.map);
    if (!r.result.unchanged) await store.save(r.result.map);
    return report(r, false, !r.result.unchanged);
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
  usage: `${IMPORT_USAGE} ${PASSPHRASE_USAGE}`,
  summary: 'Reconcile a sheet or graph file with a map (made if missing).',
  run,
};
