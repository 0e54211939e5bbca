// Which map field each column of a stakeholder sheet fills, shared by the window and the CLI:
// the guess from header names, the checks before an import may go ahead, and the renamed headers
// the sheet reader understands. A header that reads like a confidentiality column is guessed as
// the confidential field and may not be kept as a custom field or left out (fail closed).
import { looksLikeConfidentialHeader } from './confidential-field';
import type { CsvTable } from './csv';
import { fieldKey } from './node-to-stakeholder';

export const MAP_FIELDS = [
  { id: 'name', label: 'Name' },
  { id: 'id', label: 'Id (names ties; a key for re-imports)' },
  { id: 'kind', label: 'Person or organization' },
  { id: 'categories', label: 'Categories' },
  { id: 'organization', label: 'Organization (adds a works-at tie)' },
  { id: 'role', label: 'Role' },
  { id: 'sector', label: 'Sector' },
  { id: 'email', label: 'Email' },
  { id: 'phone', label: 'Phone' },
  { id: 'address', label: 'Address' },
  { id: 'area', label: 'Area' },
  { id: 'services', label: 'Services' },
  { id: 'influence', label: 'Influence (1 to 5)' },
  { id: 'stage', label: 'Stage' },
  { id: 'lived_experience', label: 'Lived experience' },
  { id: 'confidential', label: 'Confidential' },
  { id: 'consent_until', label: 'Consent to contact until' },
  { id: 'notes', label: 'Notes' },
  { id: 'tags', label: 'Tags' },
] as const;

export type MapField = (typeof MAP_FIELDS)[number]['id'];
/** A map field, "custom" (kept under the column's own name) or "ignore" (not imported). */
export type ColumnChoice = MapField | 'custom' | 'ignore';

const FIELD_IDS: ReadonlySet<string> = new Set(MAP_FIELDS.map((f) => f.id));

/** Headers people write for a field under another name; only unambiguous ones ("type" is not). */
const SYNONYMS: ReadonlyMap<string, MapField> = new Map<string, MapField>([
  ['label', 'name'],
  ['full_name', 'name'],
  ['fullname', 'name'],
  ['category', 'categories'],
  ['organisation', 'organization'],
  ['employer', 'organization'],
  ['e_mail', 'email'],
  ['telephone', 'phone'],
  ['livedexperience', 'lived_experience'],
  ['consentuntil', 'consent_until'],
]);

/** Header names the CSV reader treats specially, so a custom column must not be called that. */
const READER_KEYS: ReadonlySet<string> = new Set([...FIELD_IDS, ...SYNONYMS.keys(), 'id', 'organisation', 'source', 'target']);

export function isColumnChoice(value: unknown): value is ColumnChoice {
  return typeof value === 'string' && (value === 'custom' || value === 'ignore' || FIELD_IDS.has(value));
}

export function fieldLabel(choice: ColumnChoice): string {
  if (choice === 'custom') return 'Keep as a custom field';
  if (choice === 'ignore') return 'Do not import';
  return MAP_FIELDS.find((f) => f.id === choice)?.label ?? choice;
}

export function guessChoice(header: string): ColumnChoice {
  const key = fieldKey(header);
  if (key === '') return 'ignore';
  if (FIELD_IDS.has(key)) return key as MapField;
  const synonym = SYNONYMS.get(key);
  if (synonym) return synonym;
  return looksLikeConfidentialHeader(header) ? 'confidential' : 'custom';
}

/** Fields several columns may fill at once: any of the confidentiality columns saying so is enough. */
const MANY_COLUMNS: ReadonlySet<ColumnChoice> = new Set(['confidential']);

/** Each column's first use of a field wins the guess; a later column with the same guess is kept as custom. */
export function guessMapping(headers: readonly string[]): ColumnChoice[] {
  const used = new Set<ColumnChoice>();
  return headers.map((header) => {
    const choice = guessChoice(header);
    if (choice === 'custom' || choice === 'ignore' || MANY_COLUMNS.has(choice)) return choice;
    if (used.has(choice)) return 'custom';
    used.add(choice);
    return choice;
  });
}

/** What stops the import with these choices, in words for the user; empty when it may go ahead. */
export function mappingProblems(headers: readonly string[], choices: readonly ColumnChoice[]): string[] {
  const problems: string[] = [];
  const columnsOf = new Map<MapField, number[]>();
  choices.forEach((choice, index) => {
    if (choice === 'custom' || choice === 'ignore') return;
    columnsOf.set(choice, [...(columnsOf.get(choice) ?? []), index]);
  });
  if (!columnsOf.has('name')) problems.push('Choose the column that holds the names: every stakeholder needs one.');
  headers.forEach((header, index) => {
    const choice = choices[index] ?? 'custom';
    if ((choice === 'custom' || choice === 'ignore') && looksLikeConfidentialHeader(header)) {
      problems.push(`“${header}” looks like it says who is confidential: import it as Confidential (or, if it means something else, as that field).`);
    }
  });
  for (const [field, columns] of columnsOf) {
    if (columns.length < 2 || MANY_COLUMNS.has(field)) continue;
    const names = columns.map((i) => `“${headers[i] ?? `column ${i + 1}`}”`).join(' and ');
    problems.push(`${names} both go to ${fieldLabel(field)}; choose one of them.`);
  }
  return problems;
}

/**
 * The header each column gets for the CSV reader: the field's own name, the column's name for a
 * custom field (marked when that name would be read as a field), or null for an ignored column.
 */
export function mappedHeaders(headers: readonly string[], choices: readonly ColumnChoice[]): (string | null)[] {
  const seen = new Map<ColumnChoice, number>();
  return headers.map((header, index) => {
    const choice = choices[index] ?? 'custom';
    if (choice === 'ignore') return null;
    const count = (seen.get(choice) ?? 0) + 1;
    seen.set(choice, count);
    // A second confidentiality column is still read as one: "confidential (2)" reads like it.
    if (choice === 'confidential' && count > 1) return `confidential (${count})`;
    if (choice !== 'custom') return choice;
    return READER_KEYS.has(fieldKey(header)) ? `${header} (sheet column)` : header;
  });
}

/** The sheet with each column renamed (or left out) as the user chose. */
export function applyColumnChoices(table: CsvTable, choices: readonly ColumnChoice[]): CsvTable {
  const renamed = mappedHeaders(table.headers, choices);
  const newName = new Map<string, string | null>(table.headers.map((h, i) => [h, renamed[i] ?? null]));
  const rows = table.rows.map((row) => {
    const cells = new Map<string, string>();
    for (const [header, value] of row.cells) {
      const name = newName.get(header);
      if (name) cells.set(name, value);
    }
    return { line: row.line, cells };
  });
  return { ...table, headers: renamed.filter((h): h is string => h !== null), rows };
}
