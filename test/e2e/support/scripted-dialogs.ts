// File dialogs a test answers in advance: each open/save dialog takes the next queued answer
// (a path, or null for "the user pressed Cancel"); an unexpected dialog counts as Cancel and is
// recorded so the test can notice it. Choosing a file to import is an open dialog too (in Electron
// it is the same native dialog), so it takes from the same queue as opening a map.
import type { ExportFileFormat, ImportPurpose } from '../../../shared/ipc';
import type { Dialogs } from '../../../electron/main/dialogs-port';

export type DialogAnswer = string | null;

export class ScriptedDialogs implements Dialogs {
  private readonly opens: DialogAnswer[] = [];
  private readonly saves: DialogAnswer[] = [];
  private readonly listeners = new Set<() => void>();
  /** Every dialog the app asked for, in order, e.g. "open" or "save:Harlow Bend.json". */
  readonly asked: string[] = [];
  /** Dialogs that found no queued answer. */
  readonly unexpected: string[] = [];

  answerNextOpen(answer: DialogAnswer): this {
    this.opens.push(answer);
    this.changed();
    return this;
  }

  /** Queues the file the next import or merge dialog picks (the open queue, as in Electron). */
  answerNextImport(answer: DialogAnswer): this {
    return this.answerNextOpen(answer);
  }

  answerNextSave(answer: DialogAnswer): this {
    this.saves.push(answer);
    this.changed();
    return this;
  }

  /** Removes and returns the queued answers, to hand them to another process (the Electron mode). */
  drain(): { readonly open: DialogAnswer[]; readonly save: DialogAnswer[] } {
    return { open: this.opens.splice(0), save: this.saves.splice(0) };
  }

  /** Calls `listener` whenever answers are queued; returns an unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  chooseMapToOpen(): Promise<string | null> {
    return Promise.resolve(this.take(this.opens, 'open'));
  }

  chooseMapSaveLocation(suggestedFileName: string): Promise<string | null> {
    return Promise.resolve(this.take(this.saves, `save:${suggestedFileName}`));
  }

  chooseFileToImport(purpose: ImportPurpose): Promise<string | null> {
    return Promise.resolve(this.take(this.opens, `import:${purpose}`));
  }

  /** An export's save dialog is a save dialog: it takes from the save queue, as in Electron. */
  chooseExportLocation(suggestedFileName: string, format: ExportFileFormat): Promise<string | null> {
    return Promise.resolve(this.take(this.saves, `export:${format}:${suggestedFileName}`));
  }

  private take(queue: DialogAnswer[], what: string): DialogAnswer {
    this.asked.push(what);
    if (queue.length === 0) {
      this.unexpected.push(what);
      return null;
    }
    return queue.shift() ?? null;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
