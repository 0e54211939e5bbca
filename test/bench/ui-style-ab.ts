// A/B of what the first draw of a big map costs inside Cytoscape, free of the app and the bridge:
// one headless Chromium page gets the app's own elements (buildElements) and stylesheets, and
// times `cytoscape({...})` until its first frame is drawn, plus the main thread's CPU time for it
// (steady on a busy machine), variants interleaved so noise hits all of them alike.
// Run: npx tsx test/bench/ui-style-ab.ts [size=2000] [rounds=5] [variant name to profile once]
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildElements } from '../../renderer/src/graph/elements';
import { levelOfDetailFor } from '../../renderer/src/graph/level-of-detail';
import { buildStylesheet } from '../../renderer/src/graph/stylesheet';
import { noFilters } from '../../renderer/src/state/app-state';
import { chromiumBinary, REPO_ROOT } from '../e2e/support/paths';
import { positionedMap } from './ui-fixture';
import { VIEWPORT } from './ui-pages';
import { inclusiveTimes, type Profile } from './ui-cpu-profile';
import { median, ms, printTable } from './ui-stats';

interface Variant {
  readonly name: string;
  readonly elements: unknown[];
  readonly style: unknown;
  readonly options?: Record<string, unknown>;
}

const PAGE = `<!doctype html><meta charset="utf-8"><div id="cy" style="position:absolute;inset:0"></div>
<script src="/cytoscape.min.js"></script>
<script>
window.__variants = {};
window.firstDraw = (name) => new Promise((resolve) => {
  const variant = window.__variants[name];
  const box = document.getElementById('cy');
  if (window.__cy) window.__cy.destroy();
  const t0 = performance.now();
  const cy = cytoscape({ container: box, elements: variant.elements, style: variant.style, layout: { name: 'preset' }, ...(variant.options || {}) });
  window.__cy = cy;
  const built = performance.now();
  cy.one('render', () => resolve({ built: built - t0, drawn: performance.now() - t0 }));
});
</script>`;

type Rule = { selector: string; style: Record<string, unknown> };

/** The big-map sheet with tie widths from three data selectors instead of one mapper per tie. */
function flatEdgeWidths(sheet: Rule[]): Rule[] {
  const widths = [1, 2, 3].map((strength) => ({ selector: `edge[strength = ${strength}]`, style: { width: 1.2 * strength } }));
  return sheet.flatMap((rule) => {
    if (rule.selector !== 'edge' || !('width' in rule.style)) return [rule];
    const { width: _mapped, 'target-arrow-shape': _none, ...rest } = rule.style;
    return [{ selector: 'edge', style: rest }, ...widths];
  });
}

function variants(size: number): Variant[] {
  const map = positionedMap(size);
  const ours = buildElements({ map, filters: noFilters, selection: null });
  const lod = levelOfDetailFor(size);
  const plain = [
    ...map.stakeholders.map((s) => ({ group: 'nodes', data: { id: s.id }, position: s.position })),
    ...map.ties.map((t) => ({ group: 'edges', data: { id: t.id, source: t.source, target: t.target } })),
  ];
  // As the app: positions come with the elements, and no fit by Cytoscape (which measures labels).
  const switches = { hideEdgesOnViewport: lod.hideEdgesOnViewport, textureOnViewport: lod.textureOnViewport, layout: { name: 'preset', fit: false }, zoom: 0.2 };
  const sheet = buildStylesheet(lod) as unknown as Rule[];
  return [
    { name: 'plain defaults', elements: plain, style: undefined },
    { name: 'ours elements, default sheet', elements: ours, style: undefined },
    { name: 'ours, big-map sheet, flat edge widths', elements: ours, style: flatEdgeWidths(sheet), options: switches },
    { name: 'ours, small-map sheet', elements: ours, style: buildStylesheet(levelOfDetailFor(0)), options: switches },
    { name: 'ours, big-map sheet', elements: ours, style: buildStylesheet(lod), options: switches },
  ];
}

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 2_000);
  const rounds = Number(process.argv[3] ?? 5);
  const script = await readFile(join(REPO_ROOT, 'node_modules/cytoscape/dist/cytoscape.umd.js'));
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': req.url === '/cytoscape.min.js' ? 'text/javascript' : 'text/html' });
    res.end(req.url === '/cytoscape.min.js' ? script : PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumBinary(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const all = variants(size);
    // Handed over once, so the timed runs do not include copying the elements into the page.
    for (const v of all) await page.evaluate((variant: Variant) => ((window as unknown as { __variants: Record<string, Variant> }).__variants[variant.name] = variant), v);
    // The main thread's CPU time, which other processes on a busy machine do not inflate.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    const results = new Map<string, { built: number[]; drawn: number[]; cpu: number[] }>(all.map((v) => [v.name, { built: [], drawn: [], cpu: [] }]));
    for (let round = 0; round < rounds; round += 1) {
      for (const v of all) {
        await page.evaluate('window.__cy && window.__cy.destroy(); window.__cy = null');
        const before = await threadTime();
        const r = (await page.evaluate((name) => (window as unknown as { firstDraw(name: string): Promise<{ built: number; drawn: number }> }).firstDraw(name), v.name)) as {
          built: number;
          drawn: number;
        };
        results.get(v.name)?.built.push(r.built);
        results.get(v.name)?.drawn.push(r.drawn);
        results.get(v.name)?.cpu.push((await threadTime()) - before);
      }
    }
    printTable(
      `Cytoscape first draw, ${size.toLocaleString('en')} stakeholders, median of ${rounds} (elements handed over in-page)`,
      ['variant', 'created', 'first frame drawn', 'main-thread CPU'],
      all.map((v) => {
        const r = results.get(v.name) ?? { built: [], drawn: [], cpu: [] };
        return [v.name, ms(median(r.built)), ms(median(r.drawn)), ms(median(r.cpu))];
      }),
    );
    const profiled = process.argv[4];
    if (profiled) {
      await page.evaluate('window.__cy && window.__cy.destroy(); window.__cy = null');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      await page.evaluate((name) => (window as unknown as { firstDraw(name: string): Promise<unknown> }).firstDraw(name), profiled);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      printTable(`Inclusive time, one run of "${profiled}"`, ['ms', 'function'], inclusiveTimes(profile).slice(0, 45).map(([k, v]) => [v.toFixed(1), k]));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
