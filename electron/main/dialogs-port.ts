// What the backend needs from native file dialogs. Electron implements it in the main process;
// tests and the headless harness pass a scripted object instead.
import type { ExportFileFormat, ImportPurpose } from '../../shared/ipc';

export interface Dialogs {
  /** Absolute path of the map the user picked, or null when they cancelled. */
  chooseMapToOpen(): Promise<string | null>;
  /** Absolute path where the user wants the map written, or null when they cancelled. */
  chooseMapSaveLocation(suggestedFileName: string): Promise<string | null>;
  /** Absolute path of a file to import (a sheet, a graph) or a map to merge, or null when cancelled. */
  chooseFileToImport(purpose: ImportPurpose): Promise<string | null>;
  /** Absolute path where the user wants an export written (the system asks before replacing a file), or null. */
  chooseExportLocation(suggestedFileName: string, format: ExportFileFormat): Promise<string | null>;
}

/** Prints the window's page with its print styles; Electron's printToPDF, or Playwright's page.pdf() in the harness. */
export interface PagePrinter {
  printToPdf(pageSize: 'A4' | 'Letter'): Promise<Uint8Array>;
}
