// Choosing a file to import or merge and reading it whole. It reads only the chosen file, never
// the session, so it runs outside the queue: a save made while a big file is read does not wait.
import { resolve } from 'node:path';
import type { CoalitionBackend } from '../../../shared/ipc';
import { readImportFile } from '../import-file';
import type { HandlerContext } from './context';

type ImportHandlers = Pick<CoalitionBackend, 'chooseImportFile'>;

export function createImportHandlers({ dialogs }: HandlerContext): ImportHandlers {
  return {
    async chooseImportFile({ purpose }) {
      const chosen = await dialogs.chooseFileToImport(purpose);
      return chosen === null ? null : readImportFile(resolve(chosen));
    },
  };
}
