// What the map's canvases draw, not what the page's text says: a map's labels are pixels, so a
// privacy check that reads only the page's text never sees them. Every string handed to a 2D
// context's fillText/strokeText is recorded (Cytoscape's renderer and our own painter both draw
// labels so). Cytoscape draws each label once into a cached texture and reuses the bitmap, so the
// recorder must be in place before the page's first frame: installing it reloads the page.
import type { Page } from 'playwright-core';

const RECORDER = `(() => {
  const w = window;
  w.__canvasText = [];
  const kinds = [w.CanvasRenderingContext2D, w.OffscreenCanvasRenderingContext2D].filter(Boolean);
  for (const kind of kinds) {
    for (const method of ['fillText', 'strokeText']) {
      const original = kind.prototype[method];
      kind.prototype[method] = function (text, ...rest) {
        if (w.__canvasText.length < 100000) w.__canvasText.push(String(text));
        return original.call(this, text, ...rest);
      };
    }
  }
})();`;

/** Reloads the page with every canvas's text recorded from its first frame. */
export async function recordCanvasTextFromStart(page: Page): Promise<void> {
  await page.addInitScript({ content: RECORDER });
  await page.reload();
}

/** Forgets what was drawn so far, so the next read holds only what is drawn from now on. */
export async function forgetCanvasText(page: Page): Promise<void> {
  await page.evaluate('window.__canvasText.length = 0');
}

/** The strings drawn since the last forget (or the page's start), a line each. */
export async function canvasText(page: Page): Promise<string> {
  return page.evaluate('window.__canvasText.join("\\n")');
}
