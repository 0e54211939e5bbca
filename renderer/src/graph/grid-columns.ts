// Pure: the list's columns as data. Each says what it shows, how it sorts, how its filter reads
// and which editor a cell opens, so sorting, filtering and editing are the same code for every
// column, custom fields included ("custom:<field>").
import { STAGES } from '../../../shared/schema';
import { STAGE_LABELS } from '../../../shared/labels';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import type { StakeholderFigures } from '../../../shared/analysis/types';
import { KIND_LABELS } from '../views/labels';

export interface Row {
  readonly stakeholder: Stakeholder;
  readonly categoryLabels: string;
  readonly ties: number;
  /** The analysis's figures for them, once it has answered. */
  readonly figures?: StakeholderFigures | undefined;
}

/** The custom field the bulk bar's "Set owner" writes; it has a column of its own. */
export const OWNER_FIELD = 'Owner';

export type BuiltInColumn = 'name' | 'kind' | 'categories' | 'stage' | 'role' | 'influence' | 'owner' | 'tags' | 'ties';
/** Measures from the analysis, shown on demand like custom fields. */
export type MeasureColumn = 'betweenness' | 'coreNumber' | 'community';
export type ColumnId = BuiltInColumn | MeasureColumn | `custom:${string}`;
export type CellEditor = 'text' | 'stage' | 'categories' | 'influence' | 'tags';

export interface Column {
  readonly id: ColumnId;
  readonly label: string;
  /** Numbers sort as numbers and their filter also takes "> 2", "<= 3" or "= 0". */
  readonly numeric: boolean;
  /** Null: not edited in the list (the name and kind need the panel; ties are counted). */
  readonly editor: CellEditor | null;
  /** What the cell shows and the column's filter searches. */
  readonly text: (row: Row) => string;
  readonly sortValue: (row: Row) => string | number;
}

function custom(s: Stakeholder, field: string): string {
  return Object.hasOwn(s.custom, field) ? (s.custom[field] ?? '') : '';
}

function textColumn(id: ColumnId, label: string, editor: CellEditor | null, text: (row: Row) => string): Column {
  return { id, label, numeric: false, editor, text, sortValue: text };
}

const BUILT_IN: readonly Column[] = [
  textColumn('name', 'Name', null, (r) => r.stakeholder.name),
  textColumn('kind', 'Kind', null, (r) => KIND_LABELS[r.stakeholder.kind]),
  // Uncategorized rows sort first (an empty label), so they are easy to find and fix.
  textColumn('categories', 'Categories', 'categories', (r) => r.categoryLabels),
  { id: 'stage', label: 'Stage', numeric: false, editor: 'stage', text: (r) => STAGE_LABELS[r.stakeholder.stage], sortValue: (r) => STAGES.indexOf(r.stakeholder.stage) },
  textColumn('role', 'Role', 'text', (r) => r.stakeholder.role),
  { id: 'influence', label: 'Influence', numeric: true, editor: 'influence', text: (r) => String(r.stakeholder.influence ?? ''), sortValue: (r) => r.stakeholder.influence ?? 0 },
  textColumn('owner', 'Owner', 'text', (r) => custom(r.stakeholder, OWNER_FIELD)),
  textColumn('tags', 'Tags', 'tags', (r) => r.stakeholder.tags.join(', ')),
  { id: 'ties', label: 'Ties', numeric: true, editor: null, text: (r) => String(r.ties), sortValue: (r) => r.ties },
];

export const BUILT_IN_COLUMNS: readonly Column[] = BUILT_IN;

/** Before the analysis answers a measure is blank, and sorts below every figure. */
function measure(id: MeasureColumn, label: string, value: (f: StakeholderFigures) => number, shown: (v: number) => string): Column {
  return { id, label, numeric: true, editor: null, text: (r) => (r.figures ? shown(value(r.figures)) : ''), sortValue: (r) => (r.figures ? value(r.figures) : -1) };
}

export const MEASURE_COLUMNS: readonly Column[] = [
  measure('betweenness', 'Betweenness', (f) => f.betweenness, (v) => v.toFixed(3)),
  measure('coreNumber', 'Core number', (f) => f.coreNumber, String),
  // Numbered from 1, as the Insights panel's "Group" key shows them.
  measure('community', 'Group', (f) => f.community + 1, String),
];

export function customColumnId(field: string): ColumnId {
  return `custom:${field}`;
}

/** The column for an id; a custom field's column is made on demand. */
export function columnFor(id: ColumnId): Column {
  const builtIn = BUILT_IN.find((c) => c.id === id) ?? MEASURE_COLUMNS.find((c) => c.id === id);
  if (builtIn) return builtIn;
  const field = id.slice('custom:'.length);
  return textColumn(id, field, 'text', (r) => custom(r.stakeholder, field));
}

/** The custom fields anyone on the map has (Owner aside: it is a column already), sorted. */
export function customFieldNames(map: Pick<MapDocument, 'stakeholders'>): string[] {
  const names = new Set<string>();
  for (const s of map.stakeholders) for (const key of Object.keys(s.custom)) if (key !== OWNER_FIELD) names.add(key);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The columns shown: the built-in ones, the measures chosen, then the custom fields chosen. */
export function visibleColumns(shownCustom: readonly string[], available: readonly string[], shownMeasures: readonly ColumnId[] = []): Column[] {
  return [
    ...BUILT_IN,
    ...MEASURE_COLUMNS.filter((c) => shownMeasures.includes(c.id)),
    ...available.filter((f) => shownCustom.includes(f)).map((f) => columnFor(customColumnId(f))),
  ];
}
