// The toolbar's rarer commands (map files, import, export, safety) sit under "More…" in a window
// narrower than the whole row (renderer/src/views/use-toolbar-tier.ts). A test that means "the
// user uses this command" finds it either way. The window's width decides, not what is on screen
// this instant: right after a resize the toolbar may not have re-rendered yet.
import type { Locator, Page } from 'playwright-core';

/** Keep in step with WIDE_FROM in use-toolbar-tier.ts. */
const WHOLE_ROW_FROM = 1340;

/** One of the rarer toolbar commands, opening "More…" first when the window folds them there. */
export async function toolbarButton(page: Page, name: string): Promise<Locator> {
  const width = await page.evaluate(() => window.innerWidth);
  if (width >= WHOLE_ROW_FROM) return page.getByRole('toolbar', { name: 'Map commands' }).getByRole('button', { name, exact: true });
  const more = page.getByRole('button', { name: 'More…', exact: true });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  return page.getByRole('group', { name: 'More commands' }).getByRole('button', { name, exact: true });
}
