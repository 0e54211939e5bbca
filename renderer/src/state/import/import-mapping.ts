// The memory of the user's column choices per set of headers (header names only, never cell
// values; kept under a hash of the headers), over the shared column choices (the guess, the
// checks, the renamed headers).
import { guessMapping, isColumnChoice, type ColumnChoice } from '../../../../shared/exchange/column-choices';
import type { ValueMapping } from '../../../../shared/exchange/value-mapping';
import { opaqueKey } from '../safety/opaque-key';

export * from '../../../../shared/exchange/column-choices';

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

const VALUES_PREFIX = 'coalition-mapper.import-values.v1:';
/** Value words longer than this are free text, not a category word: not remembered. */
const MAX_REMEMBERED_VALUE = 100;
const MAX_REMEMBERED_VALUES = 100;

/**
 * Remembers what the values of the category, kind, stage and (ties sheet) tie-type columns mean,
 * per header set. Only those: a confidentiality column's values are never kept (they are read
 * fail-closed each time), nor any value long enough to be a note rather than a category word.
 */
export function rememberValues(storage: KeyValueStorage, headers: readonly string[], values: ValueMapping, fields: ReadonlyMap<string, string>): void {
  if (looksLikeData(headers)) return;
  const kept = Object.fromEntries(
    Object.entries(values).flatMap(([header, byValue]) => {
      const field = fields.get(header);
      if (field === undefined || field === 'confidential') return [];
      const entries = Object.entries(byValue).filter(([value]) => value.length <= MAX_REMEMBERED_VALUE).slice(0, MAX_REMEMBERED_VALUES);
      return [[header, Object.fromEntries(entries)]];
    }),
  );
  try {
    storage.setItem(VALUES_PREFIX + mappingMemoryKey(headers).slice(STORAGE_PREFIX.length), JSON.stringify(kept));
  } catch {
    // Only the convenience is lost.
  }
}

/**
 * The value choices remembered for these headers. Every column the memory names comes back: the
 * memory is kept per exact header set, and a ties sheet's tie-type column ("Type", or "ties:Type")
 * is not one of the stakeholder sheet's headers. Built with fromEntries, so a header or value
 * written "__proto__" stays an ordinary entry.
 */
export function recallValues(storage: KeyValueStorage, headers: readonly string[]): ValueMapping {
  try {
    const raw = storage.getItem(VALUES_PREFIX + mappingMemoryKey(headers).slice(STORAGE_PREFIX.length));
    if (raw === null) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const columns = Object.entries(parsed as Record<string, unknown>).flatMap(([header, byValue]): [string, Record<string, string[]>][] => {
      if (typeof byValue !== 'object' || byValue === null || Array.isArray(byValue)) return [];
      const entries = Object.entries(byValue as Record<string, unknown>).filter(
        (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((t) => typeof t === 'string'),
      );
      return [[header, Object.fromEntries(entries)]];
    });
    return Object.fromEntries(columns);
  } catch {
    return {};
  }
}
