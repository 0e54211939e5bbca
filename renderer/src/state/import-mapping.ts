// The memory of the user's column choices per set of headers (header names only, never cell
// values), over the shared column choices (the guess, the checks, the renamed headers).
import { guessMapping, isColumnChoice, type ColumnChoice } from '../../../shared/exchange/column-choices';

export * from '../../../shared/exchange/column-choices';

/** The parts of localStorage the memory uses; tests pass a Map-backed stand-in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_PREFIX = 'coalition-mapper.import-mapping.v1:';

/** The same columns in the same order, whatever their case or spacing, share one memory. */
export function mappingMemoryKey(headers: readonly string[]): string {
  return STORAGE_PREFIX + headers.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('\u001f');
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
  try {
    storage.setItem(mappingMemoryKey(headers), JSON.stringify(choices));
  } catch {
    // A full or disabled storage only costs the convenience of remembered choices.
  }
}

/** Remembered choices when there are any, else the guess from the header names. */
export function initialMapping(storage: KeyValueStorage | null, headers: readonly string[]): { choices: ColumnChoice[]; remembered: boolean } {
  const recalled = storage ? recallMapping(storage, headers) : null;
  return recalled ? { choices: recalled, remembered: true } : { choices: guessMapping(headers), remembered: false };
}
