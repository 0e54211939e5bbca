// Everything a test should know went wrong in the page or tried to leave the machine.
import type { BrowserContext, Page, Request } from 'playwright-core';

export interface PageWatch {
  /**
   * Non-local requests that got past the page's own defences (the CSP) and would have gone out;
   * the harness aborts each one. Tests expect this to stay empty.
   */
  readonly requests: string[];
  /** Every non-local request the page started, including those its CSP then blocked. */
  readonly attempted: string[];
  /** Uncaught exceptions and console errors, in order. */
  readonly errors: string[];
}

/** Local means the app's own content: tests assert that nothing else is ever requested. */
export function isLocalUrl(url: string, appOrigins: readonly string[]): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  // Compared as text: Node gives a custom scheme such as app://bundle the origin "null".
  return appOrigins.some((origin) => url === origin || url.startsWith(`${origin}/`));
}

/** Records and aborts every non-local request; records page errors. Attach before the first page loads. */
export async function watchContext(context: BrowserContext, appOrigins: readonly string[]): Promise<PageWatch> {
  const watch: PageWatch = { requests: [], attempted: [], errors: [] };
  context.on('request', (request: Request) => {
    const url = request.url();
    if (!isLocalUrl(url, appOrigins)) watch.attempted.push(url);
  });
  // The route sees only requests that reached the network layer, which a CSP-blocked one never does.
  await context.route(
    (url) => !isLocalUrl(url.href, appOrigins),
    async (route) => {
      watch.requests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return watch;
}

export function watchPage(page: Page, watch: PageWatch): void {
  page.on('pageerror', (error) => watch.errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console error: ${message.text()}`);
  });
}
