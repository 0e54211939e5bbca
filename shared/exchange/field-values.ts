// Reads the text of an imported cell or attribute into a map field's type. Each reader returns
// either the value or the reason it was refused, so callers can say which node and attribute.
import { CATEGORIES, type CategoryId } from '../categories';
import type { ServiceCatalogEntry, Stage, StakeholderKind, TieType } from '../model';
import { STAGES, TIE_TYPES } from '../schema';

export type FieldResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = <T>(reason: string): FieldResult<T> => ({ ok: false, reason });

/** "Directly_Affected", "directly-affected" and "Directly affected" all become "directly affected". */
export function normalizeWord(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

export function splitList(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const KIND_WORDS: ReadonlyMap<string, StakeholderKind> = new Map([
  ['person', 'person'],
  ['people', 'person'],
  ['individual', 'person'],
  ['organization', 'organization'],
  ['organisation', 'organization'],
  ['org', 'organization'],
]);

export function readKind(raw: string): FieldResult<StakeholderKind> {
  const kind = KIND_WORDS.get(normalizeWord(raw));
  return kind ? ok(kind) : bad('expected "person" or "organization"');
}

const CATEGORY_WORDS = new Map<string, CategoryId>();
for (const c of CATEGORIES) {
  CATEGORY_WORDS.set(normalizeWord(c.id), c.id);
  CATEGORY_WORDS.set(normalizeWord(c.label), c.id);
}

export function readCategories(raw: string): FieldResult<CategoryId[]> {
  const found = new Set<CategoryId>();
  for (const part of splitList(raw)) {
    const id = CATEGORY_WORDS.get(normalizeWord(part));
    if (!id) return bad(`"${part}" is not a category (expected one of ${CATEGORIES.map((c) => c.id).join(', ')})`);
    found.add(id);
  }
  return ok([...found]);
}

export function readServices(raw: string, catalog: readonly ServiceCatalogEntry[]): FieldResult<string[]> {
  const found = new Set<string>();
  for (const part of splitList(raw)) {
    const word = normalizeWord(part);
    const entry = catalog.find((s) => normalizeWord(s.id) === word || normalizeWord(s.label) === word);
    if (!entry) return bad(`"${part}" is not in the map's service catalog`);
    found.add(entry.id);
  }
  return ok([...found]);
}

export function readIntegerInRange(raw: string, min: number, max: number): FieldResult<number> {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) return bad(`expected a whole number from ${min} to ${max}`);
  return ok(value);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '']);

export function readBoolean(raw: string): FieldResult<boolean> {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return bad('expected yes/no or true/false');
}

export function readStage(raw: string): FieldResult<Stage> {
  const word = normalizeWord(raw);
  const stage = STAGES.find((s) => normalizeWord(s) === word);
  return stage ? ok(stage) : bad(`expected one of ${STAGES.join(', ')}`);
}

export function readTieType(raw: string): TieType | undefined {
  const word = normalizeWord(raw);
  return TIE_TYPES.find((t) => normalizeWord(t) === word);
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused). */
export function readIsoDate(raw: string): FieldResult<string> {
  const value = raw.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return bad('expected a date written YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return bad('no such day');
  return ok(value);
}

export function readText(raw: string, max: number): FieldResult<string> {
  const value = raw.trim();
  return value.length <= max ? ok(value) : bad(`longer than ${max} characters`);
}

export function readTextList(raw: string, maxItems: number, maxLength: number): FieldResult<string[]> {
  const items = splitList(raw);
  if (items.length > maxItems) return bad(`more than ${maxItems} items`);
  const long = items.find((i) => i.length > maxLength);
  return long ? bad(`an item is longer than ${maxLength} characters`) : ok(items);
}
