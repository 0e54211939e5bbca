// Checks a person makes by eye, done by the browser: is every button one can see really the thing
// under its centre (nothing covers it), and does a dialog show its main button without scrolling.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

export interface CoveredControl {
  readonly control: string;
  readonly coveredBy: string;
}

/**
 * Buttons, links, tabs and form fields whose centre is on screen (inside every scrolling box that
 * holds them) but where document.elementFromPoint finds something else.
 */
export async function coveredControls(page: Page): Promise<CoveredControl[]> {
  return page.evaluate(() => {
    const describe = (el: Element | null): string => {
      if (!el) return 'nothing';
      const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${label}"`;
    };
    const root = document.querySelector('dialog[open]') ?? document;
    const controls = [...root.querySelectorAll('button, a[href], [role="tab"], input:not([type="hidden"]), select, textarea, summary')];
    const found: { control: string; coveredBy: string }[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
      // Scrolled out of a panel is not "visible"; clipped by an ancestor's overflow, skip it.
      let clipped = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = p.getBoundingClientRect();
        if (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom) clipped = true;
      }
      if (clipped || getComputedStyle(el).visibility === 'hidden') continue;
      const hit = document.elementFromPoint(x, y);
      // Under a sticky bar (a dialog's buttons, a table's header) is scrolled away, not covered.
      let underSticky = false;
      for (let p: Element | null = hit; p && !p.contains(el); p = p.parentElement) if (getComputedStyle(p).position === 'sticky') underSticky = true;
      if (underSticky) continue;
      // A label wrapping the input, or the control's own text, counts as the control.
      if (hit && (el === hit || el.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === el) || hit.contains(el))) continue;
      found.push({ control: describe(el), coveredBy: describe(hit) });
    }
    return found;
  });
}

/** Whether `button` lies fully inside the window and inside its dialog's visible box. */
export async function fullyVisible(button: Locator): Promise<boolean> {
  return button.evaluate((el) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.bottom > window.innerHeight || box.right > window.innerWidth || box.top < 0 || box.left < 0) return false;
    const dialog = el.closest('dialog');
    if (!dialog) return true;
    const frame = dialog.getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right;
  });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

let source: string | null = null;
async function axeSource(): Promise<string> {
  source ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** Runs axe-core in the page (injected from node_modules) and returns serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const already = await page.evaluate(() => 'axe' in window);
  // The app's CSP refuses inline scripts (as it should); evaluating through the debugger is not a page script.
  if (!already) await page.evaluate(await axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const context = document.querySelector('dialog[open]') ?? document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}
