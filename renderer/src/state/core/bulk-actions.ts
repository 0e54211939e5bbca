// The list's checked rows and what the bulk bar does with them: each bulk change is one edit of
// the map (shared/edits-bulk), so one save and one undo step, with a notice that ends on undo.
import { bulkRemove, bulkUpdate, type BulkChange } from '../../../../shared/edits-bulk';
import { CATEGORIES } from '../../../../shared/categories';
import { STAGE_LABELS } from '../../../../shared/labels';
import { plural } from '../../../../shared/analysis/context';
import { withStakeholderDraft } from './drafts';
import type { CoreStore } from './store';

/**
 * The checked ids after a click on `id`: alone it toggles that row; with Shift it sets every row
 * between the last clicked one (`anchor`) and this one, in the order shown, to this row's new state.
 */
export function checkedAfterClick(order: readonly string[], checked: readonly string[], anchor: string | null, id: string, on: boolean, range: boolean): string[] {
  const set = new Set(checked);
  const from = anchor === null ? -1 : order.indexOf(anchor);
  const to = order.indexOf(id);
  const span = range && from !== -1 && to !== -1 ? order.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
  for (const x of span) if (on) set.add(x); else set.delete(x);
  return order.filter((x) => set.has(x)).concat([...set].filter((x) => !order.includes(x)));
}

function describeChange(change: BulkChange, count: number): string {
  const who = plural(count, 'stakeholder');
  switch (change.kind) {
    case 'add-category':
      return `Added the category ${CATEGORIES.find((c) => c.id === change.category)?.label ?? change.category} to ${who}.`;
    case 'set-category':
      return `Set the category of ${who} to ${CATEGORIES.find((c) => c.id === change.category)?.label ?? change.category}.`;
    case 'stage':
      return `Set the stage of ${who} to ${STAGE_LABELS[change.stage]}.`;
    case 'add-tag':
      return `Tagged ${who} “${change.tag}”.`;
    case 'custom':
      return `Set ${change.field} to “${change.value}” for ${who}.`;
  }
}

export function createBulkActions(core: CoreStore) {
  const { getState, setState } = core;
  return {
    setChecked: (ids: readonly string[]) => setState({ checked: ids }),
    /** Shift+click on the map: one stakeholder joins or leaves the choice. */
    toggleChecked: (id: string) => setState((s) => ({ checked: s.checked.includes(id) ? s.checked.filter((x) => x !== id) : [...s.checked, id] })),
    bulkEdit: (change: BulkChange) => {
      const ids = new Set(getState().checked);
      return core.edit(`the change to ${plural(ids.size, 'stakeholder')}`, (map) => {
        const { map: next, count } = bulkUpdate(map, ids, change, core.ctx());
        return { map: next, value: count };
      }).then((count) => {
        if (count !== null) core.notifyUndoable('info', count === 0 ? 'Nothing to change: everyone chosen already had that.' : `${describeChange(change, count)} Undo takes it back.`);
        return count;
      });
    },
    bulkDelete: () => {
      const ids = new Set(getState().checked);
      return core.edit(`the removal of ${plural(ids.size, 'stakeholder')}`, (map) => {
        const { map: next, count } = bulkRemove(map, ids);
        return { map: next, value: count };
      }, { audit: { action: 'delete', recordCount: ids.size, fieldNames: [] } }).then((count) => {
        if (count === null) return null;
        setState((s) => ({
          checked: [],
          drafts: [...ids].reduce((d, id) => withStakeholderDraft(d, id, null), s.drafts),
          ...(s.selection !== null && ids.has(s.selection) ? { selection: null, panel: 'closed' as const } : {}),
        }));
        core.notifyUndoable('info', `Deleted ${plural(count, 'stakeholder')}. Undo brings them back.`);
        return count;
      });
    },
  };
}
