// A relay that is only a folder: a shared drive, a synced folder (Syncthing, Nextcloud) or a USB
// stick carried between organizers. Each sealed change is one file named by its random id,
// written atomically, so a half-copied file is never read as a change. Nothing else is written.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ensurePrivateFolder, writeFileAtomic } from '../store/atomic-write';
import { folderSnapshots } from './folder-snapshots';
import type { Sealed } from './seal';
import type { SnapshotStore } from './snapshot-store';

export interface Relay {
  push(sealed: readonly Sealed[]): Promise<void>;
  /** Sealed changes whose ids are not in `known`. */
  pull(known: ReadonlySet<string>): Promise<Sealed[]>;
  /** Deletes everything this relay holds for the coalition (after a clean copy moved it elsewhere). */
  destroy?(): Promise<void>;
  /** Snapshot parts and purging, for compaction (compaction.ts); a relay without it is never compacted. */
  readonly snapshots?: SnapshotStore;
}

const SUFFIX = '.sealed';
const ID = /^[0-9a-f]{32}$/;

export function folderRelay(folder: string): Relay {
  return {
    async push(sealed) {
      await ensurePrivateFolder(folder);
      for (const item of sealed) await writeFileAtomic(join(folder, `${item.id}${SUFFIX}`), item.ct);
    },
    async pull(known) {
      await ensurePrivateFolder(folder);
      const names = (await readdir(folder)).filter((n) => n.endsWith(SUFFIX) && ID.test(n.slice(0, -SUFFIX.length)));
      const fresh = names.map((n) => n.slice(0, -SUFFIX.length)).filter((id) => !known.has(id)).sort();
      return Promise.all(fresh.map(async (id) => ({ id, ct: await readFile(join(folder, `${id}${SUFFIX}`), 'utf8') })));
    },
    async destroy() {
      const names = await readdir(folder).catch(() => [] as string[]);
      await Promise.all(names.filter((n) => n.endsWith(SUFFIX) || n.endsWith('.part')).map((n) => rm(join(folder, n), { force: true })));
    },
    snapshots: folderSnapshots(folder),
  };
}
