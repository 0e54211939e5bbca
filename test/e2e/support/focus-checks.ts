// Where the keyboard's focus lands, checked as a person would look: the focused control lies in
// the window and inside its dialog (or, for a scrolling box Tab can reach, shows a good part of
// itself), and nothing else (a sticky bar of buttons) sits over its centre.
import type { Locator, Page } from 'playwright-core';

export interface Focused {
  readonly name: string;
  readonly inView: boolean;
  readonly coveredBy: string | null;
}

/** The focused control: its name, whether it lies inside the window and its dialog, and what covers its centre, if anything. */
export function focusedControl(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: 'nothing', inView: false, coveredBy: null };
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 50);
    const box = el.getBoundingClientRect();
    const frame = (el.closest('dialog') ?? document.documentElement).getBoundingClientRect();
    const top = Math.max(0, frame.top);
    const bottom = Math.min(window.innerHeight, frame.bottom);
    // A control lies wholly in view; a scrolling box (Chromium lets Tab reach one) shows at least 40px of itself.
    const control = el.matches('button, select, input, textarea, a[href]');
    const inView = control
      ? box.top >= top && box.bottom <= bottom && box.left >= 0 && box.right <= window.innerWidth
      : Math.min(box.bottom, bottom) - Math.max(box.top, top) >= Math.min(40, box.height);
    const y = control ? box.top + box.height / 2 : (Math.max(box.top, top) + Math.min(box.bottom, bottom)) / 2;
    const hit = document.elementFromPoint(box.left + box.width / 2, y);
    const own = hit !== null && (hit === el || el.contains(hit) || hit.contains(el) || (hit instanceof HTMLLabelElement && hit.control === el));
    return { name: `${el.tagName.toLowerCase()} "${name}"`, inView, coveredBy: own ? null : `${hit?.tagName.toLowerCase() ?? 'nothing'} "${(hit?.textContent ?? '').trim().slice(0, 40)}"` };
  });
}

/** Tabs from the dialog's first control to `last`, checking each control the focus lands on. */
export async function tabThrough(page: Page, dialog: Locator, last: string): Promise<Focused[]> {
  await dialog.locator('select, input, button').first().focus();
  const seen: Focused[] = [];
  for (let i = 0; i < 120; i += 1) {
    const focused = await focusedControl(page);
    seen.push(focused);
    if (focused.name.includes(last)) return seen;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${last}: ${seen.map((f) => f.name).join(', ')}`);
}
