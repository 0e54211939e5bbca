// What a privacy test searches for a name: not only what the page shows but what it carries.
import type { Page } from 'playwright-core';

/** Everything the page shows or carries: visible text, every attribute, every field's value. */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) parts.push(attr.value);
      if ('value' in el && typeof el.value === 'string') parts.push(el.value);
    }
    return parts.join('\\n');
  })()`);
}
