// Windows for the sharing end-to-end tests: each launched on its own data folder and closed, with
// its temporary folders removed, after each test; the sharing bar's status; the list's rows.
import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { launchApp, type LaunchedApp } from '../harness';
import { makeTempDir, type TempDir } from './files';
import { waitUntilSaved } from './sample-map';

/** Registers the clean-up; returns how to make a temporary folder and launch a window on a data folder. */
export function useSharingWindows() {
  const opened: { apps: LaunchedApp[]; dirs: TempDir[] } = { apps: [], dirs: [] };
  afterEach(async () => {
    for (const app of opened.apps.splice(0)) await app.close();
    for (const dir of opened.dirs.splice(0)) await dir.remove();
  });
  return {
    async tempDir(label: string): Promise<TempDir> {
      const dir = await makeTempDir(label);
      opened.dirs.push(dir);
      return dir;
    },
    async launch(dataDir: string): Promise<LaunchedApp> {
      const app = await launchApp({ dataDir });
      opened.apps.push(app);
      await waitUntilSaved(app.page);
      return app;
    },
  };
}

/** Waits until the sharing bar's status says `text`. */
export async function waitForSharingStatus(page: Page, text: string | RegExp, timeout: number): Promise<void> {
  await page.getByRole('region', { name: 'Sharing' }).getByRole('status').filter({ hasText: text }).waitFor({ timeout });
}

/** The rows of the list view's table. */
export function listRows(page: Page) {
  return page.getByRole('table', { name: 'Stakeholders' }).getByRole('row');
}
