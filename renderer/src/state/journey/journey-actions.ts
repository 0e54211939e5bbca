// The journey's one store action: any pure journey edit (shared/journey) as one edit of the map,
// so it is saved, undoable and refused as a whole when it does not hold.
import type { EditContext } from '../../../../shared/edits';
import type { MapDocument } from '../../../../shared/model';
import type { CoreStore } from '../core/store';

export type JourneyChange = (map: MapDocument, ctx: EditContext) => MapDocument;

export function createJourneyActions(core: Pick<CoreStore, 'edit' | 'ctx'>) {
  return {
    /** True once the change is saved; false when it was refused or the save failed (a notice says why). */
    editJourney: (what: string, change: JourneyChange) =>
      core.edit(what, (map) => ({ map: change(map, core.ctx()), value: true })).then((done) => done === true),
  };
}
