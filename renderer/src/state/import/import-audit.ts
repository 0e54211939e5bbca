// What an import or a merge tells the audit log: how many records came in and which map fields they
// filled (field names only, never values, never a spreadsheet's own header text).
import { AUDIT_FIELD_NAME, type SaveAudit } from '../../../../shared/ipc';
import type { Stakeholder } from '../../../../shared/model';
import { fieldKey } from '../../../../shared/exchange/node-to-stakeholder';
import type { ColumnChoice } from './import-mapping';

/** Stakeholder fields whose filling the audit may note (ids, dates and positions say nothing). */
const AUDITED_FIELDS = [
  'name', 'kind', 'categories', 'role', 'sector', 'email', 'phone', 'address', 'area', 'services', 'influence',
  'livedExperience', 'confidential', 'consentUntil', 'stage', 'notes', 'tags', 'custom',
] as const satisfies readonly (keyof Stakeholder)[];

function isFilled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value !== null && typeof value === 'object') return Object.keys(value).length > 0;
  return value !== '' && value !== null && value !== false && value !== undefined;
}

/** The audited fields at least one of these stakeholders fills (a graph file has no column mapping). */
export function filledFieldNames(stakeholders: readonly Stakeholder[]): string[] {
  return AUDITED_FIELDS.filter((field) => stakeholders.some((s) => isFilled(s[field])));
}

const TIE_COLUMNS = new Set(['source', 'target', 'type', 'strength', 'trust', 'notes']);

/** The map fields a sheet's columns were mapped to ("custom" once for any kept column), then the ties sheet's known columns. */
export function mappedFieldNames(choices: readonly ColumnChoice[], tiesHeaders: readonly string[] = []): string[] {
  const fields = new Set<string>();
  for (const choice of choices) if (choice !== 'ignore') fields.add(choice);
  for (const header of tiesHeaders) {
    const key = fieldKey(header);
    if (TIE_COLUMNS.has(key)) fields.add(`tie.${key}`);
  }
  return [...fields].filter((f) => AUDIT_FIELD_NAME.test(f));
}

export function importAudit(stakeholdersAdded: number, fieldNames: readonly string[]): SaveAudit {
  return { action: 'import', recordCount: stakeholdersAdded, fieldNames: fieldNames.filter((f) => AUDIT_FIELD_NAME.test(f)).slice(0, 200) };
}

/** A merge is logged with the number of stakeholders in the incoming map and the fields they fill. */
export function mergeAudit(incoming: readonly Stakeholder[]): SaveAudit {
  return { action: 'merge', recordCount: incoming.length, fieldNames: filledFieldNames(incoming) };
}
