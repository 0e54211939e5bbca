// The base a device keeps beside its sync file: one sealed snapshot (or the join of several,
// sealed here), because the changes it covers may be gone from the relay and from the sync file.
// Kept as the relay sent it whenever one snapshot covers all the base covered before, so nothing is
// sealed again. Once it is on disk, the sync file drops the other members' changes it covers
// (shorten) once they are a tenth of it or more; this device's own changes always stay in the
// file, for undo and a clean copy's carry-over. The base only ever grows, so every change dropped from the file stays covered.
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { Change, VersionVector } from '../../../shared/sync/change';
import { writeFileAtomic } from '../store/atomic-write';
import { errorCode } from '../store/fs-port';
import type { CompactionSeam } from './compaction';
import type { Sealed, Sealer } from './seal';
import { openSnapshot, type OpenedSnapshot } from './snapshot-seal';
import { shortenSyncFile, type PeerFile } from './sync-file';

const baseSchema = z.strictObject({ sid: z.string(), parts: z.array(z.strictObject({ id: z.string(), ct: z.string() })) });

/** The sync file is rewritten when the changes it may drop are at least 1/SHORTEN_SHARE of it. */
const SHORTEN_SHARE = 10;

export class KeptBase {
  /** What the kept base covers, or null when there is none. */
  covers: VersionVector | null = null;
  /** Author and sequence of each sealed change this device holds, by sealed id (see note()). */
  private readonly origins = new Map<string, { readonly actor: string; readonly seq: number }>();

  constructor(
    private readonly sealer: Sealer,
    private readonly file: string,
    private readonly seam: CompactionSeam = async () => undefined,
  ) {}

  /** The kept snapshot, opened and checked, or null when there is none. */
  async read(): Promise<OpenedSnapshot | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const base = baseSchema.safeParse(JSON.parse(text));
    if (!base.success) throw new Error(`${this.file}: not a snapshot this app can read; it was not changed`);
    const opened = openSnapshot(this.sealer, base.data.sid, base.data.parts);
    this.covers = opened.covers;
    return opened;
  }

  /** Keeps these sealed parts (opened and checked by the caller, covering all the base covered) as the base. */
  async keep(sid: string, parts: readonly Sealed[], covers: VersionVector): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify({ sid, parts }));
    this.covers = covers;
  }

  /** Remembers who wrote a sealed change this device holds (shorten asks). */
  note(id: string, change: Pick<Change, 'actor' | 'seq'>): void {
    this.origins.set(id, { actor: change.actor, seq: change.seq });
  }

  /**
   * Rewrites the sync file without the changes of members other than `actor` that the base covers
   * (never one still to send); `file` follows. The base is on disk before this starts, so a kill
   * at any point leaves a sync file that opens, beside it, to the same state. How many it dropped.
   */
  async shorten(file: PeerFile, path: string, actor: string): Promise<number> {
    const covers = this.covers;
    if (covers === null) return 0;
    const outbox = new Set(file.outbox);
    const drop = new Set<string>();
    let bytes = 0;
    let gain = 0;
    for (const s of file.known) {
      bytes += s.ct.length;
      const o = this.origins.get(s.id);
      if (o === undefined || o.actor === actor || outbox.has(s.id) || (covers[o.actor] ?? 0) < o.seq) continue;
      drop.add(s.id);
      gain += s.ct.length;
    }
    // A rewrite costs the whole file: only when it drops a tenth of it or more (so its cost is repaid).
    if (drop.size === 0 || gain * SHORTEN_SHARE < bytes) return 0;
    await this.seam('base-kept');
    const dropped = new Set(await shortenSyncFile(path, drop));
    file.known = file.known.filter((s) => !dropped.has(s.id));
    file.covered = [...(file.covered ?? []), ...dropped];
    for (const id of dropped) this.origins.delete(id);
    return dropped.size;
  }

  /** Deletes the kept base (after a clean copy moved the map elsewhere). */
  async forget(): Promise<void> {
    await rm(this.file, { force: true });
    this.covers = null;
  }
}
