// A stakeholder sheet (and optionally a ties sheet) -> what to add to a map. Headers match map
// fields case-insensitively; other columns become custom fields. An `organization` cell adds a
// works-at tie to the organization of that name (from the sheet, the map, or created here).
// Ties name their ends by the sheet's `id` column, a map id, or a name; an unknown or ambiguous
// end is a problem of that line, because guessing would put a tie on the wrong person.
// Problems are collected per row (line, column, reason): `convertSheet` returns them with the good
// rows converted; `csvToStakeholders` is all or nothing and refuses with every problem listed.
// Rows with no text at all (a blank line, a row of commas) are skipped without a word.
import type { ServiceCatalogEntry, Stakeholder } from '../model';
import { DEFAULT_SERVICE_CATALOG } from '../services';
import type { CsvRow, CsvTable } from './csv';
import { edgesToTies } from './edges-to-ties';
import type { GraphImportContext, MapAddition } from './graph-to-map';
import { ImportError, WarningLog } from './import-error';
import { isBlankRow, RowProblemsError, SKIPPED_LINE_COLUMN, SKIPPED_PROBLEM_COLUMN, type RowProblem } from './sheet-problems';
import type { ImportedEdge } from './imported-graph';
import { fieldKey, nodeToStakeholder, type NodeContext } from './node-to-stakeholder';

export interface CsvImportContext extends GraphImportContext {
  /** The ties sheet's file name, for messages. */
  readonly tiesLabel?: string;
  /** Stakeholders already on the map: ties and organizations may refer to them. */
  readonly existingStakeholders?: readonly Stakeholder[];
}

const REFERENCE_COLUMNS = new Set(['name', 'id', 'organization', 'organisation', fieldKey(SKIPPED_LINE_COLUMN), fieldKey(SKIPPED_PROBLEM_COLUMN)]);
const TIE_END_COLUMNS = new Set(['source', 'target', 'source_id', 'target_id']);

export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function cell(row: CsvRow, key: string): string {
  for (const [header, value] of row.cells) if (fieldKey(header) === key) return value.trim();
  return '';
}

function headerOf(table: CsvTable, key: string): string {
  return table.headers.find((h) => fieldKey(h) === key) ?? key;
}

function requireColumns(table: CsvTable, file: string, wanted: readonly string[]): void {
  const present = new Set(table.headers.map(fieldKey));
  const missing = wanted.filter((w) => !present.has(w));
  if (missing.length > 0) {
    throw new ImportError(file, 'header row', `no ${missing.map((m) => `"${m}"`).join(' or ')} column (found: ${table.headers.join(', ') || 'nothing'})`);
  }
}

/** Looks stakeholders up by a reference; a reference two stakeholders share is ambiguous (null). */
class Directory {
  private readonly byRef = new Map<string, string | null>();

  add(ref: string, id: string): void {
    if (ref === '') return;
    const known = this.byRef.get(ref);
    this.byRef.set(ref, known === undefined || known === id ? id : null);
  }

  find(ref: string): string | null | undefined {
    return this.byRef.get(ref);
  }
}

/**
 * The sheet's own records first, then the map's: a re-imported sheet's "Harbor House" row is the
 * Harbor House its people work at (reconciliation then finds it on the map), not an ambiguity.
 */
class LayeredDirectory {
  readonly sheet = new Directory();
  readonly map = new Directory();

  find(ref: string): string | null | undefined {
    const inSheet = this.sheet.find(ref);
    return inSheet !== undefined ? inSheet : this.map.find(ref);
  }
}

/** What a sheet gives: the addition from its good rows, and every row that could not come in. */
export interface SheetConversion extends MapAddition {
  readonly problems: readonly RowProblem[];
  /** Rows with no text at all, skipped. */
  readonly blankRows: number;
  /** The sheet's own `id` of each converted stakeholder (by its new id), for re-imports keyed by id. */
  readonly sheetIds: ReadonlyMap<string, string>;
  /** The file line each converted stakeholder was read from (an organization named in a cell: its first row). */
  readonly rowLines: ReadonlyMap<string, number>;
}

interface Conversion {
  readonly file: string;
  readonly nodeContext: NodeContext;
  readonly warnings: WarningLog;
  readonly byName: LayeredDirectory;
  readonly byId: LayeredDirectory;
  readonly problems: RowProblem[];
  readonly stakeholders: Stakeholder[];
  readonly edges: (ImportedEdge & { line: number; sheet: string })[];
  readonly sheetIds: Map<string, string>;
  readonly rowLines: Map<string, number>;
  blankRows: number;
}

/** One stakeholder row: added with its organization to join, or a problem. */
function readPersonRow(c: Conversion, people: CsvTable, row: CsvRow): { person: Stakeholder; organizations: string[] } | null {
  const problem = (column: string | null, message: string) => c.problems.push({ file: c.file, sheet: 'stakeholders', line: row.line, column, message });
  const name = cell(row, 'name');
  if (name === '') {
    problem(headerOf(people, 'name'), 'the name is empty (every stakeholder needs one)');
    return null;
  }
  if (!/[\p{L}\p{N}]/u.test(name)) {
    problem(headerOf(people, 'name'), `the name "${name.slice(0, 40)}" has no letters or digits`);
    return null;
  }
  const attributes = new Map([...row.cells].filter(([header]) => !REFERENCE_COLUMNS.has(fieldKey(header))));
  let person: Stakeholder;
  try {
    person = nodeToStakeholder({ id: String(row.line), label: name, attributes }, { ...c.nodeContext, describe: () => `line ${row.line}` });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    problem(null, error.reason);
    return null;
  }
  const orgKey = cell(row, 'organization') ? 'organization' : 'organisation';
  // Several organizations are written "A; B", as the app's own stakeholder list writes them.
  const organizations = cell(row, orgKey).split(';').map((o) => o.trim()).filter((o) => o !== '');
  const ambiguous = person.kind === 'organization' ? undefined : organizations.find((o) => c.byName.find(nameKey(o)) === null);
  if (ambiguous !== undefined) {
    problem(headerOf(people, orgKey), `more than one stakeholder is called "${ambiguous}"; which one is meant?`);
    return null;
  }
  c.stakeholders.push(person);
  c.byName.sheet.add(nameKey(name), person.id);
  c.byId.sheet.add(cell(row, 'id'), person.id);
  if (cell(row, 'id') !== '') c.sheetIds.set(person.id, cell(row, 'id'));
  c.rowLines.set(person.id, row.line);
  return { person, organizations };
}

/** A works-at tie to the organization of that name, created here when neither the sheet nor the map has it. */
function joinOrganization(c: Conversion, line: number, person: Stakeholder, organization: string): void {
  if (person.kind === 'organization') {
    c.warnings.add('org works at', `${c.file}, line ${line}: an organization cannot work at "${organization}"; no works-at tie was added`);
    return;
  }
  let orgId = c.byName.find(nameKey(organization));
  if (orgId === null || orgId === undefined) {
    const describe = () => `line ${line}, organization "${organization.slice(0, 60)}"`;
    const created = nodeToStakeholder({ id: organization, label: organization, attributes: new Map([['kind', 'organization']]) }, { ...c.nodeContext, describe });
    c.stakeholders.push(created);
    c.rowLines.set(created.id, line);
    c.byName.sheet.add(nameKey(organization), created.id);
    orgId = created.id;
  }
  c.edges.push({ line, sheet: c.file, source: person.id, target: orgId, attributes: new Map([['type', 'works-at']]), implied: true });
}

/** One ties row: an edge between two known stakeholders, or a problem for each end that is not. */
function readTieRow(c: Conversion, ties: CsvTable, tiesFile: string, row: CsvRow): void {
  const ends: string[] = [];
  for (const column of ['source', 'target'] as const) {
    // The app's own ties list names both ends by id too: the id decides when it is known.
    const byOwnId = c.byId.find(cell(row, `${column}_id`));
    if (typeof byOwnId === 'string') {
      ends.push(byOwnId);
      continue;
    }
    const ref = cell(row, column);
    const found = ref === '' ? undefined : (c.byId.find(ref) ?? c.byName.find(nameKey(ref)));
    const message =
      ref === '' ? `the ${column} is empty`
      : found === null ? `more than one stakeholder is called "${ref}"; use an id instead`
      : found === undefined ? `${column} "${ref}" is neither in the stakeholder sheet nor on the map`
      : null;
    if (message !== null) c.problems.push({ file: tiesFile, sheet: 'ties', line: row.line, column: headerOf(ties, column), message });
    else if (found) ends.push(found);
  }
  if (ends.length !== 2) return;
  const attributes = new Map([...row.cells].filter(([header]) => !TIE_END_COLUMNS.has(fieldKey(header))));
  c.edges.push({ line: row.line, sheet: tiesFile, source: ends[0] ?? '', target: ends[1] ?? '', attributes });
}

export function convertSheet(people: CsvTable, ties: CsvTable | null, ctx: CsvImportContext): SheetConversion {
  const file = ctx.sourceLabel;
  const warnings = new WarningLog();
  warnings.addAll(people.warnings);
  requireColumns(people, file, ['name']);
  const serviceCatalog: readonly ServiceCatalogEntry[] = ctx.serviceCatalog ?? DEFAULT_SERVICE_CATALOG;
  const nodeContext: NodeContext = { file, now: ctx.now, newId: ctx.newId, sourceLabel: ctx.sourceLabel, serviceCatalog, warnings };
  const c: Conversion = { file, nodeContext, warnings, byName: new LayeredDirectory(), byId: new LayeredDirectory(), problems: [], stakeholders: [], edges: [], sheetIds: new Map(), rowLines: new Map(), blankRows: 0 };
  const existing = ctx.existingStakeholders ?? [];
  for (const s of existing) {
    c.byId.map.add(s.id, s.id);
    c.byName.map.add(nameKey(s.name), s.id);
  }
  const employment: { line: number; person: Stakeholder; organization: string }[] = [];
  for (const row of people.rows) {
    if (isBlankRow(row)) c.blankRows += 1;
    else {
      const read = readPersonRow(c, people, row);
      if (read) for (const organization of read.organizations) employment.push({ line: row.line, person: read.person, organization });
    }
  }
  for (const { line, person, organization } of employment) joinOrganization(c, line, person, organization);
  const tiesFile = ctx.tiesLabel ?? 'ties';
  if (ties) {
    warnings.addAll(ties.warnings);
    requireColumns(ties, tiesFile, ['source', 'target']);
    for (const row of ties.rows) {
      if (isBlankRow(row)) c.blankRows += 1;
      else readTieRow(c, ties, tiesFile, row);
    }
  }
  const ids = new Map<string, string>([...existing, ...c.stakeholders].map((s) => [s.id, s.id]));
  const origin = new Map<ImportedEdge, { file: string; place: string }>(c.edges.map((e) => [e, { file: e.sheet, place: `line ${e.line}` }]));
  const tieList = edgesToTies(c.edges, ids, { ...nodeContext, locate: (edge) => origin.get(edge) ?? { file, place: 'a tie' } });
  return { stakeholders: c.stakeholders, ties: tieList, warnings: warnings.list(), problems: c.problems, blankRows: c.blankRows, sheetIds: c.sheetIds, rowLines: c.rowLines };
}

/** All or nothing: the addition when every row converts, else a refusal naming every problem. */
export function csvToStakeholders(people: CsvTable, ties: CsvTable | null, ctx: CsvImportContext): MapAddition {
  const { problems, stakeholders, ties: tieList, warnings } = convertSheet(people, ties, ctx);
  if (problems.length > 0) throw new RowProblemsError(problems);
  return { stakeholders, ties: tieList, warnings };
}
