// Pure: the list view's rows, filtered (the shared filters, then each column's own filter) and
// sorted by any column, with the counts a table needs.
import { organizationsOf, foldForSearch, queryWords } from '../../../shared/search/match';
import { categoryInfo } from '../../../shared/categories';
import type { MapDocument } from '../../../shared/model';
import type { StakeholderFigures } from '../../../shared/analysis/types';
import type { Filters } from '../state/core/app-state';
import { matchesFilters } from './filters';
import { columnFor, type Column, type ColumnId, type Row } from './grid-columns';

export type { Row } from './grid-columns';
export type SortKey = ColumnId;

export interface Sort {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

/** Text typed into the columns' filters, by column; empty or absent means no filter. */
export type ColumnFilters = Readonly<Partial<Record<ColumnId, string>>>;

// One collator for every comparison: far faster than localeCompare on 20,000 rows, and "Room 9"
// sorts before "Room 10".
const collator = new Intl.Collator(undefined, { numeric: true });

function compareBy(column: Column): (a: Row, b: Row) => number {
  return (a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
  };
}

const COMPARISON = /^\s*(<=|>=|<|>|=)?\s*(-?\d+(?:\.\d+)?)\s*$/;

/** A test for one column's filter text: words for text columns, also "> 2" and the like for numbers. */
export function columnMatcher(column: Column, query: string): ((row: Row) => boolean) | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const comparison = column.numeric ? COMPARISON.exec(query) : null;
  if (comparison) {
    const op = comparison[1] ?? '=';
    const n = Number(comparison[2]);
    return (row) => {
      const text = column.text(row);
      if (text === '') return false;
      const v = Number(text);
      return op === '<' ? v < n : op === '<=' ? v <= n : op === '>' ? v > n : op === '>=' ? v >= n : v === n;
    };
  }
  return (row) => {
    const folded = foldForSearch(column.text(row));
    return words.every((w) => folded.includes(w));
  };
}

/** The rows that pass every column filter. */
export function filterByColumns(rows: readonly Row[], filters: ColumnFilters): Row[] {
  const tests = Object.entries(filters).flatMap(([id, query]) => {
    const test = query === undefined ? null : columnMatcher(columnFor(id as ColumnId), query);
    return test ? [test] : [];
  });
  return tests.length === 0 ? [...rows] : rows.filter((r) => tests.every((t) => t(r)));
}

/** Sorted by the column, then by name so equal values keep a stable, readable order. */
export function sortRows(rows: Row[], sort: Sort): Row[] {
  const compare = compareBy(columnFor(sort.key));
  const byName = compareBy(columnFor('name'));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => sign * compare(a, b) || byName(a, b));
}

export function tableRows(
  map: MapDocument,
  filters: Filters,
  sort: Sort,
  columnFilters: ColumnFilters = {},
  figures: ReadonlyMap<string, StakeholderFigures> = new Map(),
): Row[] {
  const tieCounts = new Map<string, number>();
  for (const t of map.ties) {
    tieCounts.set(t.source, (tieCounts.get(t.source) ?? 0) + 1);
    tieCounts.set(t.target, (tieCounts.get(t.target) ?? 0) + 1);
  }
  const orgs = filters.text.trim() === '' ? undefined : organizationsOf(map);
  const rows = map.stakeholders
    .filter((s) => matchesFilters(s, filters, { text: true, ...(orgs ? { orgs } : {}) }))
    .map((s) => ({
      stakeholder: s,
      categoryLabels: s.categories.map((c) => categoryInfo(c).label).join(', '),
      ties: tieCounts.get(s.id) ?? 0,
      figures: figures.get(s.id),
    }));
  return sortRows(filterByColumns(rows, columnFilters), sort);
}
