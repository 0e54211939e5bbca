// The contract functions the safety views need, read from window.coalition (through the one accessor in api.ts) when first used (kept
// apart from RendererApi so the store's in-memory test API need not grow).
import type { CoalitionApi } from '../../../../shared/ipc';
import { windowCoalition } from '../../api';

export type SecurityApi = Pick<CoalitionApi, 'unlockMap' | 'setPassphrase' | 'lockNow' | 'purgeInactive'>;

export const windowSecurityApi: () => SecurityApi = windowCoalition;
