// Snapshot parts and purging on a folder relay: each part is one file "<id>.part", written
// atomically like a sealed change, and purging deletes files. A synced folder (Syncthing,
// Nextcloud) carries the deletions to the other members like any other change to the folder.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ensurePrivateFolder, writeFileAtomic } from '../store/atomic-write';
import { errorCode } from '../store/fs-port';
import { CHANGE_ID, PART_ID, type SnapshotStore } from './snapshot-store';

const PART = '.part';
const CHANGE = '.sealed';

export function folderSnapshots(folder: string): SnapshotStore {
  const fileOf = (id: string): string | null => (PART_ID.test(id) ? join(folder, `${id}${PART}`) : CHANGE_ID.test(id) ? join(folder, `${id}${CHANGE}`) : null);
  return {
    async partIds() {
      await ensurePrivateFolder(folder);
      return (await readdir(folder)).filter((n) => n.endsWith(PART)).map((n) => n.slice(0, -PART.length)).filter((id) => PART_ID.test(id));
    },
    async read(ids) {
      const found = [];
      for (const id of ids.filter((i) => PART_ID.test(i))) {
        try {
          found.push({ id, ct: await readFile(join(folder, `${id}${PART}`), 'utf8') });
        } catch (error) {
          if (errorCode(error) !== 'ENOENT') throw error;
        }
      }
      return found;
    },
    async write(parts) {
      await ensurePrivateFolder(folder);
      for (const part of parts) {
        const file = PART_ID.test(part.id) ? fileOf(part.id) : null;
        if (file === null) throw new Error(`${part.id} is not a snapshot part`);
        await writeFileAtomic(file, part.ct);
      }
    },
    async remove(ids) {
      let removed = 0;
      for (const id of ids) {
        const file = fileOf(id);
        if (file === null) continue;
        const there = await stat(file).then(() => true, () => false);
        await rm(file, { force: true });
        if (there) removed += 1;
      }
      return removed;
    },
  };
}
