// The open map's sync, following the open map: opened when a shared map opens, switched when
// another opens, dropped when none is, and its settings written again when the passphrase changes.
// It also owns the timer that runs the sync in the main process, off the window's path. Every
// method that touches the engine runs in the backend's queue (the caller's `inOrder`).
import type { SharingStatus } from '../../../shared/sharing/sharing-contract';
import { readSharingFileIfShared, writeSharingFile } from '../sync/sharing-file';
import type { Queue } from '../queue';
import type { MapSession } from './map-session';
import type { SyncAudit } from './sharing-audit';
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
      this.engine = await SharedMapSync.open(store.path, config, store.map, this.audit);
      this.engineCodec = this.session.codec;
    } catch (error) {
      this.paused = error instanceof Error ? error.message : String(error);
    }
    return this.engine;
  }

  /** A map was just shared from here: its sync becomes the open one. */
  adopt(engine: SharedMapSync): void {
    this.engine = engine;
    this.engineCodec = this.session.codec;
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

  /** After a save landed: the saved map is handed to the sync (an edit is saved locally first). */
  noteSaved(): void {
    const store = this.session.store;
    if (this.engine !== null && store !== null && this.engine.mapPath === store.path) this.engine.noteSaved(store.map);
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    const stopping = this.engine;
    this.engine = null;
    await stopping?.idle();
  }
}
