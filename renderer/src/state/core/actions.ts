// The actions the views call. Each map change is one edit of the core store: one save, one undo step.
import { addTie, removeStakeholder, removeTie, updateTie, type StakeholderDraft, type TieDraft } from '../../../../shared/edits';
import { applyCoalitionProfile } from '../../../../shared/edits-catalog';
import type { Coalition, MapDocument } from '../../../../shared/model';
import type { RendererApi } from '../../api';
import type { Filters, View } from './app-state';
import { saveStakeholder, setPositions, type Positions } from './stakeholder-edits';
import { describeFailure } from './failure';
import { createImportActions } from '../import/import-actions';
import { isEditLocked } from '../safety/presentation';
import { createSecurityActions } from '../safety/security-actions';
import { windowSecurityApi } from '../safety/security-api';
import { createInsightsActions, withDetailsTab } from '../insights/insights-actions';
import { createJourneyActions } from '../journey/journey-actions';
import { createCoreStore, type StoreOptions } from './store';
import { createBulkActions } from './bulk-actions';
import { createDraftActions } from './draft-actions';
import { createDisplaySettings, windowSettingsStorage, type SettingsStorage } from './display-settings';
import { DELETE_AUDIT, eraseFromBackups, noticesWithout } from '../safety/secure-delete';
import { erasePeople } from '../../../../shared/privacy/erase';
import { keepHiddenFields, withoutHiddenTieNotes } from '../safety/sensitive-fields';
import { createSharingActions } from '../sharing/sharing-actions';
import { windowSharingApi } from '../sharing/sharing-api';

type Point = { readonly x: number; readonly y: number };

function nameOf(map: MapDocument | null, id: string): string {
  return map?.stakeholders.find((s) => s.id === id)?.name ?? 'the stakeholder';
}

export interface AppStoreOptions extends StoreOptions {
  /** Where per-computer settings live; the window's localStorage unless a test passes its own. */
  readonly settings?: SettingsStorage | null;
  /** The session already asked for while the window started (early-session.ts); used once. */
  readonly earlySession?: ReturnType<RendererApi['startSession']> | null;
}

export function createAppStore(api: RendererApi, options: AppStoreOptions = {}) {
  const core = createCoreStore(api, options);
  const { edit, setState, getState, openWith } = core;
  /** The map view tells the store where new stakeholders should appear. */
  let placeNew: (map: MapDocument) => Point | null = () => null;
  let earlySession = options.earlySession ?? null;

  /** The edit behind the panel's Save (and behind saving a draft on leaving), without moving the selection. */
  const saveStakeholderEdit = (id: string | null, draft: StakeholderDraft, isAnchor: boolean) =>
    edit(id === null ? `the new stakeholder “${draft.name}”` : `the changes to “${draft.name}”`, (map) => {
      // The form shows placeholders while presenting; saving it would overwrite the real details.
      if (isEditLocked(map, id, getState().security.presenting)) throw new Error('confidential details cannot be edited in presentation mode.');
      const position = id === null ? placeNew(map) : null;
      // With sensitive fields hidden the form showed blanks; saving must not erase the real values.
      const shown = getState().security.hideSensitive ? keepHiddenFields(draft, map.stakeholders.find((s) => s.id === id)) : draft;
      const placed = position ? { ...shown, position } : shown;
      const saved = saveStakeholder(map, id, placed, isAnchor, core.ctx());
      return { map: saved.map, value: saved.id };
    });
  const drafts = createDraftActions(core, saveStakeholderEdit);
  /** Whatever replaces the open map first saves the panel's typed changes (queued before the open). */
  const leaving = <T>(then: () => T): T => {
    drafts.leaveRecord();
    return then();
  };

  const actions = {
    start: () =>
      openWith('open your map', () => {
        const session = earlySession ?? api.startSession({});
        earlySession = null;
        return session;
      }),
    newMap: (template: 'empty' | 'sample', name: string) =>
      leaving(() => openWith(template === 'sample' ? 'open the sample coalition' : 'start a new map', () => api.newMap({ name, template }))),
    openMap: () => leaving(() => openWith('open that map', () => api.openMapDialog({}))),
    openRecent: (path: string) => leaving(() => openWith('open that map', () => api.openRecent({ path }))),
    /** The recent maps, newest first, for the toolbar's Open recent menu. */
    listRecent: () => api.listRecent({}),
    /** With a passphrase: an encrypted backup of a map that could not be opened (its way back). */
    restoreBackup: (path: string, backupId: string, passphrase?: string) =>
      openWith('restore the backup', () => api.restoreBackup(passphrase === undefined ? { path, backupId } : { path, backupId, passphrase })),
    listEncryptedBackups: (path: string, passphrase: string) => api.listBackups({ path, passphrase }),
    backToMap: () => setState((s) => (s.map ? { phase: 'ready', problem: null } : {})),
    saveAs: () =>
      core.queue.run(async () => {
        const map = getState().map;
        if (!map) return false;
        try {
          // The map is not sent: the Node side holds this very map (every edit lands there first), and a big one would not fit in a message.
          const opened = await api.saveMapAsDialog({});
          if (!opened) return false;
          setState({ file: opened.file, map: opened.map });
          core.notify('info', `Saved a copy as ${opened.file.fileName}; you are now working in it.`);
          return true;
        } catch (error) {
          core.notify('error', `Could not save the map under a new name: ${describeFailure(error)} The map you had open is unchanged.`);
          return false;
        }
      }),

    saveStakeholder: (id: string | null, draft: StakeholderDraft, isAnchor: boolean) =>
      saveStakeholderEdit(id, draft, isAnchor).then((newId) => {
        // A new stakeholder is selected and centred, so the user sees where it landed.
        if (newId !== null) setState((s) => ({ selection: newId, panel: 'selected', focusRequest: id === null ? s.focusRequest + 1 : s.focusRequest }));
        return newId;
      }),
    /**
     * Deletes a stakeholder (one undo step). With `eraseHistory` the undo/redo history is dropped in
     * the same commit, notices naming them go too, and the Node side rewrites the map's backups
     * without them: afterwards nothing in the window or the data folder's copies of the map holds them.
     */
    removeStakeholder: (id: string, removeOptions: { readonly eraseHistory?: boolean; readonly spellings?: readonly string[] } = {}) => {
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
    },
    addTie: (draft: TieDraft) => edit('the new tie', (map) => {
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

    undo: () => core.step('undo'),
    redo: () => core.step('redo'),

    select: (id: string | null, centre = false) => {
      const { panel, selection } = getState();
      // Clicking the map while adding keeps the form; clicking the one already open changes nothing.
      const staying = panel === 'adding' ? id === null : panel === 'selected' && id === selection;
      if (!staying) drafts.leaveRecord();
      setState((s) => ({
        selection: id,
        panel: id === null ? (s.panel === 'adding' ? 'adding' : 'closed') : 'selected',
        focusRequest: centre && id !== null ? s.focusRequest + 1 : s.focusRequest,
        insights: id === null ? s.insights : withDetailsTab(s.insights),
      }));
    },
    startAdding: () => {
      if (getState().panel !== 'adding') drafts.leaveRecord();
      setState((s) => ({ selection: null, panel: 'adding', insights: withDetailsTab(s.insights) }));
    },
    closePanel: () => {
      drafts.leaveRecord();
      setState({ panel: 'closed', selection: null });
    },
    setView: (view: View) => setState({ view }),
    fitMap: () => setState((s) => ({ view: 'map', fitRequest: s.fitRequest + 1 })),
    setFilters: (filters: Partial<Filters>) => setState((s) => ({ filters: { ...s.filters, ...filters } })),
    setPlacement: (place: (map: MapDocument) => Point | null) => {
      placeNew = place;
    },
    notify: core.notify,
    notifyUndoable: core.notifyUndoable,
    ...drafts,
    ...createBulkActions(core),
    dismissNotice: core.dismissNotice,
    ...createInsightsActions(setState, getState),
    ...createImportActions(core),
    ...createSecurityActions(core, windowSecurityApi),
    ...createSharingActions(core, windowSharingApi),
    // After the security actions: its setAutoLockMinutes also remembers the choice.
    ...createDisplaySettings(core, options.settings === undefined ? windowSettingsStorage() : options.settings),
    ...createJourneyActions(core),
  };

  /** File > Open recent in the native menu opens like any other map (problem screen on failure). */
  const listenToMenuOpenRecent = (): (() => void) => api.onMenuOpenRecent((path) => void actions.openRecent(path));

  return { getState, subscribe: core.subscribe, actions, idle: () => core.queue.idle(), onMenuCommand: api.onMenuCommand, listenToMenuOpenRecent };
}

export type AppStore = ReturnType<typeof createAppStore>;
export type Actions = AppStore['actions'];
