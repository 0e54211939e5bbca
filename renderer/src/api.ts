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
  | 'stageMapPatch'
  | 'saveMapAsDialog'
  | 'listBackups'
  | 'restoreBackup'
  | 'onMenuCommand'
  | 'onMenuOpenRecent'
>;

/** The one place that reads window.coalition: null when the preload (or the bridge) did not set it. */
export function findWindowCoalition(): CoalitionApi | null {
  return (window as Partial<Window>).coalition ?? null;
}

/**
 * The contract's functions, read when first used (the preload has set them by then), and a plain
 * sentence when they are missing. The narrower views of it (the store's RendererApi, the
 * security, export and import APIs) are this same function typed to what each part needs.
 */
export function windowCoalition(): CoalitionApi {
  const api = findWindowCoalition();
  if (!api) throw new Error('The window has no connection to the app (window.coalition is missing).');
  return api;
}

export const windowApi: () => RendererApi = windowCoalition;
