// The two contract functions the Export dialog needs, read from window.coalition through the one accessor in api.ts, like the rest of
// the API (kept apart from RendererApi so the store's in-memory test API need not grow).
import type { CoalitionApi } from '../../../../shared/ipc';
import { windowCoalition } from '../../api';

export type ExportApi = Pick<CoalitionApi, 'saveExportFile' | 'saveBriefPdf'>;

export const windowExportApi: () => ExportApi = windowCoalition;
