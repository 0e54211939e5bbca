// One import mapping: which field each column fills, what each value of the category, kind,
// stage, confidential and tie-type columns means, and the key column that identifies records
// across imports. The window saves it as a file and the CLI reads it (--mapping FILE), so a sheet
// whose headers are not the app's own imports the same way from both. Header names and column
// values only: never a person's name or contact.
import { z } from 'zod';
import { applyColumnChoices, guessMapping, isColumnChoice, mappedHeaders, mappingProblems, type ColumnChoice } from './column-choices';
import type { CsvTable } from './csv';
import { readCategories } from './field-values';
import { ImportError } from './import-error';
import type { KeyColumn } from './reconcile';
import type { RowProblem } from './sheet-problems';
import { applyValueMapping, distinctValues, own, suggestValue, targetsOf, valueFieldOfHeader, type ValueField, type ValueMapping } from './value-mapping';

export interface ImportMapping {
  /** Header as written -> its field; headers not named are guessed from their names. */
  readonly columns: Readonly<Record<string, ColumnChoice>>;
  readonly values: ValueMapping;
  readonly key: KeyColumn | null;
}

export const EMPTY_MAPPING: ImportMapping = { columns: {}, values: {}, key: null };

export const MAPPING_FILE_FORMAT = 'coalition-mapper-import-mapping';

const mappingFileSchema = z.strictObject({
  format: z.literal(MAPPING_FILE_FORMAT),
  version: z.literal(1),
  columns: z.record(z.string().max(500), z.string().refine(isColumnChoice, 'not a field the app knows')).default({}),
  values: z.record(z.string().max(500), z.record(z.string().max(500), z.array(z.string().max(100)).max(10))).default({}),
  key: z.enum(['id', 'email']).nullable().default(null),
});

export function mappingFileText(mapping: ImportMapping): string {
  return `${JSON.stringify({ format: MAPPING_FILE_FORMAT, version: 1, columns: mapping.columns, values: mapping.values, key: mapping.key }, null, 2)}\n`;
}

export function parseMappingFile(text: string, file: string): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, null, `not a mapping file (JSON could not be read: ${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = mappingFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(file, issue ? issue.path.join('.') || 'top level' : null, `not a mapping file the app can use: ${issue?.message ?? 'unknown shape'}`);
  }
  const { columns, values, key } = parsed.data;
  return { columns: columns as Record<string, ColumnChoice>, values, key };
}

/** The choice for each header: the mapping's when it names the header, else the guess from its name. */
export function choicesFor(headers: readonly string[], mapping: ImportMapping): ColumnChoice[] {
  const guessed = guessMapping(headers);
  return headers.map((h, i) => own(mapping.columns, h) ?? guessed[i] ?? 'custom');
}

/** Renamed header -> its value field and the sheet's own header (the key of the value mapping). */
function valueColumns(headers: readonly string[], renamed: CsvTable): Map<string, { field: ValueField; source: string }> {
  const out = new Map<string, { field: ValueField; source: string }>();
  renamed.headers.forEach((header, i) => {
    const field = valueFieldOfHeader(header, 'stakeholders');
    const source = headers[i];
    if (field && source !== undefined) out.set(header, { field, source });
  });
  return out;
}

/**
 * The stakeholder sheet as the converter reads it: columns renamed to their fields (or left out),
 * values rewritten to the model's words. Refuses mapping problems (no name column, a column of
 * confidentiality kept as custom...) before any row is read.
 */
export function mapSheet(table: CsvTable, choices: readonly ColumnChoice[], values: ValueMapping, file: string): CsvTable {
  if (choices.length !== table.headers.length) throw new ImportError(file, 'column choices', `expected a choice for each of the ${table.headers.length} columns`);
  const problems = mappingProblems(table.headers, choices);
  if (problems.length > 0) throw new ImportError(file, 'column choices', problems.join(' '));
  const renamed = applyColumnChoices(table, choices);
  const kept = table.headers.filter((_, i) => choices[i] !== 'ignore');
  return applyValueMapping(renamed, valueColumns(kept, renamed), values);
}

/** How a ties-sheet header that the stakeholder sheet also has is named in a value mapping ("ties:Type"). */
export const TIES_KEY_PREFIX = 'ties:';

/**
 * The key of a ties-sheet column in the value mapping: its header, or "ties:" and its header when
 * the stakeholder sheet has a column of that name too (a "Type" of people and a "Type" of ties).
 */
export function tiesValueKey(header: string, stakeholderHeaders: readonly string[]): string {
  return stakeholderHeaders.includes(header) ? `${TIES_KEY_PREFIX}${header}` : header;
}

/** The ties sheet's columns read as a value field (its tie type), each with its key in the value mapping. */
export function tiesValueColumns(tiesHeaders: readonly string[], stakeholderHeaders: readonly string[]): { header: string; key: string; field: ValueField }[] {
  return tiesHeaders.flatMap((header) => {
    const field = valueFieldOfHeader(header, 'ties');
    return field ? [{ header, key: tiesValueKey(header, stakeholderHeaders), field }] : [];
  });
}

/** The ties sheet with its tie-type values rewritten; `stakeholderHeaders` tell which keys carry "ties:". */
export function mapTiesSheet(table: CsvTable, values: ValueMapping, stakeholderHeaders: readonly string[] = []): CsvTable {
  const fieldOf = new Map(tiesValueColumns(table.headers, stakeholderHeaders).map((c) => [c.header, { field: c.field, source: c.key }]));
  return applyValueMapping(table, fieldOf, values);
}

/** True when the model reads the value itself ("Service provider", "organisation", "member"), without a hint. */
function readsAsIs(field: ValueField, value: string): boolean {
  return field === 'categories' ? readCategories(value).ok : suggestValue(field, value).length > 0;
}

/** The value field a stakeholder-sheet column is read as under these choices, if any. */
export function valueFieldOfChoice(choice: ColumnChoice): ValueField | null {
  return choice === 'categories' || choice === 'kind' || choice === 'stage' || choice === 'confidential' ? choice : null;
}

/** Refuses a value mapping for a column that is not read as a value field, or to a word the field does not have. */
export function checkValueMapping(headers: readonly string[], choices: readonly ColumnChoice[], values: ValueMapping, file: string, tiesHeaders: readonly string[] = []): void {
  for (const [header, byValue] of Object.entries(values)) {
    const index = headers.indexOf(header);
    const tiesColumn = tiesValueColumns(tiesHeaders, headers).find((c) => c.key === header);
    const field = index >= 0 ? valueFieldOfChoice(choices[index] ?? 'custom') : (tiesColumn?.field ?? null);
    if (!field) {
      const both = index >= 0 && tiesHeaders.includes(header) ? ` (both sheets have a "${header}" column: the ties sheet's is "${TIES_KEY_PREFIX}${header}")` : '';
      const missing = index < 0 && !tiesHeaders.includes(header) ? ` (no sheet has a "${header}" column${tiesHeaders.length === 0 ? '; a ties sheet\'s column needs its sheet, --ties FILE' : ''})` : '';
      throw new ImportError(file, `column "${header}"`, `values are mapped only for a column read as categories, kind, stage, confidential or (ties sheet) type${both}${missing}`);
    }
    const allowed = targetsOf(field);
    for (const [value, targets] of Object.entries(byValue)) {
      const wrong = targets.find((t) => !allowed.includes(t));
      const ties = index >= 0 && tiesHeaders.includes(header) ? ` (for the ties sheet's "${header}", write "${TIES_KEY_PREFIX}${header}")` : '';
      if (wrong !== undefined) throw new ImportError(file, `column "${header}", value "${value}"`, `"${wrong}" is not one of ${allowed.join(', ')}${ties}`);
      if (field !== 'categories' && targets.length > 1) throw new ImportError(file, `column "${header}", value "${value}"`, `a ${field} value maps to one ${field} only`);
    }
  }
}

/** One line per value column whose values the model cannot read and no mapping names: they would be lost to a custom field. */
export function unmappedValueNotes(table: CsvTable, choices: readonly ColumnChoice[], values: ValueMapping): string[] {
  const notes: string[] = [];
  table.headers.forEach((header, i) => {
    const field = valueFieldOfChoice(choices[i] ?? 'custom');
    if (!field || field === 'confidential') return;
    const open = distinctValues(table.rows, header, field).filter((v) => own(own(values, header), v.value) === undefined && !readsAsIs(field, v.value));
    if (open.length === 0) return;
    const listed = open.slice(0, 8).map((v) => `"${v.value}" (${v.count})`).join(', ');
    const example = open[0];
    notes.push(
      `Column "${header}": ${open.length} value${open.length === 1 ? '' : 's'} the app cannot read as ${field}: ${listed}${open.length > 8 ? ', …' : ''}. ` +
        `Map them, for example --value "${header}:${example?.value ?? ''}=${example?.suggested[0] ?? targetsOf(field)[0] ?? ''}".`,
    );
  });
  return notes;
}

/** Problems found on the renamed sheet, told with the sheet's own headers again ("Contact person", not "name"). */
export function withSheetHeaders(problems: readonly RowProblem[], headers: readonly string[], choices: readonly ColumnChoice[]): RowProblem[] {
  const renamed = mappedHeaders(headers, choices);
  const original = new Map<string, string>();
  renamed.forEach((name, i) => {
    if (name !== null) original.set(name, headers[i] ?? name);
  });
  return problems.map((p) => (p.sheet === 'stakeholders' && p.column !== null ? { ...p, column: original.get(p.column) ?? p.column } : p));
}
