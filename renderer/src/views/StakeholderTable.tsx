// The list view: a real table, sortable and filterable, every row reachable by keyboard. It is the
// screen-reader route to everything the map draws.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { tableRows, type Sort, type SortKey } from '../graph/table-rows';
import { highlightedOnMap } from '../state/insights-highlight';
import { useScrollToHighlight } from './insights/use-scroll-to-highlight';
import { useActions, useAppState } from '../state/use-store';
import { KIND_LABELS, STAGE_LABELS } from './labels';

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'categories', label: 'Categories' },
  { key: 'stage', label: 'Stage' },
  { key: 'role', label: 'Role' },
  { key: 'influence', label: 'Influence' },
  { key: 'ties', label: 'Ties' },
];

export function StakeholderTable({ visible }: { readonly visible: boolean }) {
  const map = useAppState((s) => s.map);
  const filters = useAppState((s) => s.filters);
  const selection = useAppState((s) => s.selection);
  const focusRequest = useAppState((s) => s.focusRequest);
  const highlight = useAppState((s) => s.insights.highlight);
  const lit = useMemo(() => highlightedOnMap(highlight, map), [highlight, map]);
  const actions = useActions();
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  useScrollToHighlight(bodyRef, visible);
  const rows = useMemo(() => (map ? tableRows(map, filters, sort) : []), [map, filters, sort]);
  // One row is in the Tab order (the grid pattern); the arrow keys move between rows, so a
  // keyboard user is not made to Tab through every stakeholder to reach the panel.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const tabbableId = [focusedId, selection].find((id) => id !== null && rows.some((r) => r.stakeholder.id === id)) ?? rows[0]?.stakeholder.id;

  useEffect(() => {
    if (!visible || !selection || focusRequest === 0) return;
    bodyRef.current?.querySelector(`[data-id="${CSS.escape(selection)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [visible, selection, focusRequest]);

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.select(id);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const row = event.currentTarget;
      const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      if (next instanceof HTMLElement) next.focus();
    }
  };

  if (!map) return null;
  return (
    <section className="list-view" aria-label="List" hidden={!visible}>
      <div className="list-tools">
        <label className="field inline">
          <span>Filter the list</span>
          <input type="search" value={filters.text} placeholder="Name, role, sector, area or tag" onChange={(e) => actions.setFilters({ text: e.target.value })} />
        </label>
        <p className="hint" role="status">
          Showing {rows.length} of {map.stakeholders.length}
        </p>
      </div>
      <div className="table-scroll">
        <table aria-label="Stakeholders">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : 'none'}>
                  <button
                    type="button"
                    className="sort"
                    onClick={() =>
                      setSort((s) => ({ key: c.key, direction: s.key === c.key && s.direction === 'ascending' ? 'descending' : 'ascending' }))
                    }
                  >
                    {c.label}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {rows.map(({ stakeholder: s, categoryLabels, ties }) => (
              <tr
                key={s.id}
                data-id={s.id}
                tabIndex={s.id === tabbableId ? 0 : -1}
                onFocus={() => setFocusedId(s.id)}
                aria-current={s.id === selection ? 'true' : undefined}
                className={[s.id === selection && 'row-selected', lit?.has(s.id) && 'row-highlighted'].filter(Boolean).join(' ') || undefined}
                onClick={() => actions.select(s.id)}
                onKeyDown={(e) => onRowKey(e, s.id)}
              >
                <th scope="row">
                  {s.name}
                  {map.coalition.anchorId === s.id && <span className="badge">Anchor</span>}
                  {s.confidential && <span className="badge badge-quiet">Confidential</span>}
                  {lit?.has(s.id) && <span className="badge badge-highlight">Highlighted</span>}
                </th>
                <td>{KIND_LABELS[s.kind]}</td>
                <td>{categoryLabels || <span className="muted">Uncategorized</span>}</td>
                <td>{STAGE_LABELS[s.stage]}</td>
                <td>{s.role}</td>
                <td>{s.influence ?? ''}</td>
                <td>{ties}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
