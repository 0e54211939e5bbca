// The import dialog as a person reaches it: the toolbar's "Import…", the file picked in the
// (scripted) file dialog, and the dialog named after it.
import type { Locator, Page } from 'playwright-core';
import type { ScriptedDialogs } from './scripted-dialogs';
import { toolbarButton } from './toolbar';

/** Picks `path` through "Import…" and returns the import dialog once it shows. */
export async function chooseImport(page: Page, dialogs: ScriptedDialogs, path: string): Promise<Locator> {
  dialogs.answerNextImport(path);
  await (await toolbarButton(page, 'Import…')).click();
  const dialog = page.getByRole('dialog', { name: /^Import / });
  await dialog.waitFor();
  return dialog;
}
