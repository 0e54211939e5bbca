// A Dialogs stand-in that answers from a script and records what the backend asked.
import type { Dialogs } from '../../../electron/main/dialogs-port';

export class ScriptedDialogs implements Dialogs {
  readonly suggestions: string[] = [];
  private readonly opens: (string | null)[] = [];
  private readonly saves: (string | null)[] = [];

  answerOpen(path: string | null): this {
    this.opens.push(path);
    return this;
  }

  answerSave(path: string | null): this {
    this.saves.push(path);
    return this;
  }

  async chooseMapToOpen(): Promise<string | null> {
    if (this.opens.length === 0) throw new Error('the test did not script an answer to the open dialog');
    return this.opens.shift() ?? null;
  }

  /** Import and merge dialogs are open dialogs: they take from the same answers, and record the purpose. */
  readonly importPurposes: string[] = [];

  async chooseFileToImport(purpose: 'import' | 'merge'): Promise<string | null> {
    this.importPurposes.push(purpose);
    return this.chooseMapToOpen();
  }

  /** Export dialogs are save dialogs: they take from the same answers, and record format and name. */
  readonly exports: string[] = [];

  async chooseExportLocation(suggestedFileName: string, format: string): Promise<string | null> {
    this.exports.push(`${format}:${suggestedFileName}`);
    if (this.saves.length === 0) throw new Error('the test did not script an answer to the export dialog');
    return this.saves.shift() ?? null;
  }

  async chooseMapSaveLocation(suggestedFileName: string): Promise<string | null> {
    this.suggestions.push(suggestedFileName);
    if (this.saves.length === 0) throw new Error('the test did not script an answer to the save dialog');
    return this.saves.shift() ?? null;
  }
}
