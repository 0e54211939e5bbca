// Snapshot parts and purging on a CouchDB relay. Parts are ordinary documents { _id, ct } whose ids
// sort together, so one range of _all_docs lists them. Deleting is CouchDB's delete (a tombstone
// with no ct), which drops the document from the database's doc_count and from every later read;
// the old revision's bytes go at the database's next compaction (CouchDB compacts on its own).
import { RelayUnavailable } from './couch-relay';
import type { Sealed } from './seal';
import { CHANGE_ID, PART_ID, type SnapshotStore } from './snapshot-store';

export type CouchCall = (path: string, init: { method: string; body?: string }) => Promise<unknown>;

const KEYS_PER_CALL = 1_000;

interface Row {
  readonly id?: string;
  readonly key?: string;
  readonly error?: string;
  readonly value?: { readonly rev?: string; readonly deleted?: boolean };
  readonly doc?: { readonly _id?: unknown; readonly ct?: unknown } | null;
}

export function couchSnapshots(call: CouchCall): SnapshotStore {
  const rows = async (ids: readonly string[], docs: boolean): Promise<Row[]> => {
    const out: Row[] = [];
    // With their content, one part (up to 4 MB) per answer: a whole large snapshot in one answer is too much for a relay.
    const step = docs ? 1 : KEYS_PER_CALL;
    for (let i = 0; i < ids.length; i += step) {
      const page = (await call(`/_all_docs${docs ? '?include_docs=true' : ''}`, { method: 'POST', body: JSON.stringify({ keys: ids.slice(i, i + step) }) })) as { rows?: Row[] };
      for (const row of page.rows ?? []) out.push(row);
    }
    return out;
  };
  return {
    async partIds() {
      // _all_docs sorts ids by their bytes, and every part id after "snap-" sorts before "~".
      const range = `startkey=${encodeURIComponent('"snap-"')}&endkey=${encodeURIComponent('"snap-~"')}`;
      const page = (await call(`/_all_docs?${range}`, { method: 'GET' })) as { rows?: Row[] };
      return (page.rows ?? []).map((r) => r.id ?? '').filter((id) => PART_ID.test(id));
    },
    async read(ids) {
      const found: Sealed[] = [];
      for (const row of await rows(ids.filter((id) => PART_ID.test(id)), true)) {
        const doc = row.doc;
        if (doc && typeof doc._id === 'string' && typeof doc.ct === 'string') found.push({ id: doc._id, ct: doc.ct });
      }
      return found;
    },
    async write(parts) {
      // One part per request: each is up to 4 MB of base64, and requests stay modest.
      for (const part of parts) {
        if (!PART_ID.test(part.id)) throw new Error(`${part.id} is not a snapshot part`);
        const answer = (await call('/_bulk_docs', { method: 'POST', body: JSON.stringify({ docs: [{ _id: part.id, ct: part.ct }] }) })) as { error?: string }[];
        const failed = answer.find((r) => r.error !== undefined);
        if (failed !== undefined) throw new RelayUnavailable(`the relay did not store a snapshot part (${failed.error})`);
      }
    },
    async remove(ids) {
      const wanted = ids.filter((id) => CHANGE_ID.test(id) || PART_ID.test(id));
      const live = (await rows(wanted, false)).filter((r) => r.error === undefined && r.value?.rev !== undefined && r.value.deleted !== true);
      let removed = 0;
      for (let i = 0; i < live.length; i += KEYS_PER_CALL) {
        const docs = live.slice(i, i + KEYS_PER_CALL).map((r) => ({ _id: r.id, _rev: r.value?.rev, _deleted: true }));
        const answer = (await call('/_bulk_docs', { method: 'POST', body: JSON.stringify({ docs }) })) as { error?: string }[];
        removed += answer.filter((r) => r.error === undefined).length;
      }
      return removed;
    },
  };
}
