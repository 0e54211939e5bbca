// The app as most tests start it: launched on the test's own data folder, where the first run
// writes the sample coalition, and driven once that first save is done.
import { launchApp, type LaunchedApp } from '../harness';
import type { AppPerTest } from './app-per-test';
import { waitUntilSaved } from './sample-map';
import type { ScriptedDialogs } from './scripted-dialogs';

/** Launches the app for `t` (kept in t.app, so it is closed after the test), answering file dialogs from `dialogs` when given. */
export async function launchOnSample(t: AppPerTest, dialogs?: ScriptedDialogs): Promise<LaunchedApp> {
  t.app = await launchApp({ dataDir: t.dataDir.path, ...(dialogs === undefined ? {} : { dialogs }) });
  await waitUntilSaved(t.app.page);
  return t.app;
}
