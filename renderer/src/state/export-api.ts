// The two contract functions the Export dialog needs, read from window.coalition like the rest of
// the API (kept apart from RendererApi so the store's in-memory test API need not grow).
import type { CoalitionApi } from '../../../shared/ipc';

export type ExportApi = Pick<CoalitionApi, 'saveExportFile' | 'saveBriefPdf'>;

export function windowExportApi(): ExportApi {
  const api = (window as Partial<Window>).coalition;
  if (!api) throw new Error('The window has no connection to the app (window.coalition is missing).');
  return api;
}
