// The one way end-to-end tests start Coalition Mapper. With the Electron binary installed it runs
// the real app; without it (as on CI machines that cannot download Electron) it runs the built
// renderer in Debian's Chromium with `window.coalition` bridged to the real backend, so the same
// tests drive the same UI, the same backend and the same files on disk.
import type { LaunchedApp, LaunchOptions } from './support/launched-app';
import { installedElectronBinary } from './support/paths';

export type { LaunchedApp, LaunchOptions } from './support/launched-app';
export { ScriptedDialogs } from './support/scripted-dialogs';

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  const electronBinary = installedElectronBinary();
  if (electronBinary !== null) {
    const { launchInElectron } = await import('./support/electron-app');
    return launchInElectron(electronBinary, options);
  }
  const { launchInChromium } = await import('./support/chromium-app');
  return launchInChromium(options);
}
