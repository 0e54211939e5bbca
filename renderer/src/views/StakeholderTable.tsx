// The list view: a real table, sortable and filterable, every row reachable by keyboard. It is the
// screen-reader route to everything the map draws.
import { nextRowIndex } from './table/row-keys';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { tableRows, type Sort, type SortKey } from '../graph/table-rows';
import { highlightedOnMap } from '../state/insights/insights-highlight';
import { useScrollToHighlight } from './insights/use-scroll-to-highlight';
import { useActions, useAppState } from '../state/core/use-store';
import { KIND_LABELS, STAGE_LABELS } from './labels';
import { useRowWindow } from './table/use-row-window';
import { BulkBar } from './table/BulkBar';
import { checkedAfterClick } from '../state/core/bulk-actions';

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
  const checked = useAppState((s) => s.checked);
  const checkedSet = useMemo(() => new Set(checked), [checked]);
  // The row last ticked: Shift+click ticks everything from there.
  const lastTicked = useRef<string | null>(null);
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A row the arrow keys moved to: focused once it is rendered (big lists render only a window).
  const pendingFocus = useRef<string | null>(null);
  useScrollToHighlight(bodyRef, visible);
  const rows = useMemo(() => (map ? tableRows(map, filters, sort) : []), [map, filters, sort]);
  // One row is in the Tab order (the grid pattern); the arrow keys move between rows, so a
  // keyboard user is not made to Tab through every stakeholder to reach the panel.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const win = useRowWindow(scrollRef, rows.length, visible);
  const tabbableId = [focusedId, selection].find((id) => id !== null && rows.some((r) => r.stakeholder.id === id)) ?? rows[0]?.stakeholder.id;

  const { windowed, showRow } = win;
  const order = useMemo(() => rows.map((r) => r.stakeholder.id), [rows]);
  const tick = (id: string, on: boolean, range: boolean) => {
    actions.setChecked(checkedAfterClick(order, checked, lastTicked.current, id, on, range));
    lastTicked.current = id;
  };
  const allShown = order.length > 0 && order.every((id) => checkedSet.has(id));
  useEffect(() => {
    if (!visible || !selection || focusRequest === 0) return;
    if (windowed) showRow(rows.findIndex((r) => r.stakeholder.id === selection));
    else bodyRef.current?.querySelector(`[data-id="${CSS.escape(selection)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [visible, selection, focusRequest, windowed, showRow, rows]);

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const row = bodyRef.current?.querySelector(`[data-id="${CSS.escape(id)}"]`);
    if (row instanceof HTMLElement) {
      pendingFocus.current = null;
      row.focus();
    }
  });

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.select(id);
    } else {
      // By index, not by DOM sibling: in a big list the next row may not be rendered yet.
      const at = rows.findIndex((r) => r.stakeholder.id === id);
      const row = event.currentTarget.getBoundingClientRect().height || 1;
      const page = Math.floor((scrollRef.current?.clientHeight ?? row) / row) - 1;
      const next = nextRowIndex(event.key, at, rows.length, page);
      const target = next === null ? undefined : rows[next];
      if (next === null || !target) return;
      event.preventDefault();
      pendingFocus.current = target.stakeholder.id;
      setFocusedId(target.stakeholder.id);
      showRow(next);
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
      <BulkBar />
      <div className="table-scroll" ref={scrollRef}>
        <table aria-label="Stakeholders" aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="check-col">
                <input
                  type="checkbox"
                  aria-label="Choose everyone shown"
                  checked={allShown}
                  onChange={(e) => actions.setChecked(e.target.checked ? [...new Set([...checked, ...order])] : checked.filter((id) => !order.includes(id)))}
                />
              </th>
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
            {win.spaceAbove > 0 && <SpacerRow height={win.spaceAbove} />}
            {rows.slice(win.start, win.end).map(({ stakeholder: s, categoryLabels, ties }, i) => (
              <tr
                key={s.id}
                data-id={s.id}
                aria-rowindex={win.start + i + 2}
                tabIndex={s.id === tabbableId ? 0 : -1}
                onFocus={() => setFocusedId(s.id)}
                aria-current={s.id === selection ? 'true' : undefined}
                className={[s.id === selection && 'row-selected', lit?.has(s.id) && 'row-highlighted'].filter(Boolean).join(' ') || undefined}
                onClick={() => actions.select(s.id)}
                onKeyDown={(e) => onRowKey(e, s.id)}
              >
                <td className="check-col" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={`Choose ${s.name}`}
                    checked={checkedSet.has(s.id)}
                    onClick={(e) => tick(s.id, e.currentTarget.checked, e.shiftKey)}
                    onChange={() => undefined}
                    onKeyDown={(e) => e.stopPropagation()}
                  />
                </td>
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
            {win.spaceBelow > 0 && <SpacerRow height={win.spaceBelow} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Stands in for the rows above or below the rendered window, so the scrollbar spans them all. */
function SpacerRow({ height }: { readonly height: number }) {
  return (
    <tr aria-hidden="true" className="row-spacer">
      <td colSpan={COLUMNS.length + 1} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
