// The real app, where the Electron binary is installed: Playwright starts it with the data folder
// in COALITION_DATA_DIR. Menu commands click the application menu item whose id is the command
// (or, when there is none, send the command the way a menu item does). File dialogs are answered
// by replacing Electron's dialog functions in the main process with the test's queued answers.
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { MENU_COMMAND_CHANNEL, MENU_OPEN_RECENT_CHANNEL, type MenuCommand } from '../../../shared/ipc';
import type { LaunchedApp, LaunchOptions } from './launched-app';
import { watchContext, watchPage } from './page-watch';
import { REPO_ROOT } from './paths';
import { ScriptedDialogs, type DialogAnswer } from './scripted-dialogs';

type Answers = { readonly open: DialogAnswer[]; readonly save: DialogAnswer[] };

/** Appends answers to a queue kept in the main process; the patched dialogs take from its front. */
async function sendDialogAnswers(app: ElectronApplication, answers: Answers): Promise<void> {
  await app.evaluate(({ dialog }, more) => {
    const host = globalThis as { __e2eDialogAnswers?: Answers };
    if (!host.__e2eDialogAnswers) {
      const queue: Answers = { open: [], save: [] };
      host.__e2eDialogAnswers = queue;
      const open = async () => {
        const path = queue.open.shift() ?? null;
        return path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] };
      };
      const save = async () => {
        const path = queue.save.shift() ?? null;
        return path === null ? { canceled: true } : { canceled: false, filePath: path };
      };
      Object.assign(dialog, { showOpenDialog: open, showSaveDialog: save });
    }
    host.__e2eDialogAnswers.open.push(...more.open);
    host.__e2eDialogAnswers.save.push(...more.save);
  }, answers);
}

async function clickMenu(app: ElectronApplication, command: MenuCommand): Promise<void> {
  await app.evaluate(
    ({ BrowserWindow, Menu }, { cmd, channel }) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(cmd);
      if (item) {
        item.click();
        return;
      }
      const window = BrowserWindow.getAllWindows()[0];
      if (!window) throw new Error('the app has no window to send the menu command to');
      window.webContents.send(channel, cmd);
    },
    { cmd: command, channel: MENU_COMMAND_CHANNEL },
  );
}

/** The main process's half of File > Open recent: the picked path goes to the window. */
async function sendOpenRecent(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(
    ({ BrowserWindow }, { channel, picked }) => {
      const window = BrowserWindow.getAllWindows()[0];
      if (!window) throw new Error('the app has no window to send the pick to');
      window.webContents.send(channel, picked);
    },
    { channel: MENU_OPEN_RECENT_CHANNEL, picked: path },
  );
}

export async function launchInElectron(executablePath: string, options: LaunchOptions): Promise<LaunchedApp> {
  const dialogs = options.dialogs ?? new ScriptedDialogs();
  const app = await electron.launch({
    executablePath,
    args: ['.'],
    cwd: REPO_ROOT,
    env: { ...process.env, COALITION_DATA_DIR: options.dataDir },
  });
  try {
    const watch = await watchContext(app.context(), ['app://bundle']);
    let sending = sendDialogAnswers(app, dialogs.drain());
    const unsubscribe = dialogs.onChange(() => {
      sending = sending.then(() => sendDialogAnswers(app, dialogs.drain()));
    });
    const page = await app.firstWindow();
    watchPage(page, watch);
    await page.waitForLoadState('domcontentloaded');
    return {
      mode: 'electron',
      page,
      requests: watch.requests,
      attempted: watch.attempted,
      errors: watch.errors,
      dialogs,
      menu: async (command) => {
        await sending;
        await clickMenu(app, command);
      },
      menuOpenRecent: (path) => sendOpenRecent(app, path),
      close: async () => {
        unsubscribe();
        await app.close();
      },
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}
