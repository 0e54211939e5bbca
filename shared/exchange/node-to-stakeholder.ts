// One imported node -> one stakeholder. Attributes named like a map field fill that field; any
// other attribute is kept in `custom` as text. A value a field cannot take (influence "high",
// category "donor") is NOT an error: the node still comes in, the field keeps its default, the
// raw value is kept in `custom`, and a warning names the node, the attribute and the reason.
// That keeps a 1,700-node Gephi file importable while nothing the user had is lost.
import type { ServiceCatalogEntry, Stakeholder } from '../model';
import { describeSchemaError, stakeholderSchema } from '../schema';
import { isPlainYesNo, looksLikeConfidentialHeader, readConfidential } from './confidential-field';
import {
  normalizeWord, readBoolean, readCategories, readIntegerInRange, readIsoDate, readKind, readServices,
  readStage, readText, readTextList, type FieldResult,
} from './field-values';
import { ImportError, type WarningLog } from './import-error';
import { isReservedName, type ImportedNode } from './imported-graph';

type Fields = Partial<Omit<Stakeholder, 'id' | 'name' | 'custom' | 'createdAt' | 'updatedAt'>>;
type FieldReader = (raw: string, catalog: readonly ServiceCatalogEntry[]) => FieldResult<Fields>;

function into<T>(result: FieldResult<T>, place: (value: T) => Fields): FieldResult<Fields> {
  return result.ok ? { ok: true, value: place(result.value) } : result;
}

const text = (field: 'role' | 'sector' | 'email' | 'phone' | 'address' | 'area' | 'notes', max: number): FieldReader =>
  (raw) => into(readText(raw, max), (value) => ({ [field]: value }));
const categories: FieldReader = (raw) => into(readCategories(raw), (value) => ({ categories: value }));
const livedExperience: FieldReader = (raw) => into(readBoolean(raw), (value) => ({ livedExperience: value }));
const consentUntil: FieldReader = (raw) => into(readIsoDate(raw), (value) => ({ consentUntil: value }));

/** Keys are attribute names lower-cased with spaces and dashes as underscores. */
const FIELD_READERS: ReadonlyMap<string, FieldReader> = new Map<string, FieldReader>([
  ['kind', (raw) => into(readKind(raw), (value) => ({ kind: value }))],
  ['category', categories],
  ['categories', categories],
  ['role', text('role', 500)],
  ['sector', text('sector', 500)],
  ['email', text('email', 500)],
  ['phone', text('phone', 500)],
  ['address', text('address', 500)],
  ['area', text('area', 500)],
  ['notes', text('notes', 20_000)],
  ['services', (raw, catalog) => into(readServices(raw, catalog), (value) => ({ services: value }))],
  ['influence', (raw) => into(readIntegerInRange(raw, 1, 5), (value) => ({ influence: value }))],
  ['stage', (raw) => into(readStage(raw), (value) => ({ stage: value }))],
  ['lived_experience', livedExperience],
  ['livedexperience', livedExperience],
  // Never refused: a value that is not clearly "no" makes the stakeholder confidential (fail closed).
  ['confidential', (raw) => ({ ok: true, value: { confidential: readConfidential(raw) } })],
  ['consent_until', consentUntil],
  ['consentuntil', consentUntil],
  ['tags', (raw) => into(readTextList(raw, 100, 500), (value) => ({ tags: value }))],
]);

export function fieldKey(attributeName: string): string {
  return normalizeWord(attributeName).replace(/ /g, '_');
}

/** The reader for an attribute: a map field's by name, the confidential one for any header that reads like it. */
function readerFor(attribute: string): { key: string; reader: FieldReader } | undefined {
  const key = fieldKey(attribute);
  const reader = FIELD_READERS.get(key);
  if (reader) return { key, reader };
  if (looksLikeConfidentialHeader(attribute)) return { key: 'confidential', reader: FIELD_READERS.get('confidential') as FieldReader };
  return undefined;
}

export interface NodeContext {
  readonly file: string;
  readonly now: string;
  readonly newId: () => string;
  readonly sourceLabel: string;
  readonly serviceCatalog: readonly ServiceCatalogEntry[];
  readonly warnings: WarningLog;
  /** How messages name the record: `node "a"` by default, "line 12" for a CSV row. */
  readonly describe?: (node: ImportedNode) => string;
}

const MAX_NAME = 500;
const MAX_CUSTOM_KEY = 200;
const MAX_CUSTOM_VALUE = 5_000;

export function nodeToStakeholder(node: ImportedNode, ctx: NodeContext): Stakeholder {
  const place = ctx.describe?.(node) ?? `node "${node.id}"`;
  const where = `${ctx.file}, ${place}`;
  let name = node.label.trim() || node.id;
  if (name.length > MAX_NAME) {
    ctx.warnings.add('long name', `${where}: the label is ${name.length} characters; cut to ${MAX_NAME}`);
    name = name.slice(0, MAX_NAME);
  }
  let fields: Fields = {};
  const custom = new Map<string, string>();
  const keepAsCustom = (attribute: string, value: string): void => {
    const key = attribute.trim();
    if (key === '' || key.length > MAX_CUSTOM_KEY || value.length > MAX_CUSTOM_VALUE) {
      ctx.warnings.add('custom too long', `${where}, attribute "${key.slice(0, 60)}": name or value too long to keep; left out`);
      return;
    }
    custom.set(key, value);
  };
  for (const [attribute, value] of node.attributes) {
    if (isReservedName(attribute)) {
      ctx.warnings.add('reserved attribute', `${where}: attribute "${attribute}" has a reserved name and was left out`);
      continue;
    }
    const key = fieldKey(attribute);
    // The attribute that gave the node its name is not kept twice.
    if ((key === 'label' || key === 'name') && value.trim() === name) continue;
    const found = readerFor(attribute);
    if (!found) {
      keepAsCustom(attribute, value);
      continue;
    }
    if (value.trim() === '') continue;
    const result = found.reader(value, ctx.serviceCatalog);
    if (result.ok) {
      // Several confidentiality columns: any one saying so is enough.
      const confidential = fields.confidential === true || result.value.confidential === true;
      fields = { ...fields, ...result.value, ...(found.key === 'confidential' ? { confidential } : {}) };
      if (found.key === 'confidential' && !isPlainYesNo(value)) {
        ctx.warnings.add('confidential value', `${where}, attribute "${attribute}": "${value.slice(0, 60)}" is not a plain no, so the stakeholder was marked confidential`);
      }
    } else {
      ctx.warnings.add(
        `bad ${found.key}`,
        `${where}, attribute "${attribute}": "${value.slice(0, 60)}" was not used (${result.reason}); kept as a custom field`,
      );
      keepAsCustom(attribute, value);
    }
  }
  const candidate = {
    kind: 'person',
    categories: [],
    ...fields,
    id: ctx.newId(),
    name,
    custom: Object.fromEntries(custom),
    source: ctx.sourceLabel.slice(0, 500),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const parsed = stakeholderSchema.safeParse(candidate);
  if (!parsed.success) throw new ImportError(ctx.file, place, describeSchemaError(parsed.error));
  return parsed.data;
}
