// One device's part in compaction (the rule is in compaction.ts). It takes in snapshots other
// members wrote, so a device can join, or catch up after months away, when the changes it lacks
// were purged; it keeps what it took in beside its sync file (sealed), because those changes are
// no longer anywhere to be read again; and it decides when this device compacts: after `every`
// changes no snapshot covers, each device waiting a random part longer, so members seldom do the
// same work at once (doing it at once is safe, only wasted).
//
// What it keeps, and how the sync file then shrinks, is in kept-base.ts: a device that holds every
// change of a newer verified snapshot keeps that one as its base too.
import type { Change, VersionVector } from '../../../shared/sync/change';
import { SharedReplica, type ReplicaState } from '../../../shared/sync/replica';
import { coversAll, uncovered } from '../../../shared/sync/snapshot';
import { joinVectors, openFromRelay, purgeCovered, verifiedSnapshots, type CompactionSeam, type SnapshotCache, type VerifiedSnapshot } from './compaction';
import type { Sealed, Sealer } from './seal';
import { KeptBase } from './kept-base';
import { sealSnapshot } from './snapshot-seal';
import type { SnapshotStore } from './snapshot-store';
import type { PeerFile } from './sync-file';

export interface CompactionOptions {
  /** Compact after this many changes that no snapshot covers (default 1,000, plus up to half again at random). */
  readonly every?: number;
  /** Largest part of a sealed snapshot in bytes of JSON (default 3 MB; tests make it small). */
  readonly partBytes?: number;
  /** Called between relay calls; tests hold one member there while another goes ahead. */
  readonly seam?: CompactionSeam;
}

export interface CompactionReport {
  /** The snapshot this device wrote. */
  readonly written: string;
  readonly purgedChanges: number;
  readonly purgedSnapshots: number;
  /** Snapshots on the relay that did not open under the key; nothing was deleted because of them. */
  readonly refused: readonly string[];
}

const DEFAULT_EVERY = 1_000;

/** A snapshot taken in: its state and the sealed parts it was opened from. */
interface Taken {
  readonly sid: string;
  readonly state: ReplicaState;
  readonly parts: readonly Sealed[];
}

export class Compactor {
  private readonly cache: SnapshotCache = new Map();
  /** What the snapshots this device knows of cover together. */
  private covered: VersionVector = {};
  private readonly threshold: number;
  /** Beside the sync file: the snapshots taken in or kept, sealed. */
  private readonly base: KeptBase;
  /** The newest sync format among snapshots left untaken because this app is older. */
  private heldBack: number | null = null;

  constructor(
    private readonly sealer: Sealer,
    private readonly store: SnapshotStore | undefined,
    /** Beside the sync file: the sealed state taken in from snapshots, if any was. */
    baseFile: string,
    private readonly options: CompactionOptions = {},
    /** The newest sync format this app reads: a snapshot covering newer changes is not taken in. */
    private readonly format = 1,
  ) {
    this.threshold = Math.ceil((options.every ?? DEFAULT_EVERY) * (1 + Math.random() / 2));
    this.base = new KeptBase(sealer, baseFile, options.seam);
  }

  /** At open, after the sync file's changes: the snapshots taken in before (changes waiting on them then apply). */
  async loadBase(replica: SharedReplica): Promise<void> {
    const opened = await this.base.read();
    if (opened === null) return;
    replica.absorb(opened.state);
    this.covered = joinVectors([this.covered, opened.covers]);
  }

  /** Remembers who wrote a sealed change this device holds (the sync file's shortening asks). */
  note(id: string, change: Pick<Change, 'actor' | 'seq'>): void {
    this.base.note(id, change);
  }

  /** Drops from the sync file the other members' changes the kept base covers (kept-base.ts). */
  shorten(file: PeerFile, path: string, actor: string): Promise<number> {
    return this.base.shorten(file, path, actor);
  }

  /** Takes in every verified snapshot on the relay that covers a change this device lacks. */
  async absorbNew(replica: SharedReplica): Promise<readonly string[]> {
    if (this.store === undefined || this.sealer.openBlob === undefined) return [];
    const { verified, refused, newer } = await verifiedSnapshots(this.store, this.sealer, this.cache);
    for (const n of newer) {
      // A newer app's snapshot that may cover changes this device lacks (purged, perhaps): read-only until updated.
      if (n.tooNew.covers === null || !coversAll(replica.vector(), n.tooNew.covers)) this.heldBack = Math.max(this.heldBack ?? 0, n.tooNew.syncFormat ?? 0, this.format + 1);
    }
    const taken: Taken[] = [];
    for (const s of verified.filter((v) => !coversAll(replica.vector(), v.covers))) {
      if (s.syncFormat > this.format) {
        this.heldBack = Math.max(this.heldBack ?? 0, s.syncFormat);
        continue;
      }
      // Seen before only by a compaction (the cache keeps no state): read it again.
      const opened = s.state !== undefined && s.parts !== undefined ? { state: s.state, parts: s.parts } : await this.reopen(this.store, s.sid, s.partIds);
      if (opened === null) continue;
      replica.absorb(opened.state);
      taken.push({ sid: s.sid, ...opened });
    }
    if (taken.length > 0) await this.saveBase(taken);
    else await this.keepNewer(replica, verified);
    this.covered = joinVectors([this.covered, ...verified.map((s) => s.covers)]);
    return refused;
  }

  /** The newest sync format of a snapshot this app is too old to take in, or null. */
  newerFormat(): number | null {
    return this.heldBack;
  }

  /** True when this device has applied enough changes that no snapshot covers. */
  due(replica: SharedReplica): boolean {
    return this.store !== undefined && this.sealer.sealBlob !== undefined && uncovered(replica.vector(), this.covered) >= this.threshold;
  }

  /** Writes a snapshot of `replica`, reads the relay's snapshots back, and purges what they cover. */
  async compact(replica: SharedReplica, known: readonly Sealed[]): Promise<CompactionReport> {
    const store = this.store;
    if (store === undefined) throw new Error('this relay cannot hold snapshots');
    const seam = this.options.seam ?? (async () => undefined);
    const { sid, parts } = sealSnapshot(this.sealer, replica.exportState(), this.options.partBytes);
    await store.write(parts);
    await seam('snapshot-written');
    const { verified, refused } = await verifiedSnapshots(store, this.sealer, this.cache);
    await seam('snapshots-verified');
    const purged = await purgeCovered(store, this.sealer, known, verified, seam);
    this.covered = joinVectors([this.covered, ...verified.map((s) => s.covers)]);
    await this.keepNewer(replica, verified);
    return { written: sid, purgedChanges: purged.changes, purgedSnapshots: purged.snapshots, refused };
  }

  /** Deletes the kept state (after a clean copy moved the map elsewhere). */
  async forget(): Promise<void> {
    await this.base.forget();
  }

  private async reopen(store: SnapshotStore, sid: string, partIds: readonly string[]): Promise<Omit<Taken, 'sid'> | null> {
    const opened = await openFromRelay(store, this.sealer, sid, partIds);
    return opened === null || opened === 'refused' || 'tooNew' in opened ? null : opened;
  }

  private async saveBase(taken: readonly Taken[]): Promise<void> {
    const only = taken.length === 1 ? taken[0] : undefined;
    const before = this.base.covers;
    if (only !== undefined && (before === null || coversAll(only.state.vector, before))) {
      // One snapshot that covers the earlier base, if any: its parts as the relay sent them are
      // already sealed under this key and were just opened and checked, so they are kept as they
      // are (sealing the same state again cost as much CPU as opening it).
      await this.base.keep(only.sid, only.parts, only.state.vector);
      return;
    }
    const joined = new SharedReplica();
    const earlier = await this.base.read();
    for (const state of [...(earlier === null ? [] : [earlier.state]), ...taken.map((t) => t.state)]) joined.absorb(state);
    const { sid, parts } = sealSnapshot(this.sealer, joined.exportState(), this.options.partBytes);
    await this.base.keep(sid, parts, joined.vector());
  }

  /** A device holding every change of a verified snapshot newer than its base keeps that one instead. */
  private async keepNewer(replica: SharedReplica, verified: readonly VerifiedSnapshot[]): Promise<void> {
    const base = this.base.covers;
    const newer = verified.filter(
      (v) => v.parts !== undefined && v.syncFormat <= this.format && coversAll(replica.vector(), v.covers) && (base === null || (coversAll(v.covers, base) && !coversAll(base, v.covers))),
    );
    const size = (v: VerifiedSnapshot) => Object.values(v.covers).reduce((a, b) => a + b, 0);
    const best = newer.sort((a, b) => size(b) - size(a))[0];
    if (best?.parts !== undefined) await this.base.keep(best.sid, best.parts, best.covers);
  }
}
