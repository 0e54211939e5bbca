// The third renderer the UI bench tries: sigma (WebGL on graphology), given the same graph and
// saved positions as plain Cytoscape, with sigma's own defaults. Its page script is bundled here
// with esbuild (sigma ships no browser build), served on loopback, and watched by the same probe.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { MapDocument } from '../../shared/model';
import { REPO_ROOT } from '../e2e/support/paths';
import { browser, SOFTWARE_GL_ARGS, type BenchPage } from './ui-pages';
import { probeScript } from './ui-probe';

const ENTRY = `
import Graph from 'graphology';
import Sigma from 'sigma';
// The probe sees ink by copying the canvas: a WebGL canvas keeps its picture for that only with preserveDrawingBuffer.
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (type, attributes) {
  return getContext.call(this, type, String(type).startsWith('webgl') ? { ...attributes, preserveDrawingBuffer: true } : attributes);
};
performance.mark('session:asked');
fetch('/graph.json').then((r) => r.json()).then(({ nodes, edges }) => {
  const graph = new Graph({ multi: false, type: 'undirected' });
  for (const [id, x, y] of nodes) graph.addNode(id, { x, y: -y, size: 3, color: '#4477AA' });
  for (const [a, b] of edges) if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { color: '#8C96A3', size: 1 });
  window.sigma = new Sigma(graph, document.getElementById('cy'));
  window.__webglUsed = [...document.querySelectorAll('#cy canvas')].some((c) => c.getContext('webgl2') !== null || c.getContext('webgl') !== null);
});
`;

let bundled: Promise<string> | null = null;
function sigmaScript(): Promise<string> {
  bundled ??= build({ stdin: { contents: ENTRY, resolveDir: REPO_ROOT, loader: 'js' }, bundle: true, minify: true, write: false, format: 'iife', platform: 'browser' }).then(
    (result) => result.outputFiles[0]!.text,
  );
  return bundled;
}

export async function openSigma(map: MapDocument, size: { width: number; height: number }): Promise<BenchPage> {
  const script = await sigmaScript();
  const graph = JSON.stringify({
    nodes: map.stakeholders.map((s) => [s.id, s.position?.x ?? 0, s.position?.y ?? 0]),
    edges: map.ties.map((t) => [t.source, t.target]),
  });
  const html = `<!doctype html><meta charset="utf-8"><title>sigma</title>
<div id="cy" style="position:absolute;left:0;top:0;width:${Math.round(size.width)}px;height:${Math.round(size.height)}px"></div>
<script src="/sigma.js"></script>`;
  const server = createServer((req, res) => {
    const [body, type] = req.url === '/sigma.js' ? [script, 'text/javascript'] : req.url === '/graph.json' ? [graph, 'application/json'] : [html, 'text/html'];
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const context = await browser(SOFTWARE_GL_ARGS);
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
