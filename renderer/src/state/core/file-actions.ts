// Opening, starting and saving maps under a new name: each goes through the core store's queue,
// and whatever replaces the open map first saves the panel's typed changes.
import type { RendererApi } from '../../api';
import type { AppContext } from './app-context';
import { describeFailure } from './failure';

export function createFileActions({ core, api, leaving }: AppContext, earlyStart: ReturnType<RendererApi['startSession']> | null) {
  const { setState, getState, openWith } = core;
  let earlySession = earlyStart;
  return {
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
  };
}
