// Keeping typed work when the user looks elsewhere. Leaving a stakeholder whose form holds changes
// saves them (one undo step, and a notice that ends when it is undone); changes that cannot be
// saved as they are (no name, or refused) stay as a draft and come back when the record is opened
// again. A new stakeholder's form is never saved unasked: its draft waits for "Add stakeholder".
import type { StakeholderDraft } from '../../../../shared/edits';
import type { AppState } from './app-state';
import { differsFrom, newDraftHasContent, NEW_DRAFT, toSaved, withNoteDraft, withStakeholderDraft, type PanelDraft } from './drafts';
import { blankDraft } from './stakeholder-edits';
import type { CoreStore } from './store';

type SaveEdit = (id: string | null, draft: StakeholderDraft, isAnchor: boolean) => Promise<string | null>;

export function createDraftActions(core: CoreStore, saveEdit: SaveEdit) {
  const { getState, setState } = core;
  const setDraft = (key: string, entry: PanelDraft | null) => setState((s) => ({ drafts: withStakeholderDraft(s.drafts, key, entry) }));

  /** Saves (or keeps) the draft of the record the panel shows, before the panel shows something else. */
  function leaveRecord(state: AppState = getState()): void {
    const { panel, selection, drafts, map } = state;
    if (!map) return;
    if (panel === 'adding') {
      const entry = drafts.stakeholders[NEW_DRAFT];
      if (entry && newDraftHasContent(entry, blankDraft())) {
        core.notify('info', 'The new stakeholder is not saved yet: “Add stakeholder” brings back what you typed.');
      } else if (entry) setDraft(NEW_DRAFT, null);
      return;
    }
    if (panel !== 'selected' || selection === null) return;
    const entry = drafts.stakeholders[selection];
    if (!entry) return;
    if (!differsFrom(entry, map, selection)) {
      setDraft(selection, null);
      return;
    }
    const saved = toSaved(entry);
    const before = map.stakeholders.find((s) => s.id === selection)?.name ?? saved.draft.name;
    if (saved.draft.name === '') {
      core.notify('warning', `Your changes to “${before}” are not saved: a stakeholder needs a name. They are kept and come back when you open “${before}” again.`);
      return;
    }
    void saveEdit(selection, saved.draft, saved.anchor).then((id) => {
      if (id === null) return; // the notice says why; the draft stays for the next visit
      // Typing may have gone on in another record meanwhile; only this record's draft goes.
      if (getState().drafts.stakeholders[selection] === entry) setDraft(selection, null);
      core.notifyUndoable('info', `Saved your changes to “${saved.draft.name}”. Undo takes them back.`);
    });
  }

  return {
    leaveRecord,
    /** The panel form reports every change here, so the typed text outlives the form. */
    keepStakeholderDraft: (key: string, entry: PanelDraft) => setDraft(key, entry),
    /** After Save (the record holds it now) or Cancel (the user threw it away). */
    dropStakeholderDraft: (key: string) => setDraft(key, null),
    keepNoteDraft: (key: string, text: string) => setState((s) => ({ drafts: withNoteDraft(s.drafts, key, text) })),
    dropNoteDraft: (key: string) => setState((s) => ({ drafts: withNoteDraft(s.drafts, key, null) })),
  };
}
