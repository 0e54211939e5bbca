// The list's keyboard focus and cell editing. One row (or one of its cells) is in the Tab order;
// the keys of grid-keys.ts move it, by index rather than DOM sibling since a long list renders only
// a window. A cell edit goes through the store's editStakeholderFields: one save, one undo step.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Column, Row } from '../../graph/grid-columns';
import type { Actions } from '../../state/core/actions';
import { nextGridFocus } from './grid-keys';
import { useCellEdit } from './use-cell-edit';
import type { RowEditing } from './GridRow';

interface Spot {
  readonly id: string;
  readonly col: number | null;
}

interface Input {
  readonly rows: readonly Row[];
  readonly columns: readonly Column[];
  readonly selection: string | null;
  readonly actions: Pick<Actions, 'select' | 'editStakeholderFields'>;
  readonly bodyRef: RefObject<HTMLTableSectionElement | null>;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  readonly showRow: (index: number) => void;
}

export function useGridFocus({ rows, columns, selection, actions, bodyRef, scrollRef, showRow }: Input) {
  const [focus, setFocus] = useState<Spot | null>(null);
  // A spot the keys moved to: focused once it is rendered (big lists render only a window).
  const pending = useRef<Spot | null>(null);
  const focusLater = (id: string, col: number) => {
    pending.current = { id, col };
  };
  const { editing, startEdit, finishEdit, cancelEdit } = useCellEdit({ rows, columns, actions, focusLater });

  useEffect(() => {
    const spot = pending.current;
    if (spot === null) return;
    const row = bodyRef.current?.querySelector(`[data-id="${CSS.escape(spot.id)}"]`);
    const target = spot.col === null ? row : row?.querySelector(`[data-col="${spot.col}"]`);
    if (target instanceof HTMLElement) {
      pending.current = null;
      target.focus();
    }
  });

  const ids = rows.map((r) => r.stakeholder.id);
  const tabbableId = [focus?.id ?? null, selection].find((id) => id !== null && ids.includes(id)) ?? ids[0];
  const tabStopOf = (id: string): number | null | undefined => {
    if (id !== tabbableId) return undefined;
    const col = focus?.id === id ? focus.col : null;
    return col !== null && col < columns.length ? col : null;
  };

  const moveTo = (spot: Spot, index: number) => {
    pending.current = spot;
    setFocus(spot);
    showRow(index);
  };

  const onKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    const index = ids.indexOf(id);
    const col = focus?.id === id ? focus.col : null;
    if (event.key === 'Enter' || event.key === 'F2' || (event.key === ' ' && col === null)) {
      event.preventDefault();
      if (event.key !== ' ' && col !== null && startEdit(id, col)) return;
      if (event.key !== 'F2') actions.select(id);
      return;
    }
    if (event.key === 'Escape' && col !== null) {
      event.preventDefault();
      moveTo({ id, col: null }, index);
      return;
    }
    const height = event.currentTarget.getBoundingClientRect().height || 1;
    const page = Math.floor((scrollRef.current?.clientHeight ?? height) / height) - 1;
    const next = nextGridFocus(event.key, { row: index, col }, rows.length, columns.length, page);
    const target = next === null ? undefined : rows[next.row];
    if (next === null || !target) return;
    event.preventDefault();
    moveTo({ id: target.stakeholder.id, col: next.col }, next.row);
  };

  return {
    tabStopOf,
    editingOf: (id: string): RowEditing | null => (editing?.id === id ? editing : null),
    onFocusAt: (id: string, col: number | null) => setFocus({ id, col }),
    onKey,
    startEdit: (id: string, col: number) => void startEdit(id, col),
    finishEdit,
    cancelEdit,
  };
}
