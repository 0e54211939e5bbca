// One export, start to finish, without touching a file: the request names the format and list,
// the policy options say what may be included, and the result carries the bytes to save and
// what was left out, counted, so the caller can tell the user.
import type { MapDocument } from '../model';
import { tableToCsvBytes } from './export-csv';
import { buildExportGraph } from './export-graph';
import { writeGexf } from './export-gexf';
import { writeGraphml } from './export-graphml';
import { writeMapJson } from './export-json';
import { stakeholderTable, tieTable, type ListResult } from './export-lists';
import type { ConsentOmissions, ExportPolicyOptions } from './export-policy';
import { recruitmentTable } from './export-recruitment';
import { prepareExport, type ExportSource } from './export-source';
import { tableToXlsx } from './export-xlsx';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'gexf', 'graphml', 'json'] as const;
export const EXPORT_LISTS = ['stakeholders', 'ties', 'recruitment'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportList = (typeof EXPORT_LISTS)[number];

/** Spreadsheet formats hold one list; graph formats and JSON hold the whole map. */
export function isListFormat(format: ExportFormat): format is 'csv' | 'xlsx' {
  return format === 'csv' || format === 'xlsx';
}

export interface ExportRequest extends ExportPolicyOptions {
  readonly format: ExportFormat;
  /** Required for csv and xlsx; must be absent for the others. */
  readonly list?: ExportList;
  /** Add email and phone to the stakeholder list, which makes it a consent-filtered contact list. */
  readonly withContacts?: boolean;
}

export interface ExportResult {
  readonly bytes: Uint8Array;
  /** What a row is, for messages: "stakeholder", "tie", "recruitment suggestion"; null for a whole map. */
  readonly rowNoun: string | null;
  /** Rows written (lists) or stakeholders written (whole-map formats). */
  readonly records: number;
  readonly ties: number;
  readonly omitted: ConsentOmissions;
  /** Confidential stakeholders shown under a placeholder. */
  readonly redacted: number;
  /** Stakeholders whose email and phone were dropped for want of a current consent. */
  readonly contactsWithheld: number;
  readonly includeConfidential: boolean;
  readonly includeSensitive: boolean;
  readonly includeCustom: boolean;
  /** Stakeholders whose custom fields were left out (none when they were included). */
  readonly customWithheld: number;
}

const ROW_NOUNS: Record<ExportList, string> = { stakeholders: 'stakeholder', ties: 'tie', recruitment: 'recruitment suggestion' };
const SHEET_NAMES: Record<ExportList, string> = { stakeholders: 'Stakeholders', ties: 'Ties', recruitment: 'Recruitment' };

function listResult(source: ExportSource, list: ExportList, withContacts: boolean): ListResult {
  if (list === 'stakeholders') return stakeholderTable(source, withContacts);
  if (list === 'ties') return tieTable(source);
  return recruitmentTable(source);
}

export function exportMap(map: MapDocument, request: ExportRequest): ExportResult {
  const { format, list } = request;
  if (isListFormat(format) && list === undefined) throw new Error(`export: ${format} holds one list; choose stakeholders, ties or recruitment`);
  if (!isListFormat(format) && list !== undefined) throw new Error(`export: ${format} holds the whole map, not a list; leave the list out`);
  if (request.withContacts && list !== 'stakeholders') throw new Error('export: contact columns go with the stakeholder list');
  const source = prepareExport(map, request);
  const common = {
    redacted: source.redacted.redacted,
    // Only the map JSON carries email and phone beside the people it keeps; lists either have
    // no contact columns or leave the person out altogether (counted in `omitted`).
    contactsWithheld: format === 'json' ? source.redacted.contactsWithheld : 0,
    includeConfidential: request.includeConfidential,
    includeSensitive: request.includeSensitive,
    includeCustom: request.includeCustom === true,
    customWithheld: source.redacted.customWithheld,
  };
  if (list !== undefined) {
    const { table, omitted, contactsWithheld, placeholders } = listResult(source, list, request.withContacts ?? false);
    const bytes = format === 'csv' ? tableToCsvBytes(table) : tableToXlsx(table, SHEET_NAMES[list]);
    return { ...common, redacted: placeholders ?? common.redacted, bytes, rowNoun: ROW_NOUNS[list], records: table.rows.length, ties: 0, omitted, contactsWithheld: contactsWithheld ?? 0 };
  }
  const title = map.coalition.name;
  const text =
    format === 'json' ? writeMapJson(source.redacted)
    : format === 'gexf' ? writeGexf(buildExportGraph(source), title, request.today)
    : writeGraphml(buildExportGraph(source), title);
  return {
    ...common,
    bytes: new TextEncoder().encode(text),
    rowNoun: null,
    records: source.redacted.stakeholders.length,
    ties: source.redacted.ties.length,
    omitted: { missingConsent: 0, expiredConsent: 0 },
  };
}

export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "12 stakeholders and 30 ties", or "1 recruitment suggestion". */
export function describeContents(result: ExportResult): string {
  return result.rowNoun === null
    ? `${count(result.records, 'stakeholder')} and ${count(result.ties, 'tie')}`
    : count(result.records, result.rowNoun);
}

/** How the caller's user asks for more: a CLI flag, or the app's checkbox label. */
export interface IncludeHints {
  readonly confidential: string;
  readonly sensitive: string;
  readonly custom: string;
}

const APP_HINTS: IncludeHints = {
  confidential: 'choose "Include confidential stakeholders"',
  sensitive: 'choose "Include notes and sensitive fields"',
  custom: 'choose "Include custom fields from imports"',
};

/** What the export held and left out, in the user's words; counts only, never names. */
export function describeExport(result: ExportResult, hints: IncludeHints = APP_HINTS): string[] {
  const lines: string[] = [];
  const { missingConsent, expiredConsent } = result.omitted;
  if (missingConsent + expiredConsent > 0) {
    lines.push(
      `Left out of this contact list: ${count(missingConsent, 'person', 'people')} with no recorded consent to be contacted, ` +
        `${count(expiredConsent, 'person', 'people')} whose consent has expired.`,
    );
  }
  if (result.contactsWithheld > 0) {
    lines.push(`Email and phone left out for ${count(result.contactsWithheld, 'stakeholder', 'stakeholders')} without a current consent to be contacted.`);
  }
  if (result.redacted > 0) {
    lines.push(
      `${count(result.redacted, 'confidential stakeholder is', 'confidential stakeholders are')} shown as a numbered placeholder, ` +
        `without contact details, area or notes (to name them, ${hints.confidential}).`,
    );
  } else if (result.includeConfidential) lines.push('Confidential stakeholders are included by name, as asked.');
  lines.push(
    result.includeSensitive ? 'Notes, addresses and lived experience are included, as asked.'
    : `Notes, addresses and lived experience are left out (to include them, ${hints.sensitive}).`,
  );
  if (result.customWithheld > 0) {
    lines.push(`Custom fields from imports are left out for ${count(result.customWithheld, 'stakeholder')} (to include them, ${hints.custom}).`);
  } else if (result.includeCustom) lines.push('Custom fields from imports are included, as asked.');
  return lines;
}
