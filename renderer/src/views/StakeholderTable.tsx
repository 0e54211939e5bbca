// The list view: a data grid of the stakeholders, sortable and filterable by every column (custom
// fields too), its simple cells editable in place, every row and cell reachable by keyboard, and
// only the rows in view rendered so 20,000 people scroll smoothly. It keeps table semantics: it
// is the screen-reader route to everything the map draws.
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { highlightedOnMap } from '../state/insights/insights-highlight';
import { useScrollToHighlight } from './insights/use-scroll-to-highlight';
import { useActions, useAppState } from '../state/core/use-store';
import { useRowWindow } from './table/use-row-window';
import { BulkBar } from './table/BulkBar';
import { checkedAfterClick } from '../state/core/bulk-actions';
import { GridHeader } from './table/GridHeader';
import { GridRow } from './table/GridRow';
import { ColumnPicker } from './table/ColumnPicker';
import { useGridFocus } from './table/use-grid-focus';
import { useGridView } from './table/use-grid-view';
import { useFirstPictureShown } from './first-picture';
import './table/grid.css';

export function StakeholderTable({ visible }: { readonly visible: boolean }) {
  const current = useAppState((s) => s.map);
  // Hidden behind the map, the list follows the map in a later render of its own (React slices
  // it; it starts empty when first shown), once the map's first picture is on the screen
  // (first-picture.ts), so a big map's first frame does not wait for 20,000 rows sorted and filtered.
  const pictureShown = useFirstPictureShown();
  const deferred = useDeferredValue(pictureShown ? current : null, null);
  const map = visible ? current : deferred;
  const filters = useAppState((s) => s.filters);
  const selection = useAppState((s) => s.selection);
  const focusRequest = useAppState((s) => s.focusRequest);
  const highlight = useAppState((s) => s.insights.highlight);
  const lit = useMemo(() => highlightedOnMap(highlight, map), [highlight, map]);
  const actions = useActions();
  const view = useGridView(map, filters, visible);
  const { rows, columns } = view;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  useScrollToHighlight(bodyRef, visible);
  const win = useRowWindow(scrollRef, rows.length, visible);
  const { windowed, showRow } = win;
  const grid = useGridFocus({ rows, columns, selection, actions, bodyRef, scrollRef, showRow });

  const { checkedSet, tick, allShown, chooseAll } = useTicking(rows);

  useEffect(() => {
    if (!visible || !selection || focusRequest === 0) return;
    if (windowed) showRow(rows.findIndex((r) => r.stakeholder.id === selection));
    else bodyRef.current?.querySelector(`[data-id="${CSS.escape(selection)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [visible, selection, focusRequest, windowed, showRow, rows]);

  if (!map) return null;
  return (
    <section className="list-view" aria-label="List" hidden={!visible}>
      <ListTools shown={rows.length} total={map.stakeholders.length} view={view} />
      <BulkBar />
      <div className="table-scroll" ref={scrollRef}>
        <table aria-label="Stakeholders" aria-rowcount={rows.length + 1} aria-describedby="grid-keys-help">
          <GridHeader columns={columns} sort={view.sort} onSort={view.onSort} filters={view.columnFilters} onFilter={view.onFilter} allChosen={allShown} onChooseAll={chooseAll} />
          <tbody ref={bodyRef}>
            {win.spaceAbove > 0 && <SpacerRow height={win.spaceAbove} span={columns.length + 1} />}
            {rows.slice(win.start, win.end).map((row, i) => {
              const id = row.stakeholder.id;
              return (
                <GridRow
                  key={id}
                  row={row}
                  index={win.start + i}
                  columns={columns}
                  tabStop={grid.tabStopOf(id)}
                  selected={id === selection}
                  lit={lit?.has(id) === true}
                  anchor={map.coalition.anchorId === id}
                  chosen={checkedSet.has(id)}
                  editing={grid.editingOf(id)}
                  onChoose={(on, range) => tick(id, on, range)}
                  onFocusAt={(col) => grid.onFocusAt(id, col)}
                  onOpen={() => actions.select(id)}
                  onEdit={(col) => grid.startEdit(id, col)}
                  onKey={(e) => grid.onKey(e, id)}
                  onEditDone={grid.finishEdit}
                  onEditCancel={grid.cancelEdit}
                />
              );
            })}
            {win.spaceBelow > 0 && <SpacerRow height={win.spaceBelow} span={columns.length + 1} />}
          </tbody>
        </table>
      </div>
      <p id="grid-keys-help" className="hint visually-hidden">
        Arrow keys move between rows and, to the right, into cells; Enter on a row opens it, on a cell edits it; Escape cancels.
      </p>
    </section>
  );
}

/** The rows ticked in the list: one at a time, a Shift+click range from the last one ticked, or all shown. */
function useTicking(rows: ReturnType<typeof useGridView>['rows']) {
  const actions = useActions();
  const checked = useAppState((s) => s.checked);
  const checkedSet = useMemo(() => new Set(checked), [checked]);
  // The row last ticked: Shift+click ticks everything from there.
  const lastTicked = useRef<string | null>(null);
  const order = useMemo(() => rows.map((r) => r.stakeholder.id), [rows]);
  const tick = (id: string, on: boolean, range: boolean) => {
    actions.setChecked(checkedAfterClick(order, checked, lastTicked.current, id, on, range));
    lastTicked.current = id;
  };
  const allShown = order.length > 0 && order.every((id) => checkedSet.has(id));
  const chooseAll = (on: boolean) => actions.setChecked(on ? [...new Set([...checked, ...order])] : checked.filter((id) => !order.includes(id)));
  return { checkedSet, tick, allShown, chooseAll };
}

/** The list's own filter, how many rows show, and the choice of extra columns. */
function ListTools({ shown, total, view }: { readonly shown: number; readonly total: number; readonly view: ReturnType<typeof useGridView> }) {
  const text = useAppState((s) => s.filters.text);
  const actions = useActions();
  return (
    <div className="list-tools">
      <label className="field inline">
        <span>Filter the list</span>
        <input type="search" value={text} placeholder="Name, role, sector, area or tag" onChange={(e) => actions.setFilters({ text: e.target.value })} />
      </label>
      <p className="hint" role="status">
        Showing {shown} of {total}
      </p>
      <ColumnPicker measures={view.shownMeasures} onMeasures={view.onShownMeasures} available={view.available} shown={view.shownCustom} onChange={view.onShownCustom} />
    </div>
  );
}

/** Stands in for the rows above or below the rendered window, so the scrollbar spans them all. */
function SpacerRow({ height, span }: { readonly height: number; readonly span: number }) {
  return (
    <tr aria-hidden="true" className="row-spacer">
      <td colSpan={span} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
