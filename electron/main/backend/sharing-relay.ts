// From the address an organizer typed to a relay the sync engine can use: a CouchDB database over
// http(s) (an account typed as user:password@ is taken out of the address and sent as a header),
// or a folder. Every call gets a time limit, so a relay that never answers shows as unreachable
// instead of holding the sync forever; and every failure is sorted into "offline" (no network
// at all) or "unreachable" (the relay is away or refused), with its reason in words.
import { join } from 'node:path';
import { couchRelay, RelayUnavailable } from '../sync/couch-relay';
import { folderRelay, type Relay } from '../sync/folder-relay';

export const RELAY_TIMEOUT_MS = 15_000;

export interface RelayAddress {
  /** What the app connects to, credentials included. */
  readonly full: string;
  /** What is shown and put next to an invite: no password. */
  readonly shown: string;
  readonly kind: 'couch' | 'folder';
}

/** The address of coalition `coalitionId`'s own database (or subfolder) at the relay an organizer typed. */
export function coalitionAddress(typed: string, coalitionId: string): RelayAddress {
  const trimmed = typed.trim();
  if (!/^https?:\/\//i.test(trimmed)) return { full: join(trimmed, `coalition-${coalitionId}`), shown: join(trimmed, `coalition-${coalitionId}`), kind: 'folder' };
  const url = new URL(trimmed);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/coalition-${coalitionId}`;
  return withShown(url);
}

/** An address an organizer typed to join (it already names the coalition's database). */
export function joinAddress(typed: string): RelayAddress {
  const trimmed = typed.trim();
  if (!/^https?:\/\//i.test(trimmed)) return { full: trimmed, shown: trimmed, kind: 'folder' };
  return withShown(new URL(trimmed));
}

export function relayFor(address: RelayAddress): Relay & { readonly create?: () => Promise<void> } {
  if (address.kind === 'folder') return withTimeLimit(folderRelay(address.full));
  const url = new URL(address.full);
  const user = url.username === '' ? undefined : decodeURIComponent(url.username);
  const password = url.password === '' ? undefined : decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  const couch = couchRelay({ url: url.toString().replace(/\/+$/, ''), ...(user === undefined ? {} : { user }), ...(password === undefined ? {} : { password }) });
  return { ...withTimeLimit(couch), create: () => limited(couch.create()) };
}

/** Offline: this computer has no way out. Unreachable: the relay is away, refused, or answered an error. */
export function failureKind(error: unknown): { readonly state: 'offline' | 'unreachable'; readonly reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const offline = /\((ENOTFOUND|EAI_AGAIN|ENETUNREACH|ENETDOWN)\)/.test(message);
  return { state: offline ? 'offline' : 'unreachable', reason: sentence(message) };
}

function withShown(url: URL): RelayAddress {
  const shown = new URL(url.toString());
  shown.username = '';
  shown.password = '';
  return { full: url.toString().replace(/\/+$/, ''), shown: shown.toString().replace(/\/+$/, ''), kind: 'couch' };
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
