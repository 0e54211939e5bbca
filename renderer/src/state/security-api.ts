// The contract functions the safety views need, read from window.coalition when first used (kept
// apart from RendererApi so the store's in-memory test API need not grow).
import type { CoalitionApi } from '../../../shared/ipc';

export type SecurityApi = Pick<CoalitionApi, 'unlockMap' | 'setPassphrase' | 'lockNow' | 'purgeInactive'>;

export function windowSecurityApi(): SecurityApi {
  const api = (window as Partial<Window>).coalition;
  if (!api) throw new Error('The window has no connection to the app (window.coalition is missing).');
  return api;
}
