// The options an operation ran with, as the audit log records them: short lowercase words
// ("include-confidential=yes", "format=csv"), never free text, file names or anything a person
// typed. The window and the command line record an export the same way.

/** One flag: a word, optionally `=` and a short value of the same alphabet. */
export const AUDIT_FLAG = /^[a-z][a-z0-9-]{0,40}(=[a-z0-9.-]{1,40})?$/;

const yesNo = (on: boolean): string => (on ? 'yes' : 'no');

export interface ExportFlagChoice {
  readonly format: string;
  /** The list a CSV/XLSX holds; absent for whole-map formats and images. */
  readonly list?: string | undefined;
  readonly includeConfidential: boolean;
  /** Absent where the format has no sensitive fields to include (images, the brief). */
  readonly includeSensitive?: boolean | undefined;
  /** Absent where the format has no custom fields to include (images, the brief). */
  readonly includeCustom?: boolean | undefined;
  readonly withContacts?: boolean | undefined;
}

/** The include flags (and format and list) an export used, each stated either way. */
export function exportAuditFlags(choice: ExportFlagChoice): string[] {
  const flags = [`format=${choice.format.toLowerCase()}`];
  if (choice.list !== undefined) flags.push(`list=${choice.list}`);
  flags.push(`include-confidential=${yesNo(choice.includeConfidential)}`);
  if (choice.includeSensitive !== undefined) flags.push(`include-sensitive=${yesNo(choice.includeSensitive)}`);
  if (choice.includeCustom !== undefined) flags.push(`include-custom=${yesNo(choice.includeCustom)}`);
  if (choice.withContacts !== undefined) flags.push(`with-contacts=${yesNo(choice.withContacts)}`);
  return flags.filter((flag) => AUDIT_FLAG.test(flag));
}
