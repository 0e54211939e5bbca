// The stakeholder and tie lists as tables. Headers use the import's column names, so a list
// written here can be read back in. Contact columns make the stakeholder list a contact list,
// which then holds only people with a current consent to be contacted.
import { DIRECTED_TIE_TYPES } from '../schema';
import { filterByConsent, type ConsentOmissions, type ExportStakeholder } from './export-policy';
import { exportedNameOf, type ExportSource } from './export-source';
import { number, text, type ExportCell, type ExportColumn, type ExportTable } from './export-table';

export interface ListResult {
  readonly table: ExportTable;
  /** People left out of a contact list, by reason; zeros when the list is not a contact list. */
  readonly omitted: ConsentOmissions;
  /** People kept whose contact details were left empty for want of a current consent (the recruitment list). */
  readonly contactsWithheld?: number;
  /** Placeholders the list holds, when it leaves some out (a contact list drops those without consent). */
  readonly placeholders?: number;
}

const NO_OMISSIONS: ConsentOmissions = { missingConsent: 0, expiredConsent: 0 };

export const FIGURE_COLUMNS: readonly ExportColumn[] = ['degree', 'betweenness', 'closeness', 'pagerank', 'core_number', 'community'].map(number);

/** Names of the organizations a stakeholder works at, from their works-at ties. */
export function organizationsOf(source: ExportSource, id: string): string[] {
  return source.redacted.ties
    .filter((t) => t.type === 'works-at' && t.source === id)
    .map((t) => exportedNameOf(source, t.target));
}

function figureCells(source: ExportSource, id: string): ExportCell[] {
  const f = source.figures.get(id);
  if (!f) throw new Error(`export: no figures for stakeholder "${id}"`);
  return [f.degree, f.betweenness, f.closeness, f.pagerank, f.coreNumber, f.community];
}

export function stakeholderTable(source: ExportSource, withContacts: boolean): ListResult {
  const sensitive = source.options.includeSensitive;
  const columns: ExportColumn[] = [
    ...['id', 'name', 'kind', 'categories', 'organization', 'role', 'sector', 'area', 'services'].map(text),
    number('influence'),
    ...['stage', 'confidential', 'consent_until', 'tags'].map(text),
    ...(withContacts ? ['email', 'phone'].map(text) : []),
    ...(sensitive ? ['address', 'lived_experience', 'notes'].map(text) : []),
    ...FIGURE_COLUMNS,
  ];
  let people: readonly ExportStakeholder[] = source.redacted.stakeholders;
  let omitted = NO_OMISSIONS;
  if (withContacts) ({ kept: people, omitted } = filterByConsent(people, (s) => s, source.options.today));
  const rows = people.map((s): ExportCell[] => [
    s.id,
    s.name,
    s.kind,
    s.categories.join(';'),
    organizationsOf(source, s.id).join(';'),
    s.role,
    s.sector,
    s.area,
    s.services.join(';'),
    s.influence,
    s.stage,
    s.confidential ? 'yes' : 'no',
    s.consentUntil ?? '',
    s.tags.join(';'),
    ...(withContacts ? [s.email, s.phone] : []),
    ...(sensitive ? [s.address ?? '', s.livedExperience ? 'yes' : 'no', s.notes ?? ''] : []),
    ...figureCells(source, s.id),
  ]);
  // Placeholders are confidential rows of a redacted map; a contact list may have dropped some.
  const placeholders = source.redacted.redacted > 0 ? people.filter((s) => s.confidential).length : 0;
  return { table: { columns, rows }, omitted, ...(withContacts ? { placeholders } : {}) };
}

export function tieTable(source: ExportSource): ListResult {
  const sensitive = source.options.includeSensitive;
  const columns: ExportColumn[] = [
    ...['id', 'source_id', 'source', 'target_id', 'target', 'type', 'directed'].map(text),
    number('strength'),
    number('trust'),
    number('weight'),
    ...(sensitive ? [text('notes')] : []),
  ];
  const rows = source.redacted.ties.map((t): ExportCell[] => [
    t.id,
    t.source,
    exportedNameOf(source, t.source),
    t.target,
    exportedNameOf(source, t.target),
    t.type,
    DIRECTED_TIE_TYPES.includes(t.type) ? 'yes' : 'no',
    t.strength,
    t.trust,
    t.weight ?? null,
    ...(sensitive ? [t.notes ?? ''] : []),
  ]);
  return { table: { columns, rows }, omitted: NO_OMISSIONS };
}
