// From the address an organizer typed to the relay settings the map's `.sharing` file keeps (see
// sync/sharing-file.ts) and a relay the sync engine can use: a CouchDB database over http(s) (an
// account typed as user:password@ is kept apart from the address and sent as a header), or a folder.
// Every call gets a time limit, so a relay that never answers shows as unreachable instead of
// holding the sync forever; and every failure is sorted into "offline" (no network
// at all) or "unreachable" (the relay is away or refused), with its reason in words.
import { join } from 'node:path';
import { couchRelay, RelayUnavailable } from '../sync/couch-relay';
import { folderRelay, type Relay } from '../sync/folder-relay';
import type { RelaySettings } from '../sync/sharing-file';

export const RELAY_TIMEOUT_MS = 15_000;

/** The relay settings (as kept in the map's `.sharing` file) of coalition `coalitionId`'s own database or subfolder at the relay an organizer typed. */
export function coalitionAddress(typed: string, coalitionId: string): RelaySettings {
  const trimmed = typed.trim();
  if (!/^https?:\/\//i.test(trimmed)) return { kind: 'folder', path: join(trimmed, `coalition-${coalitionId}`) };
  const url = new URL(trimmed);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/coalition-${coalitionId}`;
  return couchSettings(url);
}

/** The relay settings of an address an organizer typed to join (it already names the coalition's database). */
export function joinAddress(typed: string): RelaySettings {
  const trimmed = typed.trim();
  if (!/^https?:\/\//i.test(trimmed)) return { kind: 'folder', path: trimmed };
  return couchSettings(new URL(trimmed));
}

/** The address shown and put next to an invite: never the account or its password. */
export function shownAddress(settings: RelaySettings): string {
  return settings.kind === 'folder' ? settings.path : settings.url;
}

export function relayFor(settings: RelaySettings): Relay & { readonly create?: () => Promise<void> } {
  if (settings.kind === 'folder') return withTimeLimit(folderRelay(settings.path));
  const couch = couchRelay(settings);
  return { ...withTimeLimit(couch), create: () => limited(couch.create()) };
}

/** Offline: this computer has no way out. Unreachable: the relay is away, refused, or answered an error. */
export function failureKind(error: unknown): { readonly state: 'offline' | 'unreachable'; readonly reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const offline = /\((ENOTFOUND|EAI_AGAIN|ENETUNREACH|ENETDOWN)\)/.test(message);
  return { state: offline ? 'offline' : 'unreachable', reason: sentence(message) };
}

/** An account typed as user:password@ is taken out of the address and kept beside it (sent as a header). */
function couchSettings(url: URL): RelaySettings {
  const user = url.username === '' ? undefined : decodeURIComponent(url.username);
  const password = url.password === '' ? undefined : decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return { kind: 'couch', url: url.toString().replace(/\/+$/, ''), ...(user === undefined ? {} : { user }), ...(password === undefined ? {} : { password }) };
}

function withTimeLimit(relay: Relay): Relay {
  return {
    push: (sealed) => limited(relay.push(sealed)),
    pull: (known) => limited(relay.pull(known)),
  };
}

function limited<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RelayUnavailable(`the relay did not answer within ${RELAY_TIMEOUT_MS / 1000} s`)), RELAY_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function sentence(message: string): string {
  const text = message.replace(/^Error: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
