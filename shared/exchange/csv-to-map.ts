// A stakeholder sheet (and optionally a ties sheet) -> what to add to a map. Headers match map
// fields case-insensitively; other columns become custom fields. An `organization` cell adds a
// works-at tie to the organization of that name (from the sheet, the map, or created here).
// Ties name their ends by the sheet's `id` column, a map id, or a name; an unknown or ambiguous
// end refuses the import with its line, because guessing would put a tie on the wrong person.
import type { ServiceCatalogEntry, Stakeholder } from '../model';
import { DEFAULT_SERVICE_CATALOG } from '../services';
import type { CsvRow, CsvTable } from './csv';
import { edgesToTies } from './edges-to-ties';
import type { GraphImportContext, MapAddition } from './graph-to-map';
import { ImportError, WarningLog } from './import-error';
import type { ImportedEdge } from './imported-graph';
import { fieldKey, nodeToStakeholder } from './node-to-stakeholder';

export interface CsvImportContext extends GraphImportContext {
  /** The ties sheet's file name, for messages. */
  readonly tiesLabel?: string;
  /** Stakeholders already on the map: ties and organizations may refer to them. */
  readonly existingStakeholders?: readonly Stakeholder[];
}

const REFERENCE_COLUMNS = new Set(['name', 'id', 'organization', 'organisation']);
const TIE_END_COLUMNS = new Set(['source', 'target', 'source_id', 'target_id']);

export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function cell(row: CsvRow, key: string): string {
  for (const [header, value] of row.cells) if (fieldKey(header) === key) return value.trim();
  return '';
}

function requireColumns(table: CsvTable, file: string, wanted: readonly string[]): void {
  const present = new Set(table.headers.map(fieldKey));
  const missing = wanted.filter((w) => !present.has(w));
  if (missing.length > 0) {
    throw new ImportError(file, 'header row', `no ${missing.map((m) => `"${m}"`).join(' or ')} column (found: ${table.headers.join(', ') || 'nothing'})`);
  }
}

/** Looks stakeholders up by sheet id, map id or name; names that two stakeholders share are ambiguous. */
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

export function csvToStakeholders(people: CsvTable, ties: CsvTable | null, ctx: CsvImportContext): MapAddition {
  const file = ctx.sourceLabel;
  const warnings = new WarningLog();
  warnings.addAll(people.warnings);
  requireColumns(people, file, ['name']);
  const catalog: readonly ServiceCatalogEntry[] = ctx.serviceCatalog ?? DEFAULT_SERVICE_CATALOG;
  const nodeContext = { file, now: ctx.now, newId: ctx.newId, sourceLabel: ctx.sourceLabel, serviceCatalog: catalog, warnings };
  const existing = ctx.existingStakeholders ?? [];
  const byName = new Directory();
  const byId = new Directory();
  for (const s of existing) {
    byId.add(s.id, s.id);
    byName.add(nameKey(s.name), s.id);
  }

  const stakeholders: Stakeholder[] = [];
  const employment: { line: number; person: Stakeholder; organization: string }[] = [];
  for (const row of people.rows) {
    const name = cell(row, 'name');
    if (name === '') throw new ImportError(file, `line ${row.line}`, 'the name is empty (every stakeholder needs one)');
    const attributes = new Map([...row.cells].filter(([header]) => !REFERENCE_COLUMNS.has(fieldKey(header))));
    const stakeholder = nodeToStakeholder({ id: String(row.line), label: name, attributes }, { ...nodeContext, describe: () => `line ${row.line}` });
    stakeholders.push(stakeholder);
    byName.add(nameKey(name), stakeholder.id);
    byId.add(cell(row, 'id'), stakeholder.id);
    // Several organizations are written "A; B", as the app's own stakeholder list writes them.
    const organizations = (cell(row, 'organization') || cell(row, 'organisation')).split(';').map((o) => o.trim());
    for (const organization of organizations) if (organization !== '') employment.push({ line: row.line, person: stakeholder, organization });
  }

  const edges: (ImportedEdge & { line: number; sheet: string })[] = [];
  for (const { line, person, organization } of employment) {
    if (person.kind === 'organization') {
      warnings.add('org works at', `${file}, line ${line}: an organization cannot work at "${organization}"; no works-at tie was added`);
      continue;
    }
    let orgId = byName.find(nameKey(organization));
    if (orgId === null) throw new ImportError(file, `line ${line}`, `more than one stakeholder is called "${organization}"; which one is meant?`);
    if (orgId === undefined) {
      const created = nodeToStakeholder({ id: organization, label: organization, attributes: new Map([['kind', 'organization']]) }, nodeContext);
      stakeholders.push(created);
      byName.add(nameKey(organization), created.id);
      orgId = created.id;
    }
    edges.push({ line, sheet: file, source: person.id, target: orgId, attributes: new Map([['type', 'works-at']]), implied: true });
  }

  const tiesFile = ctx.tiesLabel ?? 'ties';
  if (ties) {
    warnings.addAll(ties.warnings);
    requireColumns(ties, tiesFile, ['source', 'target']);
    for (const row of ties.rows) {
      const ends = (['source', 'target'] as const).map((column) => {
        // The app's own ties list names both ends by id too: the id decides when it is known.
        const byOwnId = byId.find(cell(row, `${column}_id`));
        if (typeof byOwnId === 'string') return byOwnId;
        const ref = cell(row, column);
        if (ref === '') throw new ImportError(tiesFile, `line ${row.line}`, `the ${column} is empty`);
        const found = byId.find(ref) ?? byName.find(nameKey(ref));
        if (found === null) throw new ImportError(tiesFile, `line ${row.line}`, `more than one stakeholder is called "${ref}"; use an id instead`);
        if (found === undefined) throw new ImportError(tiesFile, `line ${row.line}`, `${column} "${ref}" is neither in the stakeholder sheet nor on the map`);
        return found;
      });
      const attributes = new Map([...row.cells].filter(([header]) => !TIE_END_COLUMNS.has(fieldKey(header))));
      edges.push({ line: row.line, sheet: tiesFile, source: ends[0] ?? '', target: ends[1] ?? '', attributes });
    }
  }

  const ids = new Map<string, string>([...existing, ...stakeholders].map((s) => [s.id, s.id]));
  const origin = new Map<ImportedEdge, { file: string; place: string }>(edges.map((e) => [e, { file: e.sheet, place: `line ${e.line}` }]));
  const tieList = edgesToTies(edges, ids, { ...nodeContext, locate: (edge) => origin.get(edge) ?? { file, place: 'a tie' } });
  return { stakeholders, ties: tieList, warnings: warnings.list() };
}
