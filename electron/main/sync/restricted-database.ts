// The relay side of a restricted record: at a CouchDB relay it is a database of its own whose
// `_security` names only the member organizers' accounts, so CouchDB itself answers 401/403 to
// anyone else, before any key comes into it. Creating a database and setting `_security` takes a
// server or database admin's account (the anchor organization's), which the app uses for these
// two calls only and never stores.
import { RelayUnavailable, relayFetch } from './couch-relay';

export interface ProvisionRequest {
  /** The new database's address, e.g. https://relay.example.org/restricted-1f0c… */
  readonly url: string;
  readonly admin: { readonly user: string; readonly password: string };
  /** The CouchDB account names of the organizers who may read and write it. */
  readonly members: readonly string[];
}

export async function provisionRestrictedDatabase(request: ProvisionRequest): Promise<void> {
  if (request.members.length === 0) throw new Error('A restricted record needs at least one member account.');
  const base = request.url.replace(/\/+$/, '');
  const headers = { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${request.admin.user}:${request.admin.password}`).toString('base64')}` };
  await call(`${base}`, { method: 'PUT', headers }, 'create the database');
  const security = { members: { names: [...request.members], roles: [] }, admins: { names: [], roles: [] } };
  await call(`${base}/_security`, { method: 'PUT', headers, body: JSON.stringify(security) }, 'restrict the database to its members');
}

async function call(url: string, init: RequestInit, what: string): Promise<void> {
  const response = await relayFetch(url, init, what);
  if (!response.ok) throw new RelayUnavailable(`the relay refused to ${what}: ${response.status} ${response.statusText}`);
  await response.body?.cancel();
}
