// The actions the views call, gathered from their groups (files, edits, what the window shows,
// drafts, bulk, insights, import, security, settings, journey). Each map change is one edit of the
// core store: one save, one undo step.
import type { RendererApi } from '../../api';
import { createImportActions } from '../import/import-actions';
import { createSecurityActions } from '../safety/security-actions';
import { windowSecurityApi } from '../safety/security-api';
import { createSharingActions } from '../sharing/sharing-actions';
import { windowSharingApi } from '../sharing/sharing-api';
import { createInsightsActions } from '../insights/insights-actions';
import { createJourneyActions } from '../journey/journey-actions';
import { createCoreStore, type StoreOptions } from './store';
import { createBulkActions } from './bulk-actions';
import { createDisplaySettings, windowSettingsStorage, type SettingsStorage } from './display-settings';
import { createAppContext } from './app-context';
import { createFileActions } from './file-actions';
import { createEditActions } from './edit-actions';
import { createViewActions } from './view-actions';

export interface AppStoreOptions extends StoreOptions {
  /** Where per-computer settings live; the window's localStorage unless a test passes its own. */
  readonly settings?: SettingsStorage | null;
  /** The session already asked for while the window started (early-session.ts); used once. */
  readonly earlySession?: ReturnType<RendererApi['startSession']> | null;
}

export function createAppStore(api: RendererApi, options: AppStoreOptions = {}) {
  const core = createCoreStore(api, options);
  const app = createAppContext(core, api);
  const actions = {
    ...createFileActions(app, options.earlySession ?? null),
    ...createEditActions(app),
    ...createViewActions(app),
    notify: core.notify,
    notifyUndoable: core.notifyUndoable,
    ...app.drafts,
    ...createBulkActions(core),
    dismissNotice: core.dismissNotice,
    ...createInsightsActions(core.setState, core.getState),
    ...createImportActions(core),
    ...createSecurityActions(core, windowSecurityApi),
    // After the edit actions: on a shared map its undo reaches this organizer's changes before the others' came in.
    ...createSharingActions(core, windowSharingApi),
    // After the security actions: its setAutoLockMinutes also remembers the choice.
    ...createDisplaySettings(core, options.settings === undefined ? windowSettingsStorage() : options.settings),
    ...createJourneyActions(core),
  };

  /** File > Open recent in the native menu opens like any other map (problem screen on failure). */
  const listenToMenuOpenRecent = (): (() => void) => api.onMenuOpenRecent((path) => void actions.openRecent(path));

  return { getState: core.getState, subscribe: core.subscribe, actions, idle: () => core.queue.idle(), onMenuCommand: api.onMenuCommand, listenToMenuOpenRecent };
}

export type AppStore = ReturnType<typeof createAppStore>;
export type Actions = AppStore['actions'];
