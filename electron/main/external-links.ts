// The one way out of the app to the wider world: a plain https link handed to the user's browser.
// Anything else (file:, smb:, custom handlers such as ms-msdt:, javascript:, links with embedded
// credentials) could run programs or leak data, so it is refused before the OS ever sees it.
import type { Shell } from 'electron';

const MAX_URL_LENGTH = 2_048;

export interface ExternalLinkPolicy {
  /** When given, only these exact host names are opened (no subdomains, no look-alikes). */
  readonly allowedHosts?: readonly string[];
}

function hasSpaceOrControl(text: string): boolean {
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || /\s/.test(ch)) return true;
  }
  return false;
}

/** Returns the normalised URL to open, or null when the link must not leave the app. */
export function checkExternalUrl(raw: unknown, policy: ExternalLinkPolicy = {}): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  // The URL parser would quietly trim spaces and drop tabs/newlines; a link that needs that is not a plain link.
  if (hasSpaceOrControl(raw)) return null;
  // The parser also repairs `https:host` and `https:///host`; only the ordinary spelling is accepted.
  if (!/^https:\/\/[^/\\]/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  if (policy.allowedHosts && !policy.allowedHosts.includes(url.hostname)) return null;
  return url.href;
}

/** Opens the link in the user's browser when it passes `checkExternalUrl`; returns whether it did. */
export function safeOpenExternal(
  raw: unknown,
  shell: Pick<Shell, 'openExternal'>,
  policy: ExternalLinkPolicy = {},
): boolean {
  const url = checkExternalUrl(raw, policy);
  if (url === null) return false;
  // A failure to launch the browser is not the app's failure; there is nothing useful to do with it.
  shell.openExternal(url).catch(() => undefined);
  return true;
}
