// The toolbar's rarer commands (map files, import, export, safety, presentation) go under "More…"
// when the row has no room for them; the app measures the row to decide (use-toolbar-fit.ts). A
// test that means "the user uses this command" finds it either way. It first waits until the fold
// was decided for the toolbar's present width: right after a resize the row may not have followed yet.
import type { Locator, Page } from 'playwright-core';

/** Resolves once the toolbar's fold follows its present width (data-fit-width, set by the app). */
export async function toolbarSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const bar = document.querySelector<HTMLElement>('[role="toolbar"][aria-label="Map commands"]');
    return bar !== null && bar.dataset.fitWidth === String(bar.clientWidth);
  });
}

/** One of the rarer toolbar commands, opening "More…" first when the row folded it there. */
export async function toolbarButton(page: Page, name: string): Promise<Locator> {
  await toolbarSettled(page);
  const panel = page.getByRole('group', { name: 'More commands', includeHidden: true });
  const folded = panel.getByRole('button', { name, exact: true, includeHidden: true });
  if ((await folded.count()) === 0) return page.getByRole('toolbar', { name: 'Map commands' }).getByRole('button', { name, exact: true });
  const more = page.getByRole('button', { name: 'More…', exact: true });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  return panel.getByRole('button', { name, exact: true });
}
