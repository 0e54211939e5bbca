// Pure: the list view's rows, filtered and sorted, with the counts a table needs.
import { organizationsOf } from '../../../shared/search/match';
import { categoryInfo } from '../../../shared/categories';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { STAGES } from '../../../shared/schema';
import type { Filters } from '../state/core/app-state';
import { matchesFilters } from './filters';

export type SortKey = 'name' | 'kind' | 'categories' | 'stage' | 'role' | 'influence' | 'ties';

export interface Sort {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

export interface Row {
  readonly stakeholder: Stakeholder;
  readonly categoryLabels: string;
  readonly ties: number;
}

function compareRows(key: SortKey): (a: Row, b: Row) => number {
  switch (key) {
    case 'name':
      return (a, b) => a.stakeholder.name.localeCompare(b.stakeholder.name);
    case 'kind':
      return (a, b) => a.stakeholder.kind.localeCompare(b.stakeholder.kind);
    case 'categories':
      // Uncategorized rows sort first so they are easy to find and fix.
      return (a, b) => a.categoryLabels.localeCompare(b.categoryLabels);
    case 'stage':
      return (a, b) => STAGES.indexOf(a.stakeholder.stage) - STAGES.indexOf(b.stakeholder.stage);
    case 'role':
      return (a, b) => a.stakeholder.role.localeCompare(b.stakeholder.role);
    case 'influence':
      return (a, b) => (a.stakeholder.influence ?? 0) - (b.stakeholder.influence ?? 0);
    case 'ties':
      return (a, b) => a.ties - b.ties;
  }
}

export function tableRows(map: MapDocument, filters: Filters, sort: Sort): Row[] {
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
    }));
  const compare = compareRows(sort.key);
  const byName = compareRows('name');
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => sign * compare(a, b) || byName(a, b));
}
