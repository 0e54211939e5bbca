// The actions behind unlocking, passphrases, locking, presentation mode and retention. Locking
// waits for pending saves, asks the Node side to drop the key, then empties the window's state
// of everything personal (the map, undo history, analysis, notices), leaving only the unlock screen.
import type { MapFileInfo, MapProblem, PassphraseChange, PurgeReport } from '../../../../shared/ipc';
import { initialState } from '../core/app-state';
import { describeFailure } from '../core/failure';
import { emptyHistory } from '../core/history';
import { initialInsightsState } from '../insights/insights-state';
import type { SecurityApi } from './security-api';
import type { CoreStore } from '../core/store';

export type PurgeMode = 'remove' | 'notes';

function lockedProblem(file: MapFileInfo): MapProblem {
  return {
    status: 'problem',
    file,
    reason: 'encrypted',
    message: 'The map was locked and its key dropped from memory. Enter the passphrase to open it again.',
    movedTo: null,
    backups: [],
  };
}

export function createSecurityActions(core: CoreStore, getApi: () => SecurityApi) {
  const { setState, getState } = core;

  return {
    unlock: (path: string, passphrase: string) => core.openWith('unlock the map', () => getApi().unlockMap({ path, passphrase })),

    /** Locks the open map; resolves true when nothing personal is left in the window. */
    lockNow: () =>
      core.queue.run(async () => {
        const { file } = getState();
        let failure: string | null = null;
        try {
          await getApi().lockNow({});
        } catch (error) {
          // The window is cleared anyway: hiding the data matters more than the backend's answer.
          failure = describeFailure(error);
        }
        setState((s) => ({
          ...initialState,
          phase: file ? 'problem' : 'starting',
          problem: file ? lockedProblem(file) : null,
          history: emptyHistory,
          insights: initialInsightsState,
          mapSession: s.mapSession + 1,
          security: { ...s.security, encrypted: false },
        }));
        if (failure !== null) core.notify('warning', `The window was cleared, but the app reported: ${failure}`);
        return true;
      }),

    /** Sets, changes (both given) or removes (`next` null) the passphrase. Errors reach the caller's dialog. */
    setPassphrase: (current: string | null, next: string | null): Promise<PassphraseChange> =>
      core.queue.run(async () => {
        const change = await getApi().setPassphrase({ current, next });
        const movedTo = change.movedTo;
        setState((s) => ({ security: { ...s.security, encrypted: next !== null }, ...(movedTo ? { file: movedTo } : {}) }));
        if (movedTo) core.notify('info', `The map's file is now ${movedTo.fileName}, a name that does not show the coalition's name.`);
        for (const warning of change.warnings) core.notify('warning', warning);
        return change;
      }),

    setAutoLockMinutes: (minutes: number) => setState((s) => ({ security: { ...s.security, autoLockMinutes: minutes } })),
    togglePresentation: () =>
      setState((s) => {
        const presenting = !s.security.presenting;
        // The list's filter may hold the last name typed: presenting starts with it empty.
        return { security: { ...s.security, presenting }, filters: presenting ? { ...s.filters, text: '' } : s.filters };
      }),

    /** Counts what a purge would touch; nothing changes. */
    previewPurge: (mode: PurgeMode, inactiveDays: number): Promise<PurgeReport> =>
      core.queue.run(() => getApi().purgeInactive({ mode, inactiveDays, dryRun: true })),

    /** Purges and shows the saved map. Undo history is dropped: it would still hold what was purged. */
    purge: (mode: PurgeMode, inactiveDays: number): Promise<PurgeReport> =>
      core.queue.run(async () => {
        const report = await getApi().purgeInactive({ mode, inactiveDays, dryRun: false });
        const saved = report.map;
        if (saved !== null) setState({ map: saved, history: emptyHistory, selection: null, panel: 'closed' });
        for (const warning of report.warnings) core.notify('warning', warning);
        return report;
      }),
  };
}
