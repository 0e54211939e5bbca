// Which stakeholders pass the category, stage and text filters. The map and the list share this,
// so both views always agree on what is shown.
import type { Stakeholder } from '../../../shared/model';
import type { Filters } from '../state/app-state';

function matchesText(s: Stakeholder, text: string): boolean {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return true;
  const haystack = [s.name, s.role, s.sector, s.area, ...s.tags].join('\n').toLocaleLowerCase();
  return haystack.includes(needle);
}

export function matchesFilters(s: Stakeholder, filters: Filters, options: { readonly text: boolean }): boolean {
  if (filters.categories.length > 0) {
    const inCategory = s.categories.some((c) => filters.categories.includes(c));
    const uncategorized = s.categories.length === 0 && filters.categories.includes('uncategorized');
    if (!inCategory && !uncategorized) return false;
  }
  if (filters.stages.length > 0 && !filters.stages.includes(s.stage)) return false;
  return options.text ? matchesText(s, filters.text) : true;
}

export function isFiltering(filters: Filters): boolean {
  return filters.categories.length > 0 || filters.stages.length > 0;
}
