// Applying an import or a merge to the open map: each is ONE edit of the store (one save, one undo
// step). The checks of addImportToMap and mergeMaps run inside the edit, against the map as it is
// then; a refusal comes back as a message for the dialog and leaves the map (and the file) as it was.
import type { MapAddition } from '../../../../shared/exchange/graph-to-map';
import { addImportToMap } from '../../../../shared/exchange/merge-into-map';
import { mergeMaps, type MergeDecisions, type MergeSummary } from '../../../../shared/exchange/merge-maps';
import type { ReconcilePlan } from '../../../../shared/exchange/reconcile';
import { applyReconciliation, type ReconcileDecisions, type ReconcileSummary } from '../../../../shared/exchange/reconcile-apply';
import { categoryInfo, type CategoryId } from '../../../../shared/categories';
import { mergeStakeholders } from '../../../../shared/edits';
import type { MapDocument } from '../../../../shared/model';
import { describeFailure } from '../core/failure';
import { filledFieldNames, importAudit, mergeAudit } from './import-audit';
import type { EditOptions, CoreStore } from '../core/store';

export type ApplyOutcome<T> =
  | { readonly ok: true; readonly value: T }
  /** Nothing changed: the map would not be valid, or the save failed (`message` says which). */
  | { readonly ok: false; readonly message: string };

export interface ImportCounts {
  readonly stakeholders: number;
  readonly ties: number;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function describeMergeSummary(s: MergeSummary): string {
  return (
    `${plural(s.stakeholdersAdded, 'stakeholder', 'stakeholders')} added, ${s.stakeholdersMerged} merged with ones already on the map; ` +
    `${plural(s.tiesAdded, 'tie', 'ties')} added, ${s.tiesCollapsed} left out as repeats` +
    (s.servicesAdded > 0 ? `; ${plural(s.servicesAdded, 'service', 'services')} added to the catalog` : '')
  );
}

export function describeReconcileSummary(s: ReconcileSummary): string {
  return (
    `${plural(s.added, 'stakeholder', 'stakeholders')} added, ${s.updated} updated, ${s.unchanged} already up to date` +
    (s.duplicates > 0 ? `, ${s.duplicates} repeated rows folded in` : '') +
    (s.skipped > 0 ? `, ${s.skipped} skipped` : '') +
    `; ${plural(s.tiesAdded, 'tie', 'ties')} added`
  );
}

/** Runs `change` as one edit; its refusals become an outcome instead of a notice behind the dialog. */
async function applyEdit<T>(core: CoreStore, what: string, change: (map: MapDocument) => { map: MapDocument; value: T }, options: EditOptions = {}): Promise<ApplyOutcome<T>> {
  const outcome = await core.edit<ApplyOutcome<T>>(what, (map) => {
    try {
      const { map: next, value } = change(map);
      return { map: next, value: { ok: true, value } };
    } catch (error) {
      return { map, value: { ok: false, message: describeFailure(error) } };
    }
  }, options);
  return outcome ?? { ok: false, message: `The change could not be saved, so nothing was changed. ${core.getState().notices.at(-1)?.message ?? ''}`.trim() };
}

/** The map with `category` added to each of these stakeholders that lacks it, and how many changed. */
function withCategory(map: MapDocument, ids: ReadonlySet<string>, category: CategoryId, now: string): { map: MapDocument; value: number } {
  let changed = 0;
  const stakeholders = map.stakeholders.map((s) => {
    if (!ids.has(s.id) || s.categories.includes(category)) return s;
    changed += 1;
    return { ...s, categories: [...s.categories, category], updatedAt: now };
  });
  return { map: changed === 0 ? map : { ...map, stakeholders }, value: changed };
}

export function createImportActions(core: CoreStore) {
  return {
    /**
     * Adds an import's stakeholders and ties; true outcome carries the counts added. `fieldNames`
     * (the sheet's mapped fields) go to the audit log; a graph file's are read off what it filled.
     */
    applyImport: async (addition: Pick<MapAddition, 'stakeholders' | 'ties'>, fileName: string, fieldNames?: readonly string[]): Promise<ApplyOutcome<ImportCounts>> => {
      const audit = importAudit(addition.stakeholders.length, fieldNames ?? filledFieldNames(addition.stakeholders));
      const outcome = await applyEdit(
        core,
        `the import of ${fileName}`,
        (map) => ({
          map: addImportToMap(map, addition, fileName),
          value: { stakeholders: addition.stakeholders.length, ties: addition.ties.length },
        }),
        { audit },
      );
      if (outcome.ok) {
        const { stakeholders, ties } = outcome.value;
        core.notifyUndoable('info', `Imported ${plural(stakeholders, 'stakeholder', 'stakeholders')} and ${plural(ties, 'tie', 'ties')} from ${fileName}. Undo removes the whole import.`);
      }
      return outcome;
    },
    /**
     * Applies a reviewed import (new, updates, repeats, skips) as one edit, checked against the map
     * as it is then; nothing is saved when nothing would change.
     */
    applyReconciledImport: async (
      addition: Pick<MapAddition, 'stakeholders' | 'ties'>,
      plan: ReconcilePlan,
      decisions: ReconcileDecisions,
      fileName: string,
      fieldNames?: readonly string[],
    ): Promise<ApplyOutcome<ReconcileSummary>> => {
      const audit = importAudit(addition.stakeholders.length, fieldNames ?? filledFieldNames(addition.stakeholders));
      const outcome = await applyEdit(
        core,
        `the import of ${fileName}`,
        (map) => {
          const result = applyReconciliation(map, addition, plan, decisions, { now: core.ctx().now, file: fileName });
          return { map: result.map, value: result.summary };
        },
        { audit },
      );
      if (outcome.ok) core.notifyUndoable('info', `Imported ${fileName}: ${describeReconcileSummary(outcome.value)}. Undo takes the whole import back.`);
      return outcome;
    },
    /**
     * Merges two stakeholders of the open map into one (the kept record keeps its values and fills
     * its blanks from the other; ties, meetings and tasks move; confidential if either was): one
     * edit, one undo step. The outcome carries the kept record's id.
     */
    mergeTwoStakeholders: async (keepId: string, dropId: string): Promise<ApplyOutcome<string>> => {
      const outcome = await applyEdit(core, 'the merge of two stakeholders', (map) => ({ map: mergeStakeholders(map, keepId, dropId, core.ctx()), value: keepId }), {
        audit: { action: 'merge', recordCount: 1, fieldNames: [] },
      });
      if (outcome.ok) core.notify('info', 'Merged the two stakeholders into one. Undo separates them again.');
      else core.notify('error', outcome.message);
      return outcome;
    },
    /** Adds one category to each of these stakeholders (those without one, from Insights): one edit, one undo step. */
    categorizeStakeholders: async (ids: readonly string[], category: CategoryId): Promise<ApplyOutcome<number>> => {
      const wanted = new Set(ids);
      const outcome = await applyEdit(core, 'the new categories', (map) => withCategory(map, wanted, category, core.ctx().now));
      if (outcome.ok) core.notify('info', `${plural(outcome.value, 'stakeholder', 'stakeholders')} now counted as ${categoryInfo(category).label.toLowerCase()}. Undo takes it back.`);
      else core.notify('error', outcome.message);
      return outcome;
    },
    /** Merges another map with the pairs the user accepted; the outcome carries mergeMaps' summary. */
    applyMerge: async (incoming: MapDocument, decisions: MergeDecisions, sourceLabel: string): Promise<ApplyOutcome<MergeSummary>> => {
      const outcome = await applyEdit(core, `the merge of ${sourceLabel}`, (map) => {
        const result = mergeMaps(map, incoming, decisions, { ...core.ctx(), sourceLabel });
        return { map: result.map, value: result.summary };
      }, { audit: mergeAudit(incoming.stakeholders) });
      if (outcome.ok) core.notifyUndoable('info', `Merged ${sourceLabel}: ${describeMergeSummary(outcome.value)}. Undo takes the whole merge back.`);
      return outcome;
    },
  };
}
