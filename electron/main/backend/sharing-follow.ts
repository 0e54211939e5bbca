// The open map's sync, following the open map: opened when a shared map opens, switched when
// another opens, dropped when none is, and its settings written again when the passphrase changes.
// It also owns the timer that runs the sync in the main process, off the window's path. Every
// method that touches the engine runs in the backend's queue (the caller's `inOrder`).
import type { MapPatch } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import type { SharingStatus } from '../../../shared/sharing/sharing-contract';
import { readSharingFileIfShared, writeSharingFile } from '../sync/sharing-file';
import type { Queue } from '../queue';
import type { MapSession } from './map-session';
import type { SyncAudit } from './sharing-audit';
import { inBackground } from './background-priority';
import { SharedMapSync } from './sharing-engine';

const NOT_SHARED: SharingStatus = { state: 'not-shared', waiting: 0, refused: 0, reason: null, relay: null, you: null, members: [], conflicts: [], incoming: 0, lastSyncAt: null };
const TICK_MS = 1_000;

export class OpenSharedMap {
  private engine: SharedMapSync | null = null;
  private engineCodec: unknown = null;
  /** Why the open map's sharing could not start (its settings unreadable, say); null when it runs or the map is not shared. */
  private paused: string | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly session: MapSession,
    private readonly inOrder: Queue,
    private readonly audit: SyncAudit | null = null,
    /** Runs the sync history's load (a seam for the test that it runs at the lower priority). */
    private readonly background: <T>(work: () => Promise<T>) => Promise<T> = inBackground,
  ) {}

  /** The open map's sync (run in the queue), or null when the open map is not shared. */
  async current(): Promise<SharedMapSync | null> {
    const store = this.session.store;
    if (this.engine !== null && this.engine.mapPath === store?.path) {
      if (this.session.codec !== this.engineCodec) {
        // A passphrase was set, changed or removed: the key is written again under the new one.
        await writeSharingFile(this.engine.mapPath, this.engine.config, this.session.codec);
        this.engineCodec = this.session.codec;
      }
      return this.engine;
    }
    this.engine = null;
    this.paused = null;
    if (store === null) return null;
    try {
      const config = await readSharingFileIfShared(store.path, this.session.codec);
      if (config === null) return null;
      // Seconds of CPU at 20,000 stakeholders that nobody waits on: the window's thread comes first.
      this.engine = await this.background(() => SharedMapSync.open(store.path, config, store.map, this.audit));
      this.engineCodec = this.session.codec;
      this.writesSettings(this.engine);
    } catch (error) {
      this.paused = error instanceof Error ? error.message : String(error);
    }
    return this.engine;
  }

  /** A map was just shared from here: its sync becomes the open one. */
  adopt(engine: SharedMapSync): void {
    this.engine = engine;
    this.engineCodec = this.session.codec;
    this.writesSettings(engine);
  }

  /** The engine may save its settings (a restricted record moved to a new key) under the map's passphrase of the moment. */
  private writesSettings(engine: SharedMapSync): void {
    engine.settingsWriter = async (config) => {
      await writeSharingFile(engine.mapPath, config, this.session.codec);
      this.engineCodec = this.session.codec;
    };
  }

  startLoop(): void {
    if (this.timer !== null) return;
    this.timer = setInterval(() => {
      void this.inOrder(() => this.current()).then((sync) => sync?.tick()).catch(() => undefined);
    }, TICK_MS);
    this.timer.unref();
  }

  async status(): Promise<SharingStatus> {
    this.startLoop();
    const sync = await this.inOrder(() => this.current());
    return sync === null ? { ...NOT_SHARED, reason: this.paused } : sync.status();
  }

  /**
   * Before a patch save: the map it will be applied to, when that is certain now (the store is at
   * the revision the patch names; a later save would make this one fail as stale). Null otherwise,
   * and for a save in parts, whose last patch is not the whole edit.
   */
  patchBase(args: { readonly baseRevision: number; readonly stageId?: string | undefined }): MapDocument | null {
    const store = this.session.store;
    return args.stageId === undefined && store !== null && store.revision === args.baseRevision ? store.map : null;
  }

  /**
   * After a save landed: the saved map is handed to the sync (an edit is saved locally first),
   * with the window's patch when the saved map is exactly that patch on `base`, so the edit costs
   * the sync what the patch holds, not the whole map.
   */
  noteSaved(edit?: { readonly base: MapDocument | null; readonly patch: MapPatch; readonly revision: number | undefined }): void {
    const store = this.session.store;
    if (this.engine === null || store === null || this.engine.mapPath !== store.path) return;
    const exact = edit !== undefined && edit.base !== null && edit.revision !== undefined && store.revision === edit.revision;
    this.engine.noteSaved(store.map, exact ? { base: edit.base!, patch: edit.patch } : undefined);
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    const stopping = this.engine;
    this.engine = null;
    await stopping?.idle();
  }
}
