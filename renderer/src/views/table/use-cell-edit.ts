// Editing one cell of the list: the editor opens on a column that has one, a value the field
// refuses keeps the editor open with the reason, and a change is one edit through the store's
// editStakeholderFields (one save, one undo step). Leaving by key hands the focus back to the cell.
import { useState } from 'react';
import type { Column, Row } from '../../graph/grid-columns';
import { cellChanges, cellValue, type CellValue } from '../../graph/grid-cell-edit';
import type { Actions } from '../../state/core/actions';
import type { RowEditing } from './GridRow';

interface Input {
  readonly rows: readonly Row[];
  readonly columns: readonly Column[];
  readonly actions: Pick<Actions, 'editStakeholderFields'>;
  /** Focuses this cell once it is rendered again. */
  readonly focusLater: (id: string, col: number) => void;
}

export function useCellEdit({ rows, columns, actions, focusLater }: Input) {
  const [editing, setEditing] = useState<(RowEditing & { readonly id: string }) | null>(null);

  const startEdit = (id: string, col: number) => {
    const row = rows.find((r) => r.stakeholder.id === id);
    const column = columns[col];
    if (!row || !column?.editor) return false;
    setEditing({ id, col, initial: cellValue(column, row.stakeholder), error: null });
    return true;
  };

  const finishEdit = (value: CellValue, byKey: boolean) => {
    if (editing === null) return;
    const row = rows.find((r) => r.stakeholder.id === editing.id);
    const column = columns[editing.col];
    if (!row || !column) return setEditing(null);
    let changes;
    try {
      changes = cellChanges(column, row.stakeholder, value);
    } catch (error) {
      setEditing({ ...editing, initial: value, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    setEditing(null);
    if (byKey) focusLater(editing.id, editing.col);
    if (changes !== null) void actions.editStakeholderFields(editing.id, changes);
  };

  const cancelEdit = () => {
    if (editing !== null) focusLater(editing.id, editing.col);
    setEditing(null);
  };

  return { editing, startEdit, finishEdit, cancelEdit };
}
