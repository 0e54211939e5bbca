// The renderer's only door to the Node side: the preload (or the test bridge) puts the contract's
// functions on window.coalition. Nothing else in the renderer reaches for globals.
import type { CoalitionApi } from '../../shared/ipc';

declare global {
  interface Window {
    readonly coalition: CoalitionApi;
  }
}

/** The subset of the contract the renderer's store uses; unit tests pass a plain in-memory object. */
export type RendererApi = Pick<
  CoalitionApi,
  | 'startSession'
  | 'newMap'
  | 'openMapDialog'
  | 'openRecent'
  | 'listRecent'
  | 'saveMap'
  | 'saveMapPatch'
  | 'saveMapAsDialog'
  | 'listBackups'
  | 'restoreBackup'
  | 'onMenuCommand'
  | 'onMenuOpenRecent'
>;

export function windowApi(): RendererApi {
  const api = (window as Partial<Window>).coalition;
  if (!api) throw new Error('The window has no connection to the app (window.coalition is missing).');
  return api;
}
