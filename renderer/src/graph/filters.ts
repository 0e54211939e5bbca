// Which stakeholders pass the category, stage and text filters. The map and the list share this,
// so both views always agree on what is shown.
import type { Stakeholder } from '../../../shared/model';
import { matchesQuery } from '../../../shared/search/match';
import type { Filters } from '../state/core/app-state';

export interface FilterOptions {
  /** Whether the text filter applies (the list) or not (the map shows everyone the other filters pass). */
  readonly text: boolean;
  /** Organizations people work at, so "legal aid" finds the people of Legal Aid. */
  readonly orgs?: ReadonlyMap<string, readonly string[]>;
}

export function matchesFilters(s: Stakeholder, filters: Filters, options: FilterOptions): boolean {
  if (filters.categories.length > 0) {
    const inCategory = s.categories.some((c) => filters.categories.includes(c));
    const uncategorized = s.categories.length === 0 && filters.categories.includes('uncategorized');
    if (!inCategory && !uncategorized) return false;
  }
  if (filters.stages.length > 0 && !filters.stages.includes(s.stage)) return false;
  return options.text ? matchesQuery(s, filters.text, options.orgs) : true;
}

export function isFiltering(filters: Filters): boolean {
  return filters.categories.length > 0 || filters.stages.length > 0;
}
