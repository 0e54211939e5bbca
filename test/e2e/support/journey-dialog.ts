// The journey dialog as a person reaches it: the header's Journey button, then a tab; and its
// stakeholder pickers, which are narrowed through a search box before a name is ticked.
import type { Locator, Page } from 'playwright-core';

/** Opens the journey dialog on `tab` (Meetings, Tasks, Snapshots, Committees) and returns it. */
export async function openJourney(page: Page, tab: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: "The coalition's journey" });
  await dialog.getByRole('tab', { name: tab }).click();
  return dialog;
}

/** Ticks `name` in a stakeholder picker found through its search box labelled `search`. */
export async function pick(form: Locator, search: string, name: string): Promise<void> {
  await form.getByLabel(search).fill(name.split(' ')[0]!);
  await form.getByRole('checkbox', { name }).check();
  await form.getByLabel(search).fill('');
}
