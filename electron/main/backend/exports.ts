// Exports and the printed brief. The slow parts (the save dialog, printing the window, writing the
// export's bytes) run outside the queue, so a save made meanwhile never waits for them; only the
// audit entry, which shares the log with saves, takes its turn.
import { resolve } from 'node:path';
import { BINARY_EXPORT_FORMATS, type CoalitionBackend, type ExportFileFormat, type ExportSummary, type SavedExport } from '../../../shared/ipc';
import { assertNotTheMap, recordExport, writeExportFile } from '../export-file';
import { withoutCoalitionName } from '../store/neutral-name';
import type { HandlerContext } from './context';

type ExportHandlers = Pick<CoalitionBackend, 'saveExportFile' | 'saveBriefPdf'>;

export function createExportHandlers(ctx: HandlerContext): ExportHandlers {
  const { session, dialogs, printer } = ctx;
  return {
    async saveExportFile({ suggestedFileName, format, content, summary }) {
      const chosen = await dialogs.chooseExportLocation(offeredName(ctx, suggestedFileName), format);
      if (chosen === null) return null;
      const bytes = BINARY_EXPORT_FORMATS.has(format) ? decodeBase64(content, format) : new TextEncoder().encode(content);
      return saveExport(ctx, chosen, bytes, format, summary);
    },
    async saveBriefPdf({ suggestedFileName, pageSize, summary }) {
      if (!printer) throw new Error('This window cannot print, so no PDF was made.');
      const chosen = await dialogs.chooseExportLocation(offeredName(ctx, suggestedFileName), 'pdf');
      if (chosen === null) return null;
      // Checked before printing too, so the user hears at once rather than after a slow print.
      await assertNotTheMap(resolve(chosen), session.store?.path ?? null);
      const bytes = await printer.printToPdf(pageSize);
      return saveExport(ctx, chosen, bytes, 'pdf', summary);
    },
  };
}

/** The name the save dialog offers: an encrypted map's coalition name is never put in a file name. */
function offeredName({ session }: HandlerContext, suggested: string): string {
  const store = session.store;
  return store !== null && session.codec !== null ? withoutCoalitionName(suggested, store.map.coalition.name) : suggested;
}

async function saveExport(ctx: HandlerContext, chosen: string, bytes: Uint8Array, format: ExportFileFormat, summary: ExportSummary): Promise<SavedExport> {
  const { session } = ctx;
  // The open map is read as it is now: the write is checked against the map open at this moment.
  const path = await writeExportFile(chosen, bytes, session.store?.path ?? null);
  const warnings = await ctx.inOrder(() => recordExport(session.dataDir, session.auditOptions(), bytes, format, summary));
  return { path, warnings };
}

/** Strict base64 (what the window's encoder writes); anything else is refused rather than half-decoded. */
function decodeBase64(content: string, format: string): Uint8Array {
  if (content.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new Error(`The ${format.toUpperCase()} export did not arrive as base64 text, so nothing was written.`);
  }
  return new Uint8Array(Buffer.from(content, 'base64'));
}
