// The backend's file choosers (the Dialogs port), answered with Electron's native dialogs. The
// backend never imports Electron; the CLI and the end-to-end bridge give it other Dialogs.
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { ExportFileFormat, ImportPurpose } from '../../shared/ipc';
import type { Dialogs, PagePrinter } from './dialogs-port';

/** Two filters: macOS ignores the dotted one, and a map saved as plain .json must still be openable. */
export const MAP_FILE_FILTERS: readonly FileFilter[] = [
  { name: 'Coalition maps', extensions: ['coalition.json'] },
  { name: 'JSON files', extensions: ['json'] },
];

/** What an import accepts (sheets, graph files, maps); "All files" too, since sheets come misnamed. */
export const IMPORT_FILE_FILTERS: readonly FileFilter[] = [
  { name: 'Sheets, graphs and maps', extensions: ['csv', 'xlsx', 'gexf', 'graphml', 'coalition.json', 'json'] },
  { name: 'CSV sheets', extensions: ['csv'] },
  { name: 'Excel workbooks', extensions: ['xlsx'] },
  { name: 'Gephi and GraphML graphs', extensions: ['gexf', 'graphml'] },
  ...MAP_FILE_FILTERS,
];

/** One filter per export format, named the way people know the files. */
export const EXPORT_FILE_FILTERS: Readonly<Record<ExportFileFormat, FileFilter>> = {
  csv: { name: 'CSV sheets', extensions: ['csv'] },
  xlsx: { name: 'Excel workbooks', extensions: ['xlsx'] },
  gexf: { name: 'Gephi graphs (GEXF)', extensions: ['gexf'] },
  graphml: { name: 'GraphML graphs', extensions: ['graphml'] },
  json: { name: 'Coalition maps', extensions: ['json'] },
  png: { name: 'PNG images', extensions: ['png'] },
  svg: { name: 'SVG images', extensions: ['svg'] },
  pdf: { name: 'PDF documents', extensions: ['pdf'] },
};

/** `getWindow` gives the window the dialogs belong to (null before it exists or after it closed). */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseMapToOpen(): Promise<string | null> {
      const options = { title: 'Open a coalition map', properties: ['openFile' as const], filters: [...MAP_FILE_FILTERS] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseMapSaveLocation(suggestedFileName: string): Promise<string | null> {
      const options = {
        title: 'Save the map as',
        defaultPath: suggestedFileName,
        filters: [...MAP_FILE_FILTERS],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      // The backend adds the .coalition.json ending when the user typed a bare name.
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFileToImport(purpose: ImportPurpose): Promise<string | null> {
      const options =
        purpose === 'merge'
          ? { title: "Merge another organizer's map", properties: ['openFile' as const], filters: [...MAP_FILE_FILTERS] }
          : { title: 'Import stakeholders from a file', properties: ['openFile' as const], filters: [...IMPORT_FILE_FILTERS] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportLocation(suggestedFileName: string, format: ExportFileFormat): Promise<string | null> {
      const options = {
        title: 'Save the export as',
        defaultPath: suggestedFileName,
        filters: [EXPORT_FILE_FILTERS[format]],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

/**
 * Prints the app's window with its print styles (the brief), the way the system's "Save as PDF"
 * would. The window is the only one the app has, and IPC already checked the request came from it.
 */
export function createWindowPrinter(getWindow: () => BrowserWindow | null): PagePrinter {
  return {
    async printToPdf(pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
      const window = getWindow();
      if (!window || window.isDestroyed()) throw new Error('The window closed before the brief could be printed.');
      const pdf = await window.webContents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: false });
      return new Uint8Array(pdf);
    },
  };
}
