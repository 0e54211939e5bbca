// What the groups of window actions share: the core store, the Node side, where new stakeholders
// go, and the one edit behind the panel's Save (the list's cells save through it too).
import type { StakeholderDraft } from '../../../../shared/edits';
import type { MapDocument } from '../../../../shared/model';
import type { RendererApi } from '../../api';
import { isEditLocked } from '../safety/presentation';
import { keepHiddenFields } from '../safety/sensitive-fields';
import { createDraftActions } from './draft-actions';
import { saveStakeholder } from './stakeholder-edits';
import type { CoreStore } from './store';

export type Point = { readonly x: number; readonly y: number };
export type Placement = (map: MapDocument) => Point | null;

export interface AppContext {
  readonly core: CoreStore;
  readonly api: RendererApi;
  /** The map view tells the store where new stakeholders should appear. */
  readonly placement: { place: Placement };
  readonly saveStakeholderEdit: (id: string | null, draft: StakeholderDraft, isAnchor: boolean) => Promise<string | null>;
  readonly drafts: ReturnType<typeof createDraftActions>;
  /** Whatever replaces the open map first saves the panel's typed changes (queued before the open). */
  readonly leaving: <T>(then: () => T) => T;
}

export function nameOf(map: MapDocument | null, id: string): string {
  return map?.stakeholders.find((s) => s.id === id)?.name ?? 'the stakeholder';
}

/** The edit behind the panel's Save (and behind saving a draft on leaving), without moving the selection. */
function stakeholderSaver(core: CoreStore, placement: { place: Placement }): AppContext['saveStakeholderEdit'] {
  const { edit, getState } = core;
  return (id, draft, isAnchor) =>
    edit(id === null ? `the new stakeholder “${draft.name}”` : `the changes to “${draft.name}”`, (map) => {
      // The form shows placeholders while presenting; saving it would overwrite the real details.
      if (isEditLocked(map, id, getState().security.presenting)) throw new Error('confidential details cannot be edited in presentation mode.');
      const position = id === null ? placement.place(map) : null;
      // With sensitive fields hidden the form showed blanks; saving must not erase the real values.
      const shown = getState().security.hideSensitive ? keepHiddenFields(draft, map.stakeholders.find((s) => s.id === id)) : draft;
      const placed = position ? { ...shown, position } : shown;
      const saved = saveStakeholder(map, id, placed, isAnchor, core.ctx());
      return { map: saved.map, value: saved.id };
    });
}

export function createAppContext(core: CoreStore, api: RendererApi): AppContext {
  const placement = { place: (() => null) as Placement };
  const saveStakeholderEdit = stakeholderSaver(core, placement);
  const drafts = createDraftActions(core, saveStakeholderEdit);
  const leaving = <T>(then: () => T): T => {
    drafts.leaveRecord();
    return then();
  };
  return { core, api, placement, saveStakeholderEdit, drafts, leaving };
}
