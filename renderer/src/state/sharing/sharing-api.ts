// The contract functions sharing needs, read from window.coalition (through the one accessor in
// api.ts) when first used, apart from RendererApi so the store's in-memory test API need not grow.
import type { CoalitionApi } from '../../../../shared/ipc';
import { windowCoalition } from '../../api';

export type SharingApi = Pick<
  CoalitionApi,
  'sharingStatus' | 'shareMap' | 'inviteOrganizer' | 'joinSharedMap' | 'takeSharedChanges' | 'settleSharedConflict' | 'undoSharedChange' | 'syncSharedNow' | 'removeSharedMember' | 'startSharedCleanCopy' | 'followSharedMap' | 'allowSharedPlaceholders' | 'shareRestrictedPerson' | 'joinRestrictedRecord' | 'addRestrictedPerson' | 'inviteToRestrictedRecord' | 'leaveRestrictedRecord' | 'removeFromRestrictedRecord'
>;

export const windowSharingApi: () => SharingApi = windowCoalition;
