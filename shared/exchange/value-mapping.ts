// Mapping a sheet's own words to the model's: for a column read as categories, kind, stage,
// confidential or tie type, the distinct values with their counts, each mapped by the user
// ("Shelter" -> service provider, "Survivor advocate" -> service provider + directly affected).
// Applied before the conversion, by rewriting each cell to the model's own word, so the reader and
// its checks stay the same. Pure; the window and the CLI (--value, --mapping) share it.
import { CATEGORIES } from '../categories';
import { STAGES, TIE_TYPES } from '../schema';
import { readConfidential } from './confidential-field';
import type { CsvRow, CsvTable } from './csv';
import { normalizeWord, readCategories, readKind, readStage, readTieType, splitList } from './field-values';
import { fieldKey } from './node-to-stakeholder';
import { isBlankRow } from './sheet-problems';

export const VALUE_FIELDS = ['categories', 'kind', 'stage', 'confidential', 'type'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/** Header -> the column's value -> what it means (category ids, or one kind, stage, yes/no or tie type). */
export type ValueMapping = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** A record's own entry only: a sheet's header or value may be "__proto__" or "constructor". */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The words each value field may be mapped to. */
export function targetsOf(field: ValueField): readonly string[] {
  switch (field) {
    case 'categories': return CATEGORIES.map((c) => c.id);
    case 'kind': return ['person', 'organization'];
    case 'stage': return STAGES;
    case 'confidential': return ['yes', 'no'];
    case 'type': return TIE_TYPES;
  }
}

export function isValueField(value: string): value is ValueField {
  return (VALUE_FIELDS as readonly string[]).includes(value);
}

/** Words in a sheet's own category labels that point to one of the five categories. */
const CATEGORY_HINTS: readonly [RegExp, string][] = [
  [/\b(survivor|victim|lived experience|family member|affected)\b/, 'directly-affected'],
  [/\b(shelter|advocate|advocacy|clinic|hospital|health|counsel|police|sheriff|law enforcement|court|prosecutor|legal aid|social work|service|hotline|housing)/, 'service-provider'],
  [/\b(commissioner|council|mayor|legislator|senator|representative|elected|official|policy|budget|board of supervisors)/, 'policymaker'],
  [/\b(faith|pastor|church|mosque|temple|imam|rabbi|clergy|business|owner|leader|chamber of commerce|press|media)/, 'influential'],
  [/\b(volunteer|resident|neighbou?r|community member|student|public|citizen)/, 'interested-public'],
];

/** The model's reading of a value, used as the suggestion; [] when nothing fits. */
export function suggestValue(field: ValueField, value: string): string[] {
  switch (field) {
    case 'categories': {
      const exact = readCategories(value);
      if (exact.ok) return exact.value;
      const word = normalizeWord(value);
      return CATEGORY_HINTS.filter(([pattern]) => pattern.test(word)).map(([, id]) => id);
    }
    case 'kind': {
      const kind = readKind(value);
      return kind.ok ? [kind.value] : [];
    }
    case 'stage': {
      const stage = readStage(value);
      return stage.ok ? [stage.value] : [];
    }
    case 'confidential': return [readConfidential(value) ? 'yes' : 'no'];
    case 'type': {
      const type = readTieType(value);
      return type ? [type] : [];
    }
  }
}

export interface DistinctValue {
  readonly value: string;
  readonly count: number;
  readonly suggested: readonly string[];
}

/**
 * The distinct values of a column, most frequent first, with the suggestion for each. A
 * categories cell holding a list ("Shelter; Faith") counts each part. An empty cell is listed for
 * confidential only (where the user may decide that empty means confidential).
 */
export function distinctValues(rows: readonly CsvRow[], header: string, field: ValueField): DistinctValue[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const raw = (row.cells.get(header) ?? '').trim();
    const parts = field === 'categories' ? splitList(raw) : [raw];
    for (const part of parts) if (part !== '' || field === 'confidential') counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ value, count, suggested: suggestValue(field, value) }));
}

/** The cell rewritten to the model's words; a value without a mapping is left as it is (and read as before). */
function mapCell(raw: string, field: ValueField, mapping: Readonly<Record<string, readonly string[]>>): string {
  const value = raw.trim();
  if (field === 'categories') {
    const parts = splitList(value);
    if (!parts.every((p) => own(mapping, p) !== undefined)) return raw;
    return [...new Set(parts.flatMap((p) => own(mapping, p) ?? []))].join('; ');
  }
  const mapped = own(mapping, value);
  if (mapped === undefined) return raw;
  if (field === 'confidential') return mapped.includes('yes') || mapped.length === 0 ? 'yes' : 'no';
  return mapped[0] ?? '';
}

/**
 * The table with each mapped column's cells rewritten. `fieldOf` says which value field each
 * (already renamed) header is; headers not named there, or without a mapping, are left alone.
 */
export function applyValueMapping(table: CsvTable, fieldOf: ReadonlyMap<string, { field: ValueField; source: string }>, mapping: ValueMapping): CsvTable {
  const active = [...fieldOf].filter(([, { source }]) => own(mapping, source) !== undefined);
  if (active.length === 0) return table;
  const rows = table.rows.map((row) => {
    // A row with no text stays one (it is skipped quietly), whatever an empty cell is mapped to.
    if (isBlankRow(row)) return row;
    const cells = new Map(row.cells);
    for (const [header, { field, source }] of active) {
      const raw = cells.get(header);
      if (raw !== undefined) cells.set(header, mapCell(raw, field, own(mapping, source) ?? {}));
    }
    return { line: row.line, cells };
  });
  return { ...table, rows };
}

/** Which value field a header of the (renamed) stakeholder or ties sheet is read as, if any. */
export function valueFieldOfHeader(header: string, sheet: 'stakeholders' | 'ties'): ValueField | null {
  const key = fieldKey(header);
  if (sheet === 'ties') return key === 'type' ? 'type' : null;
  if (key === 'category' || key === 'categories') return 'categories';
  if (key === 'kind' || key === 'stage') return key;
  if (key.startsWith('confidential')) return 'confidential';
  return null;
}

/**
 * The mapping a review applies: the user's choice for a value when there is one, else the app's
 * suggestion when it has one; a value with neither is left out (read as before: a warning, and
 * the text kept as a custom field).
 */
export function effectiveMapping(columns: readonly { readonly header: string; readonly values: readonly DistinctValue[] }[], mapping: ValueMapping): ValueMapping {
  return Object.fromEntries(
    columns.map((c) => {
      const chosen = own(mapping, c.header);
      const entries = c.values.flatMap((v): [string, readonly string[]][] => {
        const targets = own(chosen, v.value) ?? (v.suggested.length > 0 ? v.suggested : undefined);
        return targets === undefined ? [] : [[v.value, targets]];
      });
      return [c.header, Object.fromEntries(entries)];
    }),
  );
}
