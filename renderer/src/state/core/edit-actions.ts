// Changes to the map the panel and dialogs make. Each is one edit of the core store: one save, one
// undo step.
import { addTie, removeStakeholder, removeTie, updateTie, type StakeholderDraft, type TieDraft } from '../../../../shared/edits';
import { applyCoalitionProfile } from '../../../../shared/edits-catalog';
import type { Coalition } from '../../../../shared/model';
import { erasePeople } from '../../../../shared/privacy/erase';
import { DELETE_AUDIT, eraseFromBackups, noticesWithout } from '../safety/secure-delete';
import { withoutHiddenTieNotes } from '../safety/sensitive-fields';
import { nameOf, type AppContext } from './app-context';
import { draftOf, saveStakeholder, setPositions, type Positions } from './stakeholder-edits';
import { isEditLocked } from '../safety/presentation';
import { withStakeholderDraft } from './drafts';

interface RemoveOptions {
  readonly eraseHistory?: boolean;
  readonly spellings?: readonly string[];
}

/**
 * Deletes a stakeholder (one undo step). With `eraseHistory` the undo/redo history is dropped in
 * the same commit, notices naming them go too, and the Node side rewrites the map's backups
 * without them: afterwards nothing in the window or the data folder's copies of the map holds them.
 */
function stakeholderRemover({ core, drafts }: AppContext) {
  const { edit, getState, setState } = core;
  return (id: string, removeOptions: RemoveOptions = {}) => {
    const name = nameOf(getState().map, id);
    const erase = removeOptions.eraseHistory === true;
    // An erase also scrubs the mentions of their name (`spellings`: the dialog's certain and chosen ones).
    const spellings = erase ? (removeOptions.spellings ?? []) : [];
    return edit(
      erase ? 'the removal of the stakeholder' : `the removal of “${name}”`,
      (map) => ({ map: erase ? (erasePeople(map, new Set([id]), spellings) ?? removeStakeholder(map, id)) : removeStakeholder(map, id), value: true }),
      { audit: DELETE_AUDIT, ...(erase ? { history: 'clear' as const, erase: eraseFromBackups(id, spellings) } : {}) },
    ).then((done) => {
      if (done) drafts.dropStakeholderDraft(id);
      if (done && getState().selection === id) setState({ selection: null, panel: 'closed' });
      if (done && erase) setState((s) => ({ notices: noticesWithout(s.notices, name) }));
      return done === true;
    });
  };
}

export function createEditActions(app: AppContext) {
  const { core, saveStakeholderEdit } = app;
  const { edit, setState, getState } = core;
  return {
    saveStakeholder: (id: string | null, draft: StakeholderDraft, isAnchor: boolean) =>
      saveStakeholderEdit(id, draft, isAnchor).then((newId) => {
        // A new stakeholder is selected and centred, so the user sees where it landed.
        if (newId !== null) setState((s) => ({ selection: newId, panel: 'selected', focusRequest: id === null ? s.focusRequest + 1 : s.focusRequest }));
        return newId;
      }),
    removeStakeholder: stakeholderRemover(app),
    addTie: (draft: TieDraft) =>
      edit('the new tie', (map) => {
        const added = addTie(map, draft, core.ctx());
        return { map: added.map, value: added.id };
      }),
    updateTie: (id: string, changes: Partial<TieDraft>) =>
      // With sensitive fields hidden the tie form showed blank notes: keep the real ones.
      edit('the tie', (map) => ({ map: updateTie(map, id, getState().security.hideSensitive ? withoutHiddenTieNotes(changes) : changes, core.ctx()), value: true })),
    removeTie: (id: string) => edit('the removal of the tie', (map) => ({ map: removeTie(map, id), value: true })),
    /** Saves the whole coalition profile as one edit (one undo step); true when it is on disk. */
    saveProfile: (profile: Coalition) =>
      edit('the coalition profile', (map) => ({ map: applyCoalitionProfile(map, profile, core.ctx()), value: true })).then((done) => done === true),
    setPositions: (positions: Positions, history: boolean) =>
      edit('the map layout', (map) => ({ map: setPositions(map, positions), value: true }), { history }),
    /**
     * A list cell's change: merged into the record as it is when the edit runs and saved by the
     * panel's own function (saveStakeholder), so one save and one undo step, locked while presenting.
     */
    editStakeholderFields: (id: string, changes: Partial<StakeholderDraft>) => {
      // The panel's unsaved draft of this record takes the change too: else leaving the panel
      // would save the draft's older value over the cell's.
      setState((s) => {
        const entry = s.drafts.stakeholders[id];
        if (!entry) return {};
        const tagsText = changes.tags ? changes.tags.join(', ') : entry.tagsText;
        return { drafts: withStakeholderDraft(s.drafts, id, { ...entry, draft: { ...entry.draft, ...changes }, tagsText }) };
      });
      return edit(`the change to “${nameOf(getState().map, id)}”`, (map) => {
        if (isEditLocked(map, id, getState().security.presenting)) throw new Error('confidential details cannot be edited in presentation mode.');
        const current = map.stakeholders.find((s) => s.id === id);
        if (!current) throw new Error('that stakeholder is no longer on the map.');
        const saved = saveStakeholder(map, id, { ...draftOf(current), ...changes }, map.coalition.anchorId === id, core.ctx());
        return { map: saved.map, value: true };
      }).then((done) => done === true);
    },
    undo: () => core.step('undo'),
    redo: () => core.step('redo'),
  };
}
