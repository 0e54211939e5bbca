// The two pages the UI bench compares, each in its own headless Chromium with the e2e harness's
// flags: the built app bridged to the real backend (opening the map from its data folder, exactly
// as a restart does), and a bare page that gives plain Cytoscape the same graph with its defaults.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { CoalitionBackend } from '../../shared/ipc';
import { createBackend } from '../../electron/main/backend';
import type { MapDocument } from '../../shared/model';
import { installBridge } from '../e2e/support/bridge';
import { chromiumBinary, REPO_ROOT, RENDERER_DIR, requireBuiltRenderer } from '../e2e/support/paths';
import { startRendererServer } from '../e2e/support/renderer-server';
import { ScriptedDialogs } from '../e2e/support/scripted-dialogs';
import { probeScript } from './ui-probe';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** For WebGL pages: no GPU here, so WebGL runs in software (SwiftShader) instead of being turned off. */
export const SOFTWARE_GL_ARGS = [...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'), '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];
export const VIEWPORT = { width: 1360, height: 860 };

export interface BenchPage {
  readonly page: Page;
  readonly canvas: string;
  close(): Promise<void>;
}

export async function browser(args: readonly string[] = CHROMIUM_ARGS): Promise<BrowserContext> {
  const b = await chromium.launch({ executablePath: chromiumBinary(), headless: true, args: [...args] });
  return b.newContext({ viewport: VIEWPORT });
}

/** One backend call as the bridge ran it: wall-clock start (ms since the epoch), duration, reply size. */
export interface BackendCall {
  readonly name: string;
  readonly startedAt: number;
  readonly took: number;
  readonly replyChars: number;
}

export interface OpenOptions {
  /** Times every backend call (the reply is measured as JSON, which costs a little extra). */
  readonly onCall?: (call: BackendCall) => void;
  /** Runs on the new page before it navigates, e.g. to start the profiler. */
  readonly beforeNavigation?: (page: Page) => Promise<void>;
}

function timedBackend(backend: CoalitionBackend, onCall: (call: BackendCall) => void): CoalitionBackend {
  return new Proxy(backend, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const startedAt = Date.now();
        const t0 = performance.now();
        const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        const took = performance.now() - t0;
        // Measured when read, not here: a second 15 MB JSON.stringify would delay the reply it measures.
        onCall({ name: String(key), startedAt, took, get replyChars() { return JSON.stringify(result ?? null).length; } });
        return result;
      };
    },
  });
}

/** The app, started on a data folder whose settings reopen the bench map. */
export async function openOurs(dataDir: string, options: OpenOptions = {}): Promise<BenchPage> {
  requireBuiltRenderer();
  const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs() });
  const server = await startRendererServer(RENDERER_DIR);
  const context = await browser();
  await installBridge(context, options.onCall ? timedBackend(backend, options.onCall) : backend, server.offer);
  const canvas = '.map-canvas canvas';
  await context.addInitScript({ content: probeScript(canvas) });
  const page = await context.newPage();
  await options.beforeNavigation?.(page);
  // As electron/main/index.ts does just before it creates the window: the last map starts opening
  // while the window loads (here at navigation, later than in the app, where the window's own
  // process still has to start).
  backend.startSessionEarly();
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    canvas,
    close: async () => {
      await context.browser()?.close();
      await server.close();
      await backend.close();
    },
  };
}

/** Only what Cytoscape needs to draw the same graph: ids, ends and the saved positions. */
function plainElements(map: MapDocument): unknown[] {
  return [
    ...map.stakeholders.map((s) => ({ group: 'nodes', data: { id: s.id }, position: s.position })),
    ...map.ties.map((t) => ({ group: 'edges', data: { id: t.id, source: t.source, target: t.target } })),
  ];
}

/** Cytoscape's own renderers: its canvas one (the default) or its WebGL one (3.31 and later). */
export type PlainRenderer = 'canvas' | 'webgl';

function plainHtml(width: number, height: number, renderer: PlainRenderer): string {
  const options = renderer === 'webgl' ? ", renderer: { name: 'canvas', webgl: true }" : '';
  // The probe sees ink by copying the canvas; a WebGL canvas keeps its picture for that only with
  // preserveDrawingBuffer (otherwise it reads blank after each frame is shown), so the page asks for it.
  const keepPicture =
    renderer === 'webgl'
      ? `const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (type, attributes) {
  return getContext.call(this, type, type.startsWith('webgl') ? { ...attributes, preserveDrawingBuffer: true } : attributes);
};`
      : '';
  return `<!doctype html><meta charset="utf-8"><title>plain cytoscape</title>
<div id="cy" style="position:absolute;left:0;top:0;width:${width}px;height:${height}px"></div>
<script src="/cytoscape.min.js"></script>
<script>
${keepPicture}
performance.mark('session:asked');
fetch('/elements.json').then((r) => r.json()).then((elements) => {
  window.cy = cytoscape({ container: document.getElementById('cy'), elements, layout: { name: 'preset' }${options} });
  // Whether a WebGL context really drew (Cytoscape falls back to the canvas one without WebGL).
  window.__webglUsed = [...document.querySelectorAll('#cy canvas')].some((c) => c.getContext('webgl2') !== null || c.getContext('webgl') !== null);
});
</script>`;
}

/** Plain Cytoscape with its default style, in a canvas of the same size as the app's map. */
export async function openPlain(map: MapDocument, size: { width: number; height: number }, renderer: PlainRenderer = 'canvas'): Promise<BenchPage> {
  const script = await readFile(join(REPO_ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js'));
  const elements = JSON.stringify(plainElements(map));
  const html = plainHtml(Math.round(size.width), Math.round(size.height), renderer);
  const server = createServer((req, res) => {
    const body = req.url === '/cytoscape.min.js' ? script : req.url === '/elements.json' ? elements : html;
    const type = req.url === '/cytoscape.min.js' ? 'text/javascript' : req.url === '/elements.json' ? 'application/json' : 'text/html';
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const context = await browser(renderer === 'webgl' ? SOFTWARE_GL_ARGS : undefined);
  const canvas = '#cy canvas';
  await context.addInitScript({ content: probeScript(canvas) });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  return {
    page,
    canvas,
    close: async () => {
      await context.browser()?.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
