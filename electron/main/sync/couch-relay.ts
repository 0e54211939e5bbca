// A relay that is a CouchDB database (one per coalition, run by the anchor organization). The app
// needs only two of CouchDB's calls, so it speaks them itself over HTTP instead of carrying a
// database engine: POST _bulk_docs to send sealed changes, GET _changes to fetch new ones. What
// CouchDB stores is { _id: random, ct: ciphertext } and nothing else.
import { couchSnapshots } from './couch-snapshots';
import type { Relay } from './folder-relay';
import type { Sealed } from './seal';

export interface CouchRelayOptions {
  /** The database's address, e.g. https://relay.example.org/harlow-bend */
  readonly url: string;
  readonly user?: string;
  readonly password?: string;
}

/** The relay could not be reached or answered with an error; the changes stay waiting. */
export class RelayUnavailable extends Error {}

const ID = /^[0-9a-f]{32}$/;
const PAGE = 1_000;
/**
 * Documents asked for in one fetch: first FIRST_FETCH (a first share's changes are about half a
 * megabyte each), then as many as the last ones' size says fit in about FETCH_CHARACTERS.
 */
const FIRST_FETCH = 20;
const FETCH_CHARACTERS = 8_000_000;
/** Far below the request limits of CouchDB (max_http_request_size) and of proxies in front of it. */
const BATCH_CHARACTERS = 4_000_000;

export function couchRelay(options: CouchRelayOptions): Relay & { readonly create: () => Promise<void>; readonly destroy: () => Promise<void> } {
  const base = options.url.replace(/\/+$/, '');
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.user !== undefined) headers.authorization = `Basic ${Buffer.from(`${options.user}:${options.password ?? ''}`).toString('base64')}`;
  let cursor = '0';

  async function call(path: string, init: { method: string; body?: string }): Promise<unknown> {
    const response = await relayFetch(`${base}${path}`, { ...init, headers });
    if (!response.ok) throw new RelayUnavailable(`the relay answered ${response.status} ${response.statusText}`);
    return response.json();
  }

  return {
    async create() {
      await call('', { method: 'PUT' });
    },
    async destroy() {
      await call('', { method: 'DELETE' });
    },
    snapshots: couchSnapshots(call),
    async push(sealed) {
      for (const batch of batches(sealed)) {
        await call('/_bulk_docs', { method: 'POST', body: JSON.stringify({ docs: batch.map((s) => ({ _id: s.id, ct: s.ct })) }) });
      }
    },
    async pull(known) {
      // Ids first, then only the documents this device lacks: a device that has just shared a big
      // map would otherwise fetch back its own hundred megabytes, and one huge answer costs the
      // HTTP client time that grows faster than its size. The cursor moves only once all arrived.
      let since = cursor;
      const wanted: string[] = [];
      for (;;) {
        const page = (await call(`/_changes?limit=${PAGE}&since=${encodeURIComponent(since)}`, { method: 'GET' })) as ChangesPage;
        for (const row of page.results ?? []) if (typeof row.id === 'string' && ID.test(row.id) && row.deleted !== true && !known.has(row.id)) wanted.push(row.id);
        since = String(page.last_seq ?? since);
        if ((page.results ?? []).length < PAGE) break;
      }
      const found: Sealed[] = [];
      for (let start = 0, count = FIRST_FETCH; start < wanted.length; ) {
        const keys = wanted.slice(start, start + count);
        start += keys.length;
        const page = (await call('/_all_docs?include_docs=true', { method: 'POST', body: JSON.stringify({ keys }) })) as AllDocsPage;
        let characters = 0;
        for (const row of page.rows ?? []) {
          const doc = row.doc;
          if (doc && typeof doc._id === 'string' && ID.test(doc._id) && typeof doc.ct === 'string' && !known.has(doc._id)) {
            found.push({ id: doc._id, ct: doc.ct });
            characters += doc.ct.length;
          }
        }
        // As many as made about FETCH_CHARACTERS last time: a few big first-share changes, or hundreds of small edits.
        count = Math.max(1, Math.min(PAGE, Math.floor((FETCH_CHARACTERS * keys.length) / Math.max(1, characters))));
      }
      cursor = since;
      return found;
    },
  };
}

/**
 * The one door to the network on the Node side (source-rules.test.ts holds every other file to it):
 * a request to the relay the user joined. `what` names the errand in the message when the relay
 * cannot be reached.
 *
 * A kept-alive connection the relay closed while this device was busy (a large compaction computes
 * for seconds between calls) fails at once; the request is asked again, and each such connection
 * leaves the pool as it fails, so a few tries reach a new one. A big request (a 4 MB snapshot part)
 * meets the close while its body is still being written, as EPIPE or ECONNRESET rather than as a
 * closed socket. Asking again is safe: every write names its documents, so one that did land the
 * first time is refused as a conflict, never stored twice.
 */
export async function relayFetch(url: string, init: RequestInit, what?: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (!CLOSED.has(reasonOf(error)) || attempt >= SOCKET_TRIES) {
        throw new RelayUnavailable(`the relay cannot be reached${what === undefined ? '' : ` to ${what}`} (${reasonOf(error)})`);
      }
    }
  }
}

const SOCKET_TRIES = 4;
/** How a connection the relay closed shows: before the request (a closed socket) or during it. */
const CLOSED = new Set(['UND_ERR_SOCKET', 'EPIPE', 'ECONNRESET']);

/** Sealed changes in requests of modest size (a first share of a big map is tens of megabytes). */
function batches(sealed: readonly Sealed[]): Sealed[][] {
  const out: Sealed[][] = [];
  let size = 0;
  for (const item of sealed) {
    const last = out[out.length - 1];
    if (last === undefined || size + item.ct.length > BATCH_CHARACTERS) {
      out.push([item]);
      size = item.ct.length;
    } else {
      last.push(item);
      size += item.ct.length;
    }
  }
  return out;
}

interface ChangesPage {
  readonly results?: readonly { readonly id?: unknown; readonly deleted?: unknown }[];
  readonly last_seq?: unknown;
}

interface AllDocsPage {
  readonly rows?: readonly { readonly doc?: { readonly _id?: unknown; readonly ct?: unknown } | null }[];
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : 'no answer';
}
