// One stakeholder's row in the list: its "Choose" box, the name as the row header, then a cell per
// column. A focused cell of an editable column opens its editor with Enter, F2 or a double click.
import type { FocusEvent, KeyboardEvent } from 'react';
import type { Column, Row } from '../../graph/grid-columns';
import type { CellValue } from '../../graph/grid-cell-edit';
import { CellEditor } from './CellEditor';

export interface RowEditing {
  readonly col: number;
  readonly initial: CellValue;
  readonly error: string | null;
}

interface Props {
  readonly row: Row;
  readonly index: number;
  readonly columns: readonly Column[];
  /** Which part of this row is in the Tab order: the row (null), a cell, or nothing (undefined). */
  readonly tabStop: number | null | undefined;
  readonly selected: boolean;
  readonly lit: boolean;
  readonly anchor: boolean;
  readonly chosen: boolean;
  readonly editing: RowEditing | null;
  readonly onChoose: (on: boolean, range: boolean) => void;
  readonly onFocusAt: (col: number | null) => void;
  readonly onOpen: () => void;
  readonly onEdit: (col: number) => void;
  readonly onKey: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  readonly onEditDone: (value: CellValue, byKey: boolean) => void;
  readonly onEditCancel: () => void;
}

function CellContent({ column, row }: { readonly column: Column; readonly row: Row }) {
  if (column.id === 'categories' && row.categoryLabels === '') return <span className="muted">Uncategorized</span>;
  return <>{column.text(row)}</>;
}

export function GridRow(p: Props) {
  const { row, columns, editing } = p;
  const s = row.stakeholder;
  const cellProps = (i: number) => ({
    'data-col': i,
    tabIndex: p.tabStop === i ? 0 : -1,
    onFocus: (e: FocusEvent) => {
      e.stopPropagation();
      p.onFocusAt(i);
    },
    onDoubleClick: columns[i]?.editor ? () => p.onEdit(i) : undefined,
  });
  return (
    <tr
      data-id={s.id}
      aria-rowindex={p.index + 2}
      tabIndex={p.tabStop === null ? 0 : -1}
      onFocus={() => p.onFocusAt(null)}
      aria-current={p.selected ? 'true' : undefined}
      className={[p.selected && 'row-selected', p.lit && 'row-highlighted', p.chosen && 'row-chosen'].filter(Boolean).join(' ') || undefined}
      onClick={p.onOpen}
      onKeyDown={p.onKey}
    >
      <td className="check-col" onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          aria-label={`Choose ${s.name}`}
          checked={p.chosen}
          onClick={(e) => p.onChoose(e.currentTarget.checked, e.shiftKey)}
          onChange={() => undefined}
          onKeyDown={(e) => e.stopPropagation()}
        />
      </td>
      <th scope="row" {...cellProps(0)}>
        {s.name}
        {p.anchor && <span className="badge">Anchor</span>}
        {s.confidential && <span className="badge badge-quiet">Confidential</span>}
        {p.lit && <span className="badge badge-highlight">Highlighted</span>}
      </th>
      {columns.slice(1).map((c, j) => (
        <td key={c.id} {...cellProps(j + 1)} className={[c.editor && 'editable', editing?.col === j + 1 && 'editing'].filter(Boolean).join(' ') || undefined}>
          {editing?.col === j + 1 ? (
            <CellEditor column={c} name={s.name} initial={editing.initial} error={editing.error} onDone={p.onEditDone} onCancel={p.onEditCancel} />
          ) : (
            <CellContent column={c} row={row} />
          )}
        </td>
      ))}
    </tr>
  );
}
