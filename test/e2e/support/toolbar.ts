// The toolbar's rarer commands (files, import, export, safety) sit under "More…" in a window
// narrower than the whole row. A test that means "the user uses this command" finds it either way.
import type { Locator, Page } from 'playwright-core';

/** The toolbar button with this name, opening "More…" first when the window has folded it there. */
export async function toolbarButton(page: Page, name: string | RegExp): Promise<Locator> {
  const direct = page.getByRole('toolbar', { name: 'Map commands' }).getByRole('button', { name, exact: typeof name === 'string' });
  if (await direct.first().isVisible()) return direct.first();
  const more = page.getByRole('button', { name: 'More…', exact: true });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  return page.getByRole('group', { name: 'More commands' }).getByRole('button', { name, exact: typeof name === 'string' }).first();
}
