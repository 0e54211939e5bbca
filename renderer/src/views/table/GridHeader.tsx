// The list's header row: "Choose everyone shown", then per column a sort button (click, Enter or
// Space; again for the other direction) and the column's own filter field.
import type { Column, ColumnId } from '../../graph/grid-columns';
import type { ColumnFilters, Sort } from '../../graph/table-rows';

interface Props {
  readonly columns: readonly Column[];
  readonly sort: Sort;
  readonly onSort: (key: ColumnId) => void;
  readonly filters: ColumnFilters;
  readonly onFilter: (key: ColumnId, text: string) => void;
  readonly allChosen: boolean;
  readonly onChooseAll: (on: boolean) => void;
}

const NUMBER_HINT = 'A number, or > 2, <= 3 …';

export function GridHeader({ columns, sort, onSort, filters, onFilter, allChosen, onChooseAll }: Props) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="check-col">
          <input type="checkbox" aria-label="Choose everyone shown" checked={allChosen} onChange={(e) => onChooseAll(e.target.checked)} />
        </th>
        {columns.map((c) => (
          <th key={c.id} scope="col" aria-sort={sort.key === c.id ? sort.direction : 'none'} data-col={c.id}>
            <button type="button" className="sort" onClick={() => onSort(c.id)}>
              {c.label}
              <span aria-hidden="true" className="sort-mark">
                {sort.key === c.id ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
              </span>
            </button>
            <input
              type="search"
              className="column-filter"
              aria-label={`Filter ${c.label}`}
              placeholder={c.numeric ? NUMBER_HINT : 'Filter'}
              title={c.numeric ? NUMBER_HINT : `Words found in ${c.label}`}
              value={filters[c.id] ?? ''}
              onChange={(e) => onFilter(c.id, e.target.value)}
            />
          </th>
        ))}
      </tr>
    </thead>
  );
}
