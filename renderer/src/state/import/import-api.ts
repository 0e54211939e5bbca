// The one contract function the import views need, read from window.coalition through the one accessor in api.ts, like the rest of
// the API (kept apart from RendererApi so the store's in-memory test API need not grow).
import type { CoalitionApi } from '../../../../shared/ipc';
import { windowCoalition } from '../../api';

export type ImportApi = Pick<CoalitionApi, 'chooseImportFile'>;

export const windowImportApi: () => ImportApi = windowCoalition;
