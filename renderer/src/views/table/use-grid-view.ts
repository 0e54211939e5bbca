// What the list shows and in which order: the sort, each column's filter, the optional columns
// (measures and custom fields), and the rows they give. A hidden column takes its filter and its
// sort with it, so nothing goes on filtering or sorting unseen.
import { useDeferredValue, useMemo, useState } from 'react';
import type { MapDocument } from '../../../../shared/model';
import { customFieldNames, visibleColumns, type ColumnId } from '../../graph/grid-columns';
import { tableRows, type ColumnFilters, type Sort } from '../../graph/table-rows';
import type { Filters } from '../../state/core/app-state';
import { useAppState } from '../../state/core/use-store';

const BY_NAME: Sort = { key: 'name', direction: 'ascending' };

/** `visible`: when false (the list behind the map), a new analysis reaches the rows in a later, sliced render. */
export function useGridView(map: MapDocument | null, filters: Filters, visible = true) {
  const [sort, setSort] = useState<Sort>(BY_NAME);
  const [columnFilters, setColumnFilters] = useState<ColumnFilters>({});
  const [shownCustom, setShownCustom] = useState<readonly string[]>([]);
  const [shownMeasures, setShownMeasures] = useState<readonly ColumnId[]>([]);
  const available = useMemo(() => (map ? customFieldNames(map) : []), [map]);
  const columns = useMemo(() => visibleColumns(shownCustom, available, shownMeasures), [shownCustom, available, shownMeasures]);
  const analysedNow = useAppState((s) => s.insights.analysis.result?.insights.stakeholders);
  const analysedLater = useDeferredValue(analysedNow);
  const analysed = visible ? analysedNow : analysedLater;
  const figures = useMemo(() => new Map((analysed ?? []).map((f) => [f.id, f])), [analysed]);
  const rows = useMemo(() => (map ? tableRows(map, filters, sort, columnFilters, figures) : []), [map, filters, sort, columnFilters, figures]);

  const keepOnly = (ids: readonly ColumnId[]) => {
    setColumnFilters((f) => Object.fromEntries(Object.entries(f).filter(([id]) => ids.includes(id as ColumnId))));
    if (!ids.includes(sort.key)) setSort(BY_NAME);
  };
  return {
    rows,
    columns,
    sort,
    columnFilters,
    available,
    shownCustom,
    shownMeasures,
    /** Ascending first; the same column again turns it round. */
    onSort: (key: ColumnId) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' })),
    onFilter: (key: ColumnId, text: string) => setColumnFilters((f) => ({ ...f, [key]: text })),
    onShownCustom: (shown: readonly string[]) => {
      setShownCustom(shown);
      keepOnly(visibleColumns(shown, available, shownMeasures).map((c) => c.id));
    },
    onShownMeasures: (shown: readonly ColumnId[]) => {
      setShownMeasures(shown);
      keepOnly(visibleColumns(shownCustom, available, shown).map((c) => c.id));
    },
  };
}
