// The app without the Electron binary: the built renderer in Debian's Chromium, served by a local
// server that answers like the app protocol, with `window.coalition` bridged to the real backend.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createBackend } from '../../../electron/main/backend';
import type { MenuCommand } from '../../../shared/ipc';
import { dispatchMenuCommand, dispatchMenuOpenRecent, installBridge } from './bridge';
import type { LaunchedApp, LaunchOptions } from './launched-app';
import { watchContext, watchPage } from './page-watch';
import { chromiumBinary, RENDERER_DIR, requireBuiltRenderer } from './paths';
import { startRendererServer } from './renderer-server';
import { ScriptedDialogs } from './scripted-dialogs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchInChromium(options: LaunchOptions): Promise<LaunchedApp> {
  requireBuiltRenderer();
  const executablePath = chromiumBinary();
  const dialogs = options.dialogs ?? new ScriptedDialogs();
  const cleanups: (() => Promise<unknown>)[] = [];
  const close = async (): Promise<void> => {
    // Newest first: the browser goes before the server it talks to and the backend it calls.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  try {
    // What Electron's printToPDF does for the app, done by headless Chromium's own PDF printing.
    let printedPage: Page | null = null;
    const printer = {
      async printToPdf(pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
        if (!printedPage) throw new Error('The window closed before the brief could be printed.');
        return new Uint8Array(await printedPage.pdf({ format: pageSize, printBackground: true }));
      },
    };
    const backend = await createBackend({ dataDir: options.dataDir, dialogs, printer });
    cleanups.push(() => backend.close());
    const server = await startRendererServer(RENDERER_DIR);
    cleanups.push(() => server.close());
    const profile = await mkdtemp(join(tmpdir(), 'coalition-e2e-profile-'));
    cleanups.push(() => rm(profile, { recursive: true, force: true }));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1360, height: 860 },
    });
    cleanups.push(() => context.close());
    const watch = await watchContext(context, [server.origin]);
    await installBridge(context, backend, server.offer);
    const page = context.pages()[0] ?? (await context.newPage());
    watchPage(page, watch);
    printedPage = page;
    // As electron/main/index.ts does as it creates the window: the last map starts opening now.
    backend.startSessionEarly();
    await page.goto(`${server.origin}/index.html`);
    return {
      mode: 'chromium',
      page,
      requests: watch.requests,
      attempted: watch.attempted,
      errors: watch.errors,
      dialogs,
      menu: (command: MenuCommand) => dispatchMenuCommand(page, command),
      menuOpenRecent: (path: string) => dispatchMenuOpenRecent(page, path),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
