// Pure: one export chosen in the Export dialog, turned into what the save channel takes (the file
// name, text or base64 content, counts) and what the dialog tells the user before saving.
// The writers are shared/exchange's; the recruitment list adds the dialog's category and stage
// filter, applied to the suggestions before the list is written, so the counts agree with the file.
import type { CategoryId } from '../../../../shared/categories';
import { tableToCsvBytes } from '../../../../shared/exchange/export-csv';
import {
  count, describeContents, describeExport, exportMap, isListFormat, type ExportFormat, type ExportList, type ExportResult,
} from '../../../../shared/exchange/export-map';
import { recruitmentTable } from '../../../../shared/exchange/export-recruitment';
import { prepareExport, type ExportSource } from '../../../../shared/exchange/export-source';
import type { ExportTable } from '../../../../shared/exchange/export-table';
import { tableToXlsx } from '../../../../shared/exchange/export-xlsx';
import type { ExportFileFormat, ExportSummary } from '../../../../shared/ipc';
import type { MapDocument, Stage } from '../../../../shared/model';

export type ExportKind = ExportFormat | 'png' | 'svg' | 'pdf';

export interface RecruitmentFilter {
  readonly category: CategoryId | 'all';
  readonly stage: Stage | 'all';
}

/** The dialog's lists: the file lists, plus the contact list (the stakeholder list with email and phone). */
export type ChoiceList = ExportList | 'contacts';

/** Who a contact list may hold, as the dialog shows it before saving. */
export const CONTACT_RULE =
  'A contact list holds only people with a current consent to be contacted (organizations are always listed); everyone else is left out, and counted below.';

export interface ExportChoice {
  readonly kind: ExportKind;
  readonly list: ChoiceList;
  readonly includeConfidential: boolean;
  readonly includeSensitive: boolean;
  readonly includeCustom: boolean;
  readonly filter: RecruitmentFilter;
}

export interface BuiltExport {
  readonly format: Exclude<ExportFileFormat, 'pdf'>;
  readonly suggestedFileName: string;
  /** UTF-8 text, or base64 for xlsx. */
  readonly content: string;
  readonly summary: ExportSummary;
  /** "12 recruitment suggestions": what the file holds. */
  readonly contents: string;
  /** What was left out and why, counts only. */
  readonly leftOut: readonly string[];
}

/** Today's calendar day where the user is: consent runs out at the end of their day. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const anyRecruit: RecruitmentFilter = { category: 'all', stage: 'all' };

/** Base64 of bytes without spreading a large array into one call (which overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file name from the coalition's name: letters, digits and dashes only. */
export function fileStem(coalitionName: string): string {
  const stem = coalitionName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem === '' ? 'coalition' : stem;
}

function filteredSource(source: ExportSource, map: MapDocument, filter: RecruitmentFilter): ExportSource {
  const stageOf = new Map(map.stakeholders.map((s) => [s.id, s.stage]));
  const recruitment = source.insights.recruitment.filter(
    (r) => (filter.category === 'all' || r.category === filter.category) && (filter.stage === 'all' || stageOf.get(r.id) === filter.stage),
  );
  return { ...source, insights: { ...source.insights, recruitment } };
}

export interface RecruitmentList {
  readonly table: ExportTable;
  readonly result: ExportResult;
}

/** The recruitment list as the file will hold it (the dialog's preview shows these very rows). */
export function buildRecruitmentList(map: MapDocument, choice: ExportChoice, today: string, format: 'csv' | 'xlsx' = 'csv'): RecruitmentList {
  const options = { includeConfidential: choice.includeConfidential, includeSensitive: choice.includeSensitive, includeCustom: choice.includeCustom, today };
  const source = filteredSource(prepareExport(map, options), map, choice.filter);
  const { table, omitted, contactsWithheld } = recruitmentTable(source);
  const bytes = format === 'csv' ? tableToCsvBytes(table) : tableToXlsx(table, 'Recruitment');
  const result: ExportResult = {
    bytes, rowNoun: 'recruitment suggestion', records: table.rows.length, ties: 0, omitted,
    redacted: source.redacted.redacted, contactsWithheld: contactsWithheld ?? 0,
    includeConfidential: choice.includeConfidential, includeSensitive: choice.includeSensitive,
    includeCustom: choice.includeCustom, customWithheld: source.redacted.customWithheld,
  };
  return { table, result };
}

function summaryOf(result: ExportResult): ExportSummary {
  return {
    records: result.records,
    ties: result.ties,
    leftOut: result.omitted.missingConsent + result.omitted.expiredConsent,
    redacted: result.redacted,
  };
}

/** A list or graph export (CSV, Excel, GEXF, GraphML, map JSON), ready for the save channel. */
export function buildDataExport(map: MapDocument, choice: ExportChoice & { kind: ExportFormat }, today: string): BuiltExport {
  const { kind } = choice;
  const stem = fileStem(map.coalition.name);
  const result =
    isListFormat(kind) && choice.list === 'recruitment' ? buildRecruitmentList(map, choice, today, kind).result
    : exportMap(map, {
        format: kind,
        ...(isListFormat(kind) ? (choice.list === 'contacts' ? { list: 'stakeholders' as const, withContacts: true } : { list: choice.list }) : {}),
        includeConfidential: choice.includeConfidential,
        includeSensitive: choice.includeSensitive,
        includeCustom: choice.includeCustom,
        today,
      });
  const suffix = isListFormat(kind) ? `-${choice.list}` : '';
  const extension = kind === 'json' ? 'coalition.json' : kind;
  return {
    format: kind,
    suggestedFileName: `${stem}${suffix}-${today}.${extension}`,
    // ignoreBOM keeps the CSV's byte-order mark in the text (a plain decode drops it, and Excel then mangles accents).
    content: kind === 'xlsx' ? toBase64(result.bytes) : new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.bytes),
    summary: summaryOf(result),
    contents: describeContents(result),
    leftOut: describeExport(result),
  };
}

/** What a map image or the brief leaves out: only names, since neither shows contacts or notes. */
export function imageLeftOut(redacted: number, includeConfidential: boolean): string[] {
  if (redacted > 0) {
    return [
      `${count(redacted, 'confidential stakeholder is', 'confidential stakeholders are')} shown as a numbered placeholder ` +
        '(to name them, choose "Include confidential stakeholders").',
      'Contact details, notes and addresses never appear in an image.',
    ];
  }
  return [
    includeConfidential ? 'Confidential stakeholders are named, as asked.' : 'No confidential stakeholders on this map.',
    'Contact details, notes and addresses never appear in an image.',
  ];
}
