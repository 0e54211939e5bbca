// Applying an import or a merge to the open map: each is ONE edit of the store (one save, one undo
// step). The checks of addImportToMap and mergeMaps run inside the edit, against the map as it is
// then; a refusal comes back as a message for the dialog and leaves the map (and the file) as it was.
import type { MapAddition } from '../../../shared/exchange/graph-to-map';
import { addImportToMap } from '../../../shared/exchange/merge-into-map';
import { mergeMaps, type MergeDecisions, type MergeSummary } from '../../../shared/exchange/merge-maps';
import type { MapDocument } from '../../../shared/model';
import { describeFailure } from './failure';
import { filledFieldNames, importAudit, mergeAudit } from './import-audit';
import type { EditOptions, CoreStore } from './store';

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

export function createImportActions(core: CoreStore) {
  /** Runs `change` as one edit; its refusals become an outcome instead of a notice behind the dialog. */
  async function applyEdit<T>(what: string, change: (map: MapDocument) => { map: MapDocument; value: T }, options: EditOptions = {}): Promise<ApplyOutcome<T>> {
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

  return {
    /**
     * Adds an import's stakeholders and ties; true outcome carries the counts added. `fieldNames`
     * (the sheet's mapped fields) go to the audit log; a graph file's are read off what it filled.
     */
    applyImport: async (addition: Pick<MapAddition, 'stakeholders' | 'ties'>, fileName: string, fieldNames?: readonly string[]): Promise<ApplyOutcome<ImportCounts>> => {
      const audit = importAudit(addition.stakeholders.length, fieldNames ?? filledFieldNames(addition.stakeholders));
      const outcome = await applyEdit(
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
    /** Merges another map with the pairs the user accepted; the outcome carries mergeMaps' summary. */
    applyMerge: async (incoming: MapDocument, decisions: MergeDecisions, sourceLabel: string): Promise<ApplyOutcome<MergeSummary>> => {
      const outcome = await applyEdit(`the merge of ${sourceLabel}`, (map) => {
        const result = mergeMaps(map, incoming, decisions, { ...core.ctx(), sourceLabel });
        return { map: result.map, value: result.summary };
      }, { audit: mergeAudit(incoming.stakeholders) });
      if (outcome.ok) core.notifyUndoable('info', `Merged ${sourceLabel}: ${describeMergeSummary(outcome.value)}. Undo takes the whole merge back.`);
      return outcome;
    },
  };
}
