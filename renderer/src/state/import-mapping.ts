// Which map field each column of a stakeholder sheet fills. Pure: the guess from header names,
// the checks before an import may go ahead, the renamed headers the CSV reader understands, and
// the memory of the user's choices per set of headers (header names only, never cell values).
import { fieldKey } from '../../../shared/exchange/node-to-stakeholder';
import { opaqueKey } from './opaque-key';

export const MAP_FIELDS = [
  { id: 'name', label: 'Name' },
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
  return SYNONYMS.get(key) ?? 'custom';
}

/** Each column's first use of a field wins the guess; a later column with the same guess is kept as custom. */
export function guessMapping(headers: readonly string[]): ColumnChoice[] {
  const used = new Set<ColumnChoice>();
  return headers.map((header) => {
    const choice = guessChoice(header);
    if (choice === 'custom' || choice === 'ignore') return choice;
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
  for (const [field, columns] of columnsOf) {
    if (columns.length < 2) continue;
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
  return headers.map((header, index) => {
    const choice = choices[index] ?? 'custom';
    if (choice === 'ignore') return null;
    if (choice !== 'custom') return choice;
    return READER_KEYS.has(fieldKey(header)) ? `${header} (sheet column)` : header;
  });
}

/** The parts of localStorage the memory uses; tests pass a Map-backed stand-in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_PREFIX = 'coalition-mapper.import-mapping.v2:';

/**
 * The same columns in the same order, whatever their case or spacing, share one memory. The key is
 * a hash: for a sheet without a header row, the "headers" are the first person's details.
 */
export function mappingMemoryKey(headers: readonly string[]): string {
  return STORAGE_PREFIX + opaqueKey(headers.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('\u001f'));
}

/** A header row holding an email address or a phone-like run of digits is someone's details: not remembered. */
export function looksLikeData(headers: readonly string[]): boolean {
  return headers.some((h) => h.includes('@') || /\d[\d\s().+-]{5,}\d/.test(h));
}

/** The remembered choices for these headers, or null when none were kept (or they no longer fit). */
export function recallMapping(storage: KeyValueStorage, headers: readonly string[]): ColumnChoice[] | null {
  let raw: string | null;
  try {
    raw = storage.getItem(mappingMemoryKey(headers));
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed) || parsed.length !== headers.length || !parsed.every(isColumnChoice)) return null;
    return parsed;
  } catch {
    return null;
  }
}

export function rememberMapping(storage: KeyValueStorage, headers: readonly string[], choices: readonly ColumnChoice[]): void {
  if (looksLikeData(headers)) return;
  try {
    storage.setItem(mappingMemoryKey(headers), JSON.stringify(choices));
  } catch {
    // A full or disabled storage only costs the convenience of remembered choices.
  }
}

/** Removes the memories an older version kept under the header text itself. */
export function forgetPlainMappings(storage: Pick<Storage, 'length' | 'key' | 'removeItem'>): void {
  const old: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith('coalition-mapper.import-mapping.v1:')) old.push(key);
  }
  for (const key of old) storage.removeItem(key);
}

const canList = (storage: KeyValueStorage): storage is KeyValueStorage & Pick<Storage, 'length' | 'key' | 'removeItem'> =>
  'key' in storage && 'removeItem' in storage && 'length' in storage;

/** Remembered choices when there are any, else the guess from the header names. */
export function initialMapping(storage: KeyValueStorage | null, headers: readonly string[]): { choices: ColumnChoice[]; remembered: boolean } {
  try {
    if (storage && canList(storage)) forgetPlainMappings(storage);
  } catch {
    // A storage that cannot be listed keeps its old entries; nothing new goes in plain.
  }
  const recalled = storage ? recallMapping(storage, headers) : null;
  return recalled ? { choices: recalled, remembered: true } : { choices: guessMapping(headers), remembered: false };
}
